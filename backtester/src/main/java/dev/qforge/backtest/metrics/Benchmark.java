package dev.qforge.backtest.metrics;

import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;

/**
 * A price series to compare a strategy with: closes stamped at {@code time} (epoch millis, strictly
 * increasing), all finite and positive.
 *
 * <p>It is aligned to the strategy's daily points by taking the last close at or before each point's time
 * (a floor, never a later price), so a benchmark with different bar times or missing dates is held at
 * its last known close. Arrays are copied when the record is built; callers must not modify the arrays
 * the accessors return.
 */
public record Benchmark(String name, long[] time, double[] close) {

    /**
     * @throws IllegalArgumentException when the series is empty, the arrays differ in length, the times do
     *                                  not increase, or a close is not finite and positive
     */
    public Benchmark {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(close, "close");
        if (time.length != close.length) {
            throw new IllegalArgumentException(String.format(
                    "benchmark '%s' arrays differ in length: time has %d points, close %d",
                    name, time.length, close.length));
        }
        if (time.length == 0) {
            throw new IllegalArgumentException("benchmark '" + name + "' is empty");
        }
        for (int i = 0; i < time.length; i++) {
            if (i > 0 && time[i] <= time[i - 1]) {
                throw new IllegalArgumentException(String.format(
                        "benchmark '%s' times must increase: point %d (%s) is not after point %d (%s)",
                        name, i, Instant.ofEpochMilli(time[i]), i - 1, Instant.ofEpochMilli(time[i - 1])));
            }
            if (!Double.isFinite(close[i]) || close[i] <= 0) {
                throw new IllegalArgumentException(String.format(
                        "benchmark '%s' close must be finite and positive: point %d at %s has close %s",
                        name, i, Instant.ofEpochMilli(time[i]), close[i]));
            }
        }
        time = time.clone();
        close = close.clone();
    }

    /** The last close stamped at or before {@code millis}; NaN when the series starts after it. */
    public double closeAtOrBefore(long millis) {
        int i = Arrays.binarySearch(time, millis);
        if (i >= 0) {
            return close[i];
        }
        int before = -i - 2;
        return before < 0 ? Double.NaN : close[before];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Benchmark b && name.equals(b.name) && Arrays.equals(time, b.time)
                && Arrays.equals(close, b.close);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * name.hashCode() + Arrays.hashCode(time)) + Arrays.hashCode(close);
    }

    @Override
    public String toString() {
        return String.format("Benchmark[%s, %d closes from %s]", name, time.length, Instant.ofEpochMilli(time[0]));
    }
}
