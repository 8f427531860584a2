package dev.qforge.llm;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A stand-in model for tests of code that uses a {@link ChatClient}: answers come from a function of the request
 * or from a queue, and every request received is kept for inspection.
 *
 * <p>Answers built from text have model = this client's name (default {@code "scripted"}), finish reason
 * {@code stop} and unknown usage (-1). A script may throw {@link LlmException} to simulate a failure; a script that
 * returns null, an exhausted queue and an unknown tag are {@link LlmException}s that say so. Thread-safe (the
 * script itself must be, when called from several threads).
 */
public final class ScriptedChatClient implements ChatClient {

    private final String name;
    private final BiFunction<String, ChatRequest, ChatResponse> script; // (name, request) -> answer
    private final List<ChatRequest> requests = Collections.synchronizedList(new ArrayList<>());

    private ScriptedChatClient(String name, BiFunction<String, ChatRequest, ChatResponse> script) {
        this.name = Objects.requireNonNull(name, "name");
        this.script = Objects.requireNonNull(script, "script");
    }

    /** Answers with the text {@code answer} computes from each request. */
    public static ScriptedChatClient answering(Function<ChatRequest, String> answer) {
        Objects.requireNonNull(answer, "answer");
        return new ScriptedChatClient("scripted", (name, r) -> {
            String text = answer.apply(r);
            return text == null ? null : ChatResponse.of(text, name);
        });
    }

    /** Answers with the full responses {@code script} computes. */
    public static ScriptedChatClient responding(Function<ChatRequest, ChatResponse> script) {
        Objects.requireNonNull(script, "script");
        return new ScriptedChatClient("scripted", (name, r) -> script.apply(r));
    }

    /** Answers with these texts in order, one per call whatever the request; a call past the last one fails. */
    public static ScriptedChatClient queue(String... answers) {
        return queue(List.of(answers));
    }

    /** Answers with these texts in order, one per call whatever the request; a call past the last one fails. */
    public static ScriptedChatClient queue(List<String> answers) {
        int total = answers.size();
        Queue<String> left = new ConcurrentLinkedQueue<>(answers);
        return answering(r -> {
            String next = left.poll();
            if (next == null) throw new LlmException("scripted client ran out of answers: all " + total + " were used");
            return next;
        });
    }

    /** Answers each request with the text for its tag; an untagged request or an unknown tag fails. */
    public static ScriptedChatClient byTag(Map<String, String> answers) {
        Map<String, String> copy = Map.copyOf(answers);
        return answering(r -> {
            String text = r.tag() == null ? null : copy.get(r.tag());
            if (text == null) throw new LlmException("scripted client has no answer for tag '" + r.tag() + "'; it knows " + copy.keySet());
            return text;
        });
    }

    /**
     * The same script under another name, which text answers report as their model. The script's state (a queue's
     * remaining answers) is shared with this client; requests seen so far are not copied.
     */
    public ScriptedChatClient named(String newName) {
        return new ScriptedChatClient(newName, script);
    }

    @Override
    public ChatResponse complete(ChatRequest request) {
        Objects.requireNonNull(request, "request");
        requests.add(request);
        ChatResponse response = script.apply(name, request);
        if (response == null) throw new LlmException("scripted client '" + name + "' returned no answer for tag '" + request.tag() + "'");
        return response;
    }

    @Override
    public String name() {
        return name;
    }

    /** Every request received so far, in arrival order. */
    public List<ChatRequest> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    /** How many requests were received. */
    public int calls() {
        return requests.size();
    }
}
