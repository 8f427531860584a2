package dev.qforge.llm;

import java.time.Duration;

/**
 * Waits between retries. The real one sleeps the calling thread; tests inject one that only records
 * the requested durations, so backoff schedules can be checked without waiting for them.
 */
@FunctionalInterface
public interface Sleeper {

    /** Sleeps the calling thread with {@link Thread#sleep(Duration)}. */
    Sleeper REAL = Thread::sleep;

    /** Waits {@code duration} (never negative); an interrupt ends the wait with {@link InterruptedException}. */
    void sleep(Duration duration) throws InterruptedException;
}
