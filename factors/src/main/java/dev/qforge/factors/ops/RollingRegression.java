package dev.qforge.factors.ops;

/**
 * Rolling least-squares fit of the values on their row position (Qlib's Cython {@code rolling_slope},
 * {@code rolling_rsquare}, {@code rolling_resi}), O(1) per row from running sums.
 *
 * <p>The window at row {@code i} holds rows {@code max(0, i-N+1) .. i}; NaN values are left out of the fit
 * but the others keep their positions. Fewer than two values give NaN. Slope is the change per row; Rsquare
 * the squared correlation of value and position, NaN where the window's standard deviation is within 2e-5 of
 * 0 (Qlib's {@code np.isclose(std, 0, atol=2e-5)} mask); Resi is the current value minus the fitted value at
 * the current row (NaN when the current value is NaN). A window holding an infinite value gives NaN.
 * Sums are re-based (positions and values shifted) and recomputed every {@code N} rows to avoid drift.
 */
public final class RollingRegression {

    /** What to emit. */
    public enum Kind { SLOPE, RSQUARE, RESI }

    private RollingRegression() {
    }

    public static void apply(double[] x, int off, int len, int w, Kind kind, double[] out) {
        double sx = 0, sxx = 0, sy = 0, syy = 0, sxy = 0, ys = 0;
        int n = 0, bad = 0, origin = 0;
        for (int i = 0; i < len; i++) {
            int lo = Math.max(0, i - w + 1);
            if (i % w == 0) {
                origin = i;
                ys = RollingMoments.finiteMean(x, off + lo, off + i);
                sx = sxx = sy = syy = sxy = 0;
                n = 0;
                bad = 0;
                for (int j = lo; j <= i; j++) {
                    double v = x[off + j];
                    if (Double.isNaN(v)) continue;
                    if (Double.isInfinite(v)) {
                        bad++;
                        continue;
                    }
                    double p = j - origin, y = v - ys;
                    n++;
                    sx += p;
                    sxx += p * p;
                    sy += y;
                    syy += y * y;
                    sxy += p * y;
                }
            } else {
                double v = x[off + i];
                if (Double.isInfinite(v)) {
                    bad++;
                } else if (!Double.isNaN(v)) {
                    double p = i - origin, y = v - ys;
                    n++;
                    sx += p;
                    sxx += p * p;
                    sy += y;
                    syy += y * y;
                    sxy += p * y;
                }
                if (i - w >= 0) {
                    double r = x[off + i - w];
                    if (Double.isInfinite(r)) {
                        bad--;
                    } else if (!Double.isNaN(r)) {
                        double p = i - w - origin, y = r - ys;
                        n--;
                        sx -= p;
                        sxx -= p * p;
                        sy -= y;
                        syy -= y * y;
                        sxy -= p * y;
                    }
                }
            }
            if (n < 2 || bad > 0) {
                out[off + i] = Double.NaN;
                continue;
            }
            double cxx = n * sxx - sx * sx, cxy = n * sxy - sx * sy, cyy = n * syy - sy * sy;
            if (RollingMoments.flat(n, sy, syy)) {
                cyy = 0; // equal values: the fit is exact, slope 0
                cxy = 0;
            }
            double slope = cxy / cxx;
            switch (kind) {
                case SLOPE -> out[off + i] = slope;
                case RSQUARE -> {
                    double var = Math.max(0, cyy / ((double) n * (n - 1)));
                    out[off + i] = Math.sqrt(var) <= 2e-5 || cyy == 0 ? Double.NaN : cxy * cxy / (cxx * cyy);
                }
                case RESI -> {
                    double v = x[off + i];
                    double intercept = sy / n - slope * sx / n;
                    out[off + i] = Double.isNaN(v) ? Double.NaN : (v - ys) - (slope * (i - origin) + intercept);
                }
            }
        }
    }
}
