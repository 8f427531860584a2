package dev.qforge.factors.ops;

/**
 * Rolling covariance and correlation of two series, O(1) per row from running sums.
 *
 * <p>pandas' {@code a.rolling(N, min_periods=1).cov(b)} / {@code .corr(b)}: only rows where both values are
 * present count (pairwise complete), at least two are needed, covariance uses {@code ddof = 1}. Correlation is
 * NaN where either series' own rolling standard deviation is within 2e-5 of 0 (Qlib's Corr mask) or where a
 * paired variance is 0. A window holding an infinite value gives NaN. Sums are re-based every {@code N} rows.
 */
public final class RollingPairs {

    /** What to emit. */
    public enum Kind { COV, CORR }

    private RollingPairs() {
    }

    public static void apply(double[] a, double[] b, int off, int len, int w, Kind kind, double[] out) {
        double sx = 0, sy = 0, sxx = 0, syy = 0, sxy = 0, xs = 0, ys = 0;
        int n = 0, bad = 0;
        for (int i = 0; i < len; i++) {
            int lo = Math.max(0, i - w + 1);
            if (i % w == 0) {
                double mx = 0, my = 0;
                int k = 0;
                for (int j = lo; j <= i; j++) {
                    double u = a[off + j], v = b[off + j];
                    if (Double.isFinite(u) && Double.isFinite(v)) {
                        mx += u;
                        my += v;
                        k++;
                    }
                }
                xs = k > 0 ? mx / k : 0;
                ys = k > 0 ? my / k : 0;
                sx = sy = sxx = syy = sxy = 0;
                n = 0;
                bad = 0;
                for (int j = lo; j <= i; j++) {
                    double u = a[off + j], v = b[off + j];
                    if (Double.isNaN(u) || Double.isNaN(v)) continue;
                    if (Double.isInfinite(u) || Double.isInfinite(v)) {
                        bad++;
                        continue;
                    }
                    double p = u - xs, q = v - ys;
                    n++;
                    sx += p;
                    sy += q;
                    sxx += p * p;
                    syy += q * q;
                    sxy += p * q;
                }
            } else {
                double u = a[off + i], v = b[off + i];
                if (!Double.isNaN(u) && !Double.isNaN(v)) {
                    if (Double.isInfinite(u) || Double.isInfinite(v)) {
                        bad++;
                    } else {
                        double p = u - xs, q = v - ys;
                        n++;
                        sx += p;
                        sy += q;
                        sxx += p * p;
                        syy += q * q;
                        sxy += p * q;
                    }
                }
                if (i - w >= 0) {
                    double ru = a[off + i - w], rv = b[off + i - w];
                    if (!Double.isNaN(ru) && !Double.isNaN(rv)) {
                        if (Double.isInfinite(ru) || Double.isInfinite(rv)) {
                            bad--;
                        } else {
                            double p = ru - xs, q = rv - ys;
                            n--;
                            sx -= p;
                            sy -= q;
                            sxx -= p * p;
                            syy -= q * q;
                            sxy -= p * q;
                        }
                    }
                }
            }
            if (n < 2 || bad > 0) {
                out[off + i] = Double.NaN;
                continue;
            }
            double cxy = n * sxy - sx * sy;
            // a paired series without spread (rounding noise only) has covariance 0 and no correlation
            boolean flatX = RollingMoments.flat(n, sx, sxx), flatY = RollingMoments.flat(n, sy, syy);
            if (kind == Kind.COV) {
                out[off + i] = flatX || flatY ? 0 : cxy / ((double) n * (n - 1));
            } else {
                double cxx = n * sxx - sx * sx, cyy = n * syy - sy * sy;
                out[off + i] = flatX || flatY ? Double.NaN : cxy / Math.sqrt(cxx * cyy);
            }
        }
        if (kind == Kind.CORR) {
            // each series' own rolling std over this instrument's slice only
            double[] xa = java.util.Arrays.copyOfRange(a, off, off + len), xb = java.util.Arrays.copyOfRange(b, off, off + len);
            double[] sa = new double[len], sb = new double[len];
            RollingMoments.apply(xa, 0, len, w, RollingMoments.Stat.STD, sa);
            RollingMoments.apply(xb, 0, len, w, RollingMoments.Stat.STD, sb);
            for (int i = 0; i < len; i++) {
                // Qlib: res[isclose(std_a, 0, atol=2e-5) | isclose(std_b, 0, atol=2e-5)] = NaN (NaN std is not close)
                if (sa[i] <= 2e-5 || sb[i] <= 2e-5) out[off + i] = Double.NaN;
            }
        }
    }
}
