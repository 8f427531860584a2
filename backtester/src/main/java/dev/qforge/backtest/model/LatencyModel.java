package dev.qforge.backtest.model;

import java.util.SplittableRandom;

/**
 * How long requests take to reach the venue: a fixed delay per kind (new order, cancel, replace) plus a
 * uniform jitter in {@code [0, jitterMillis]} drawn from a seeded generator, so runs repeat exactly.
 *
 * <p>In a bar backtest a request sent at time {@code t} takes effect at {@code t + delay}: a new order works
 * only on bars that close after it arrived (with delays shorter than a bar nothing changes: the order still
 * meets the next bar's open), and a cancel or replace leaves the order as it was on every bar that closes
 * before the request arrives, so fills can still happen in between. Market orders at the signal bar's close
 * and market-on-close orders assume they were placed in time and ignore the insert delay. The FIX paper
 * exchange applies the same delays in its own clock.
 */
public record LatencyModel(long insertMillis, long cancelMillis, long replaceMillis, long jitterMillis, long seed) {

    public static final LatencyModel NONE = new LatencyModel(0, 0, 0, 0, 0);

    public LatencyModel {
        if (insertMillis < 0 || cancelMillis < 0 || replaceMillis < 0 || jitterMillis < 0) {
            throw new IllegalArgumentException("latencies must be >= 0 ms, got insert " + insertMillis + ", cancel " + cancelMillis
                    + ", replace " + replaceMillis + ", jitter " + jitterMillis);
        }
    }

    /** The same delay for every kind of request. */
    public static LatencyModel of(long millis, long jitterMillis, long seed) {
        return new LatencyModel(millis, millis, millis, jitterMillis, seed);
    }

    public boolean isZero() {
        return insertMillis == 0 && cancelMillis == 0 && replaceMillis == 0 && jitterMillis == 0;
    }

    /** A generator for one run's jitter draws. */
    public SplittableRandom random() {
        return new SplittableRandom(seed);
    }

    public long insert(SplittableRandom rnd) {
        return insertMillis + jitter(rnd);
    }

    public long cancel(SplittableRandom rnd) {
        return cancelMillis + jitter(rnd);
    }

    public long replace(SplittableRandom rnd) {
        return replaceMillis + jitter(rnd);
    }

    private long jitter(SplittableRandom rnd) {
        return jitterMillis == 0 ? 0 : rnd.nextLong(jitterMillis + 1);
    }
}
