package dev.qforge.data.load;

import dev.qforge.data.Timeframe;
import java.util.Arrays;

/**
 * Infers a timeframe from bar stamps: the median of the positive spacings, mapped to the nearest
 * {@link Timeframe} on a log scale. The median makes daily data with weekends and holidays come out
 * as {@code 1d} and sparse minute data (only minutes that traded) as {@code 1m}.
 */
public final class TimeframeInference {

    private TimeframeInference() {
    }

    /** The timeframe of {@code times} (any order), or null when fewer than two distinct stamps exist. */
    public static Timeframe infer(long[] times) {
        long[] s = times.clone();
        Arrays.sort(s);
        long[] d = new long[Math.max(0, s.length - 1)];
        int k = 0;
        for (int i = 1; i < s.length; i++) {
            if (s[i - 1] != Long.MIN_VALUE && s[i] > s[i - 1]) d[k++] = s[i] - s[i - 1];
        }
        if (k == 0) return null;
        Arrays.sort(d, 0, k);
        return nearest(d[k / 2]);
    }

    /** The timeframe whose length is nearest to {@code millis} on a log scale. */
    public static Timeframe nearest(long millis) {
        Timeframe best = null;
        double bestDist = Double.MAX_VALUE;
        for (Timeframe tf : Timeframe.values()) {
            double dist = Math.abs(Math.log((double) millis / tf.millis()));
            if (dist < bestDist) {
                bestDist = dist;
                best = tf;
            }
        }
        return best;
    }
}
