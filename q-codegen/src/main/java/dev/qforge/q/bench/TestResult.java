package dev.qforge.q.bench;

/**
 * The verdict on one test case of one sample. {@code reason} is null when it passed, else one of
 * {@code timeout}, {@code error: <q error>}, {@code exit <code>} or {@code wrong output}. {@code stdout} is what
 * the script printed (kept for the report).
 */
public record TestResult(int index, boolean passed, String reason, String stdout, long millis) {
}
