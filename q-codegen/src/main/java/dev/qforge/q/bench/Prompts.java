package dev.qforge.q.bench;

import dev.qforge.llm.ChatMessage;

import java.util.List;

/**
 * The benchmark's prompt, following the task of the Q benchmark paper: a system message that sets the role
 * and the answer format, and a user message with the problem description. The model is to define
 * {@code solve:{[args] ...}} in q (kdb+) and return it in one ```q block; the harness then calls
 * {@code solve} and displays its result with {@code show}, so the solution must return the value rather than
 * print it.
 */
public final class Prompts {
    /** The system message. */
    public static final String SYSTEM = """
            You are an expert programmer in q, the language of kdb+. You solve programming problems by writing \
            q code that runs unchanged in a q 4.x process.""";

    private Prompts() {
    }

    /** The user message for one problem. */
    public static String user(Problem p) {
        return """
                Solve the following problem in q.

                %s

                Define a function named solve, in the form solve:{[arguments] ...}, that takes the inputs described \
                above and returns the answer. Do not print anything and do not read input: a test harness calls \
                solve and displays its result with show, and the displayed text must match exactly (type and shape \
                matter: a long is not a float, an atom is not a one-item list). You may define helper functions \
                before solve. Put the complete code in a single ```q code block.""".formatted(p.description().strip());
    }

    /** System and user message for one problem. */
    public static List<ChatMessage> messages(Problem p) {
        return List.of(ChatMessage.system(SYSTEM), ChatMessage.user(user(p)));
    }
}
