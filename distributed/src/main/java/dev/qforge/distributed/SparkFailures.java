package dev.qforge.distributed;

import org.apache.spark.SparkException;

/** Turns a failed Spark job into an error that says what failed and why, without Spark's stage dump first. */
final class SparkFailures {

    private SparkFailures() {
    }

    /**
     * The job failed after Spark's retries: the root cause's message, prefixed with what was running.
     * Unchecked exceptions that are not Spark's pass through unchanged.
     */
    static RuntimeException unwrap(Exception e, String what) {
        if (!(e instanceof SparkException) && !(e.getCause() instanceof SparkException)) {
            return e instanceof RuntimeException re ? re : new IllegalStateException(e);
        }
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) root = root.getCause();
        String msg = root.getMessage() != null ? root.getMessage() : root.getClass().getName();
        return new IllegalStateException("Spark " + what + " failed (after Spark's task retries): " + root.getClass().getSimpleName()
                + ": " + msg, e);
    }
}
