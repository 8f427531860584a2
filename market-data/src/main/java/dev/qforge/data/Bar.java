package dev.qforge.data;

import java.time.Instant;

/**
 * One OHLCV bar, stamped at its <em>close</em> time (epoch milliseconds, UTC): a bar becomes visible to
 * a strategy only once the clock reaches {@code time}.
 */
public record Bar(long time, double open, double high, double low, double close, double volume) {

    public Instant closeTime() {
        return Instant.ofEpochMilli(time);
    }

    @Override
    public String toString() {
        return closeTime() + " O " + open + " H " + high + " L " + low + " C " + close + " V " + volume;
    }
}
