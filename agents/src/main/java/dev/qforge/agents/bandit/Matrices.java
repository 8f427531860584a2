package dev.qforge.agents.bandit;

/** Small dense linear algebra on row-major {@code n x n} arrays (contexts have about ten dimensions). */
final class Matrices {

    private Matrices() {
    }

    /** Inverse by Gauss-Jordan elimination with partial pivoting; throws when the matrix is singular. */
    static double[] inverse(double[] m, int n) {
        double[] a = m.clone();
        double[] inv = new double[n * n];
        for (int i = 0; i < n; i++) inv[i * n + i] = 1;
        for (int c = 0; c < n; c++) {
            int p = c;
            for (int r = c + 1; r < n; r++) if (Math.abs(a[r * n + c]) > Math.abs(a[p * n + c])) p = r;
            if (Math.abs(a[p * n + c]) < 1e-300) throw new ArithmeticException("singular matrix");
            swap(a, p, c, n);
            swap(inv, p, c, n);
            double d = a[c * n + c];
            for (int k = 0; k < n; k++) {
                a[c * n + k] /= d;
                inv[c * n + k] /= d;
            }
            for (int r = 0; r < n; r++) {
                if (r == c) continue;
                double f = a[r * n + c];
                if (f == 0) continue;
                for (int k = 0; k < n; k++) {
                    a[r * n + k] -= f * a[c * n + k];
                    inv[r * n + k] -= f * inv[c * n + k];
                }
            }
        }
        return inv;
    }

    /** Lower Cholesky factor {@code L} with {@code L L^T = m}; m must be symmetric positive definite. */
    static double[] cholesky(double[] m, int n) {
        double[] l = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                double s = m[i * n + j];
                for (int k = 0; k < j; k++) s -= l[i * n + k] * l[j * n + k];
                if (i == j) {
                    // symmetrised inverses can lose a little; clamp at a tiny positive value
                    l[i * n + i] = Math.sqrt(Math.max(s, 1e-18));
                } else {
                    l[i * n + j] = s / l[j * n + j];
                }
            }
        }
        return l;
    }

    static double[] multiply(double[] m, double[] x, int n) {
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            double s = 0;
            for (int k = 0; k < n; k++) s += m[i * n + k] * x[k];
            y[i] = s;
        }
        return y;
    }

    private static void swap(double[] a, int r1, int r2, int n) {
        if (r1 == r2) return;
        for (int k = 0; k < n; k++) {
            double t = a[r1 * n + k];
            a[r1 * n + k] = a[r2 * n + k];
            a[r2 * n + k] = t;
        }
    }
}
