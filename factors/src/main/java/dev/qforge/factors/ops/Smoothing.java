package dev.qforge.factors.ops;

/**
 * Exponential and linearly weighted means, O(1) per row.
 *
 * <p>EMA is pandas' {@code ewm(span=N, min_periods=1).mean()} (alpha {@code 2/(N+1)}; for {@code 0 < N < 1}
 * alpha is N itself) with pandas' defaults {@code adjust=True, ignore_na=False}: the weight of a value decays
 * with every row since it, present or not, and the result is the weighted mean of the values seen so far
 * (NaN before the first one). It runs over the whole history, not a window.
 *
 * <p>WMA reproduces Qlib's definition exactly: over the window's {@code L} rows (fewer at the start) the
 * weights are {@code 0, 1, .., L-1} divided by their sum, and the result is {@code nanmean(w * x)}, i.e. the
 * weighted sum divided once more by the number of non-NaN values. (The oldest row has weight 0, and a
 * one-row window has no defined weights: NaN.) Kept as Qlib computes it so factors carry over unchanged.
 */
public final class Smoothing {

    private Smoothing() {
    }

    public static void ema(double[] x, int off, int len, double n, double[] out) {
        double alpha = n < 1 ? n : 2.0 / (n + 1);
        double decay = 1 - alpha, num = 0, den = 0;
        for (int i = 0; i < len; i++) {
            double v = x[off + i];
            num *= decay;
            den *= decay;
            if (!Double.isNaN(v)) {
                num += v;
                den += 1;
            }
            out[off + i] = den > 0 ? num / den : Double.NaN;
        }
    }

    public static void wma(double[] x, int off, int len, int w, double[] out) {
        // s = sum of present values, p = sum of (position in window) * value, both over the current window
        double s = 0, p = 0;
        int count = 0;
        for (int i = 0; i < len; i++) {
            int size = Math.min(i + 1, w);
            if (i % w == 0) {
                // recompute (avoids drift)
                s = p = 0;
                count = 0;
                int lo = i - size + 1;
                for (int j = lo; j <= i; j++) {
                    double v = x[off + j];
                    if (!Double.isNaN(v)) {
                        s += v;
                        p += (j - lo) * v;
                        count++;
                    }
                }
            } else if (i < w) {
                double v = x[off + i];
                if (!Double.isNaN(v)) {
                    s += v;
                    p += i * v;
                    count++;
                }
            } else {
                double r = x[off + i - w];
                if (!Double.isNaN(r)) {
                    s -= r;
                    count--;
                }
                p -= s; // every remaining value moves one position towards the front (the removed one had weight 0)
                double v = x[off + i];
                if (!Double.isNaN(v)) {
                    s += v;
                    p += (w - 1) * v;
                    count++;
                }
            }
            double wsum = size * (size - 1) / 2.0;
            out[off + i] = count == 0 || wsum == 0 ? Double.NaN : p / wsum / count;
        }
    }
}
