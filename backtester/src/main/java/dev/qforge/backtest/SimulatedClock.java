package dev.qforge.backtest;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The engine's clock: time moves only when the engine sets it, and never backwards. It is a
 * {@link java.time.Clock}, so code that takes a clock (the bar store, loggers of runs) can run on
 * simulated time.
 */
public final class SimulatedClock extends Clock {

    private long millis;

    public SimulatedClock(long startMillis) {
        this.millis = startMillis;
    }

    public void set(long t) {
        if (t < millis) {
            throw new IllegalStateException("clock cannot go back from " + Instant.ofEpochMilli(millis) + " to " + Instant.ofEpochMilli(t));
        }
        millis = t;
    }

    @Override
    public long millis() {
        return millis;
    }

    @Override
    public Instant instant() {
        return Instant.ofEpochMilli(millis);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the simulated clock is UTC");
    }
}
