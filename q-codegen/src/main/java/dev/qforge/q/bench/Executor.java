package dev.qforge.q.bench;

import java.time.Duration;

/**
 * Runs one q script as {@code q script.q} would, in a fresh q state each time: nothing defined by one call is
 * visible to the next. Implementations must be safe to call from several threads and must return within about
 * {@code timeout} (plus a small grace period), whatever the script does.
 */
public interface Executor {

    /** Runs the script and reports what it printed; never throws for a failing script. */
    Execution execute(String script, Duration timeout);

    /** A short name for reports: {@code embedded} or {@code q}. */
    String name();
}
