package dev.qforge.q.bench;

import java.util.Objects;

/**
 * What one run of a q script produced: its standard output, the error text (a q error such as {@code 'type}, or
 * what a q process wrote to stderr; empty when none), the exit code, whether it was stopped for running past
 * its time limit, and the wall time in milliseconds.
 */
public record Execution(String stdout, String error, int exitCode, boolean timedOut, long millis) {

    public Execution {
        Objects.requireNonNull(stdout, "stdout");
        Objects.requireNonNull(error, "error");
    }

    /** A run stopped at its time limit. */
    public static Execution timeout(String stdout, long millis) {
        return new Execution(stdout, "timeout", -1, true, millis);
    }
}
