package dev.qforge.q.bench;

import java.time.Duration;

/**
 * Builds and checks one test run as the Q benchmark paper does. The script is the extracted solution, then the
 * test's harness, then {@code exit 0;}, each starting on a new line. A test passes when the run finished within
 * the time limit, reported no error, exited with code 0, and its standard output equals the expected text after
 * both are trimmed at the ends (line ends normalised to {@code \n}).
 */
public final class Judge {
    private Judge() {
    }

    /** The q script for one test. */
    public static String script(String code, TestCase test) {
        String c = code.replace("\r\n", "\n");
        String h = test.harness().replace("\r\n", "\n");
        return c + (c.endsWith("\n") ? "" : "\n") + h + (h.endsWith("\n") ? "" : "\n") + "exit 0;\n";
    }

    /** Runs one test of {@code code} on {@code executor}. */
    public static TestResult run(Executor executor, String code, TestCase test, Duration timeout) {
        Execution e = executor.execute(script(code, test), timeout);
        return check(test, e);
    }

    /** The verdict for an execution of a test. */
    public static TestResult check(TestCase test, Execution e) {
        String out = norm(e.stdout());
        String reason;
        if (e.timedOut()) reason = "timeout";
        else if (!e.error().isEmpty()) reason = "error: " + e.error();
        else if (e.exitCode() != 0) reason = "exit " + e.exitCode();
        else if (!out.equals(norm(test.expected()))) reason = "wrong output";
        else reason = null;
        return new TestResult(test.index(), reason == null, reason, e.stdout(), e.millis());
    }

    private static String norm(String s) {
        return s.replace("\r\n", "\n").strip();
    }
}
