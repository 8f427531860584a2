package dev.qforge.factors.analysis;

/**
 * Summary of a daily IC series: mean, standard deviation (ddof 1), ICIR = mean / std (not annualised,
 * as Qlib reports it), t-statistic {@code mean / (std / sqrt(days))} and hit rate (share of days with
 * IC > 0), over the days that have an IC. With horizons above one day the daily ICs overlap and are
 * autocorrelated, so the plain t-statistic overstates significance; {@code tStatNonOverlapping} uses
 * only every h-th day.
 */
public record IcStats(int days, double mean, double std, double icir, double tStat, double tStatNonOverlapping, double hitRate) {

    public static IcStats of(double[] daily, int horizon) {
        int n = 0;
        double s = 0, hits = 0;
        for (double v : daily) {
            if (Double.isNaN(v)) continue;
            n++;
            s += v;
            if (v > 0) hits++;
        }
        if (n == 0) return new IcStats(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        double mean = s / n, ss = 0;
        for (double v : daily) if (!Double.isNaN(v)) ss += (v - mean) * (v - mean);
        double sd = n > 1 ? Math.sqrt(ss / (n - 1)) : Double.NaN;
        return new IcStats(n, mean, sd, mean / sd, mean / (sd / Math.sqrt(n)), nonOverlapping(daily, horizon), hits / n);
    }

    private static double nonOverlapping(double[] daily, int h) {
        int n = 0;
        double s = 0, ss = 0;
        for (int i = 0; i < daily.length; i += Math.max(1, h)) {
            if (Double.isNaN(daily[i])) continue;
            n++;
            s += daily[i];
            ss += daily[i] * daily[i];
        }
        if (n < 2) return Double.NaN;
        double mean = s / n, var = (ss - n * mean * mean) / (n - 1);
        return mean / Math.sqrt(var / n);
    }
}
