package dev.qforge.factors.ops;

/**
 * Order statistics over a rolling window kept as a sorted array of its non-NaN values: each row inserts
 * one value and removes one by binary search and an array shift (O(log N) comparisons plus an O(N) copy of
 * at most 60 doubles for Alpha158's windows, far cheaper than re-sorting every window).
 *
 * <ul>
 *   <li>Quantile (and Med = Quantile 0.5): pandas' linear interpolation between the order statistics at
 *   {@code q (n-1)}.</li>
 *   <li>Rank: the current value's percentile among the window's values, ties averaged, in (0, 1] —
 *   pandas' {@code rolling(N).rank(pct=True)}, which Qlib's Rank uses; NaN when the current value is NaN.</li>
 *   <li>Mad: the mean absolute deviation from the window mean ({@code mean(|x - mean(x)|)}, Qlib's Mad),
 *   O(N) per row because every deviation changes with the mean.</li>
 * </ul>
 * An all-NaN window gives NaN.
 */
public final class SortedWindow {

    /** What to emit. */
    public enum Kind { QUANTILE, RANK, MAD }

    private SortedWindow() {
    }

    public static void apply(double[] x, int off, int len, int w, Kind kind, double q, double[] out) {
        double[] s = new double[Math.min(w, len) + 1];
        int n = 0;
        for (int i = 0; i < len; i++) {
            double v = x[off + i];
            if (!Double.isNaN(v)) {
                if (v == 0) v = 0.0; // -0.0 sorts with 0.0
                int at = upper(s, n, v);
                System.arraycopy(s, at, s, at + 1, n - at);
                s[at] = v;
                n++;
            }
            if (i - w >= 0) {
                double r = x[off + i - w];
                if (!Double.isNaN(r)) {
                    if (r == 0) r = 0.0;
                    int at = lower(s, n, r);
                    System.arraycopy(s, at + 1, s, at, n - at - 1);
                    n--;
                }
            }
            out[off + i] = n == 0 ? Double.NaN : switch (kind) {
                case QUANTILE -> quantile(s, n, q);
                case RANK -> Double.isNaN(v) ? Double.NaN : rank(s, n, v);
                case MAD -> mad(s, n);
            };
        }
    }

    static double quantile(double[] s, int n, double q) {
        double pos = q * (n - 1);
        int lo = (int) Math.floor(pos);
        if (lo >= n - 1) return s[n - 1];
        double frac = pos - lo;
        return frac == 0 ? s[lo] : s[lo] + (s[lo + 1] - s[lo]) * frac;
    }

    private static double rank(double[] s, int n, double v) {
        int less = lower(s, n, v), leq = upper(s, n, v);
        return (less + (leq - less + 1) / 2.0) / n;
    }

    private static double mad(double[] s, int n) {
        double m = 0;
        for (int j = 0; j < n; j++) m += s[j];
        m /= n;
        double d = 0;
        for (int j = 0; j < n; j++) d += Math.abs(s[j] - m);
        return d / n;
    }

    /** First index whose value is >= v. */
    private static int lower(double[] s, int n, double v) {
        int a = 0, b = n;
        while (a < b) {
            int m = (a + b) >>> 1;
            if (s[m] < v) a = m + 1;
            else b = m;
        }
        return a;
    }

    /** First index whose value is > v. */
    private static int upper(double[] s, int n, double v) {
        int a = 0, b = n;
        while (a < b) {
            int m = (a + b) >>> 1;
            if (s[m] <= v) a = m + 1;
            else b = m;
        }
        return a;
    }
}
