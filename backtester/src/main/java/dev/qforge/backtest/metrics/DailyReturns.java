package dev.qforge.backtest.metrics;

import java.time.ZoneId;
import java.util.Arrays;

/**
 * Simple returns between consecutive daily points of a curve.
 *
 * <p>Return {@code j} ends at daily point {@code j} and starts at daily point {@code j - 1}. Daily point 0 has
 * a return only when the curve's first point is earlier on the same date (intraday bars): it then runs from
 * that first point to the first day's close, so that the compounded daily returns give the curve's total
 * return. With daily bars daily point 0 is the curve's first point and has no return.
 */
final class DailyReturns {

    private final EquityCurve daily;
    private final double[] aligned;
    private final long[] start;
    private final int first;

    private DailyReturns(EquityCurve daily, double[] aligned, long[] start, int first) {
        this.daily = daily;
        this.aligned = aligned;
        this.start = start;
        this.first = first;
    }

    static DailyReturns of(EquityCurve curve, ZoneId zone) {
        EquityCurve daily = curve.daily(zone);
        int n = daily.size();
        if (n == 0) {
            return new DailyReturns(daily, new double[0], new long[0], 0);
        }
        double[] e = daily.equity();
        long[] t = daily.time();
        double[] aligned = new double[n];
        long[] start = new long[n];
        int first;
        if (t[0] != curve.time()[0]) {
            aligned[0] = e[0] / curve.equity()[0] - 1;
            start[0] = curve.time()[0];
            first = 0;
        } else {
            aligned[0] = Double.NaN;
            start[0] = Long.MIN_VALUE;
            first = 1;
        }
        for (int j = 1; j < n; j++) {
            aligned[j] = e[j] / e[j - 1] - 1;
            start[j] = t[j - 1];
        }
        return new DailyReturns(daily, aligned, start, first);
    }

    /** The daily points. */
    EquityCurve daily() {
        return daily;
    }

    /** Returns aligned with the daily points; NaN at point 0 when it has no return. */
    double[] aligned() {
        return aligned;
    }

    /** Index of the first daily point that has a return (0 or 1). */
    int first() {
        return first;
    }

    /** The returns that exist, in time order. */
    double[] values() {
        return Arrays.copyOfRange(aligned, Math.min(first, aligned.length), aligned.length);
    }

    /** Start time of each return in {@link #values()}. */
    long[] startTimes() {
        return Arrays.copyOfRange(start, Math.min(first, start.length), start.length);
    }

    /** End time of each return in {@link #values()}. */
    long[] endTimes() {
        long[] t = daily.time();
        return Arrays.copyOfRange(t, Math.min(first, t.length), t.length);
    }
}
