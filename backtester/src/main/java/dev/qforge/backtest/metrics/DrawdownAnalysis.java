package dev.qforge.backtest.metrics;

/**
 * Drawdowns of an equity curve measured at every bar: the drawdown at bar {@code i} is
 * {@code 1 - equity[i] / max(equity[0..i])}.
 *
 * <p>The peak of a drawdown is the last bar at the running maximum before equity falls below it (a bar that
 * equals the peak again moves the peak forward); recovery is the first later bar whose equity is at least
 * the peak's. A drawdown period runs from its peak to its recovery, or to the last bar when it has not
 * recovered.
 *
 * @param maxDrawdown   the largest drawdown, a fraction in [0, 1); 0 when equity never falls
 * @param peakIndex     bar of the peak before the largest drawdown; -1 when there is none
 * @param troughIndex   bar of the largest drawdown's trough; -1 when there is none
 * @param recoveryIndex first bar after the trough back at the peak's equity; -1 when not recovered or none
 * @param longestMillis longest drawdown period, peak to recovery (or to the last bar), in millis
 */
record DrawdownAnalysis(double maxDrawdown, int peakIndex, int troughIndex, int recoveryIndex,
                        long longestMillis) {

    static DrawdownAnalysis of(long[] time, double[] equity) {
        int n = equity.length;
        double peak = equity[0];
        int peakAt = 0;
        double max = 0;
        int maxPeak = -1;
        int maxTrough = -1;
        long longest = 0;
        boolean under = false;
        for (int i = 1; i < n; i++) {
            if (equity[i] >= peak) {
                if (under) {
                    longest = Math.max(longest, time[i] - time[peakAt]);
                    under = false;
                }
                peak = equity[i];
                peakAt = i;
            } else {
                under = true;
                double dd = 1 - equity[i] / peak;
                if (dd > max) {
                    max = dd;
                    maxPeak = peakAt;
                    maxTrough = i;
                }
            }
        }
        if (under) {
            longest = Math.max(longest, time[n - 1] - time[peakAt]);
        }
        int recovery = -1;
        if (maxTrough >= 0) {
            for (int j = maxTrough + 1; j < n; j++) {
                if (equity[j] >= equity[maxPeak]) {
                    recovery = j;
                    break;
                }
            }
        }
        return new DrawdownAnalysis(max, maxPeak, maxTrough, recovery, longest);
    }

    /** The underwater series: {@code equity[i] / max(equity[0..i]) - 1}, zero or negative. */
    static double[] underwater(double[] equity) {
        double[] dd = new double[equity.length];
        double peak = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < equity.length; i++) {
            peak = Math.max(peak, equity[i]);
            dd[i] = equity[i] / peak - 1;
        }
        return dd;
    }
}
