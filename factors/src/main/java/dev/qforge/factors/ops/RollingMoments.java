package dev.qforge.factors.ops;

/**
 * Rolling sum, mean, variance, standard deviation, skewness, kurtosis and count in O(1) per row.
 *
 * <p>NaN rule (Qlib's {@code series.rolling(N, min_periods=1)}): the window at row {@code i} is rows
 * {@code max(0, i-N+1) .. i}; the statistic is taken over its non-NaN values, and is NaN when there are
 * fewer than it needs (1 for sum and mean, 2 for variance, 3 for skewness, 4 for kurtosis). Count is the
 * number of non-NaN values (0 for an all-NaN window). Variance uses {@code ddof = 1}; skewness and kurtosis are
 * pandas' bias-corrected estimators, NaN when the biased variance is at most 1e-14 (pandas' rule). A window whose
 * centred sum of squares is below 1e-12 of its raw one is flat (its values are equal): variance 0, skewness 0 and
 * kurtosis -3, as pandas 1.5+ forces for a window of equal values (GH 42064). A window
 * holding an infinite value gives NaN (pandas' sums would keep a poisoned running total).
 *
 * <p>Numerics: running power sums of values shifted by a recent window mean, recomputed from the window every
 * {@code N} rows: amortised O(1), and free of the drift and cancellation a never-reset running sum accumulates
 * over 5,000 rows of prices.
 */
public final class RollingMoments {

    /** The statistic to emit. */
    public enum Stat { SUM, MEAN, VAR, STD, SKEW, KURT, COUNT }

    private RollingMoments() {
    }

    public static void apply(double[] x, int off, int len, int w, Stat stat, double[] out) {
        int powers = switch (stat) {
            case SUM, MEAN, COUNT -> 1;
            case VAR, STD -> 2;
            case SKEW -> 3;
            case KURT -> 4;
        };
        double shift = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0;
        int n = 0, bad = 0;
        for (int i = 0; i < len; i++) {
            int lo = Math.max(0, i - w + 1);
            if (i % w == 0) {
                // rebase: shift by the mean of the window's finite values and recompute the sums exactly
                shift = finiteMean(x, off + lo, off + i);
                s1 = s2 = s3 = s4 = 0;
                n = 0;
                bad = 0;
                for (int j = lo; j <= i; j++) {
                    double v = x[off + j];
                    if (Double.isNaN(v)) continue;
                    if (Double.isInfinite(v)) {
                        bad++;
                        continue;
                    }
                    double d = v - shift, d2 = d * d;
                    n++;
                    s1 += d;
                    s2 += d2;
                    if (powers >= 3) s3 += d2 * d;
                    if (powers >= 4) s4 += d2 * d2;
                }
            } else {
                double v = x[off + i];
                if (Double.isInfinite(v)) {
                    bad++;
                } else if (!Double.isNaN(v)) {
                    double d = v - shift, d2 = d * d;
                    n++;
                    s1 += d;
                    s2 += d2;
                    s3 += d2 * d;
                    s4 += d2 * d2;
                }
                if (i - w >= 0) {
                    double r = x[off + i - w];
                    if (Double.isInfinite(r)) {
                        bad--;
                    } else if (!Double.isNaN(r)) {
                        double d = r - shift, d2 = d * d;
                        n--;
                        s1 -= d;
                        s2 -= d2;
                        s3 -= d2 * d;
                        s4 -= d2 * d2;
                    }
                }
            }
            out[off + i] = finish(stat, n, bad, shift, s1, s2, s3, s4);
        }
    }

    /**
     * Whether the centred sum of squares is rounding noise: below 1e-12 of the raw sum of squares. (pandas gets
     * an exact 0 for a window of equal values by counting them; a relative threshold does the same for us.)
     */
    static boolean flat(int n, double s1, double s2) {
        return s2 - s1 * s1 / n <= 1e-12 * s2;
    }

    private static double finish(Stat stat, int n, int bad, double shift, double s1, double s2, double s3, double s4) {
        if (stat == Stat.COUNT) return n + bad;
        if (bad > 0) return Double.NaN;
        switch (stat) {
            case SUM:
                return n >= 1 ? s1 + n * shift : Double.NaN;
            case MEAN:
                return n >= 1 ? s1 / n + shift : Double.NaN;
            case VAR:
            case STD: {
                if (n < 2) return Double.NaN;
                double var = flat(n, s1, s2) ? 0 : (s2 - s1 * s1 / n) / (n - 1);
                return stat == Stat.VAR ? var : Math.sqrt(var);
            }
            case SKEW: {
                if (n < 3) return Double.NaN;
                if (flat(n, s1, s2)) return 0;
                double a = s1 / n, b = s2 / n - a * a;
                if (b <= 1e-14) return Double.NaN;
                double c = s3 / n - a * a * a - 3 * a * b;
                return Math.sqrt((double) n * (n - 1)) * c / ((n - 2) * b * Math.sqrt(b));
            }
            case KURT: {
                if (n < 4) return Double.NaN;
                if (flat(n, s1, s2)) return -3;
                double a = s1 / n, b = s2 / n - a * a;
                if (b <= 1e-14) return Double.NaN;
                double c = s3 / n - a * a * a - 3 * a * b;
                double d = s4 / n - a * a * a * a - 6 * b * a * a - 4 * c * a;
                double k = ((double) n * n - 1) * d / (b * b) - 3 * Math.pow(n - 1, 2);
                return k / ((n - 2.0) * (n - 3.0));
            }
            default:
                throw new AssertionError(stat);
        }
    }

    /** Mean of the finite values of {@code x[from..to]} (both inclusive), or 0 when there are none: the shift
     * that the rolling kernels rebase their sums on, to keep them accurate far from zero. */
    static double finiteMean(double[] x, int from, int to) {
        double m = 0;
        int k = 0;
        for (int j = from; j <= to; j++) {
            double v = x[j];
            if (Double.isFinite(v)) {
                m += v;
                k++;
            }
        }
        return k > 0 ? m / k : 0;
    }
}
