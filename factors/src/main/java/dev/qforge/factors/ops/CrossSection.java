package dev.qforge.factors.ops;

/**
 * Per-time operators across instruments, on an instrument-major block ({@code value(c, r) = x[c * rows + r]}).
 *
 * <p>CSRank is pandas' {@code groupby(datetime).rank(pct=True)}: average rank of ties divided by the number
 * of non-NaN values that day, in (0, 1]. CSZScore is {@code (x - mean) / std} with {@code ddof = 1}, NaN on a
 * day with fewer than two values or zero spread. NaN stays NaN.
 */
public final class CrossSection {

    private CrossSection() {
    }

    public static void rank(double[] x, int rows, int cols, double[] out) {
        double[] v = new double[cols];
        int[] idx = new int[cols];
        for (int r = 0; r < rows; r++) {
            int n = 0;
            for (int c = 0; c < cols; c++) {
                double a = x[c * rows + r];
                out[c * rows + r] = Double.NaN;
                if (!Double.isNaN(a)) {
                    v[n] = a;
                    idx[n++] = c;
                }
            }
            if (n == 0) continue;
            Integer[] order = new Integer[n];
            for (int k = 0; k < n; k++) order[k] = k;
            final double[] vals = v;
            java.util.Arrays.sort(order, (p, q) -> Double.compare(vals[p], vals[q]));
            int k = 0;
            while (k < n) {
                int e = k;
                while (e + 1 < n && vals[order[e + 1]] == vals[order[k]]) e++;
                double avg = (k + e) / 2.0 + 1;
                for (int j = k; j <= e; j++) out[idx[order[j]] * rows + r] = avg / n;
                k = e + 1;
            }
        }
    }

    public static void zscore(double[] x, int rows, int cols, double[] out) {
        for (int r = 0; r < rows; r++) {
            double s = 0;
            int n = 0;
            for (int c = 0; c < cols; c++) {
                double a = x[c * rows + r];
                if (!Double.isNaN(a)) {
                    s += a;
                    n++;
                }
            }
            double mean = s / n, ss = 0;
            for (int c = 0; c < cols; c++) {
                double a = x[c * rows + r];
                if (!Double.isNaN(a)) ss += (a - mean) * (a - mean);
            }
            double sd = n >= 2 ? Math.sqrt(ss / (n - 1)) : Double.NaN;
            for (int c = 0; c < cols; c++) {
                double a = x[c * rows + r];
                out[c * rows + r] = Double.isNaN(a) || !(sd > 0) ? Double.NaN : (a - mean) / sd;
            }
        }
    }
}
