package dev.qforge.agents.models;

import java.util.Arrays;

/** Reference computations for the tests, written the slow obvious way, independent of the code under test. */
final class Naive {

    private Naive() {
    }

    /** Qlib's robust z-score of column j of {@code x} (n x k, NaN missing) fitted on the same rows: median/MAD, clip 3, NaN -> 0. */
    static double[][] robustScale(double[][] x) {
        int n = x.length, k = x[0].length;
        double[][] z = new double[n][k];
        for (int j = 0; j < k; j++) {
            final int jj = j;
            double[] col = Arrays.stream(x).mapToDouble(r -> r[jj]).filter(v -> !Double.isNaN(v)).sorted().toArray();
            double med = median(col);
            double[] dev = Arrays.stream(col).map(v -> Math.abs(v - med)).sorted().toArray();
            double s = 1.4826 * median(dev) + 1e-12;
            for (int i = 0; i < n; i++) {
                double v = x[i][j];
                z[i][j] = Double.isNaN(v) ? 0 : Math.max(-3, Math.min(3, (v - med) / s));
            }
        }
        return z;
    }

    static double median(double[] sorted) {
        int m = sorted.length;
        return m % 2 == 1 ? sorted[m / 2] : (sorted[m / 2 - 1] + sorted[m / 2]) / 2;
    }

    /**
     * Ridge with an unpenalised intercept by Gaussian elimination on the augmented normal equations
     * [[n, Σx], [Σx, XᵀX + αI]] [a; b] = [Σy; Xᵀy]. Returns {a, b1..bk}.
     */
    static double[] ridge(double[][] x, double[] y, double alpha) {
        int n = x.length, k = x[0].length, m = k + 1;
        double[][] a = new double[m][m + 1];
        for (int i = 0; i < n; i++) {
            double[] row = new double[m];
            row[0] = 1;
            System.arraycopy(x[i], 0, row, 1, k);
            for (int p = 0; p < m; p++) {
                for (int q = 0; q < m; q++) a[p][q] += row[p] * row[q];
                a[p][m] += row[p] * y[i];
            }
        }
        for (int p = 1; p < m; p++) a[p][p] += alpha;
        for (int c = 0; c < m; c++) {
            int piv = c;
            for (int r = c + 1; r < m; r++) if (Math.abs(a[r][c]) > Math.abs(a[piv][c])) piv = r;
            double[] t = a[c];
            a[c] = a[piv];
            a[piv] = t;
            for (int r = 0; r < m; r++) {
                if (r == c) continue;
                double f = a[r][c] / a[c][c];
                for (int q = c; q <= m; q++) a[r][q] -= f * a[c][q];
            }
        }
        double[] sol = new double[m];
        for (int p = 0; p < m; p++) sol[p] = a[p][m] / a[p][p];
        return sol;
    }
}
