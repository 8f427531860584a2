package dev.qforge.agents.models;

import java.util.function.Supplier;

/** Solves a symmetric positive-definite system {@code A x = b} by Cholesky factorisation (A row-major k x k, not modified). */
final class Cholesky {

    private Cholesky() {
    }

    static double[] solve(double[] a, double[] b, int k, Supplier<String> singular) {
        double[] l = new double[k * k];
        double maxDiag = 0;
        for (int i = 0; i < k; i++) maxDiag = Math.max(maxDiag, Math.abs(a[i * k + i]));
        // relative pivot floor: a pivot this small against the largest diagonal means a (numerically) singular matrix
        double floor = Math.max(maxDiag, 1e-300) * 1e-12;
        for (int i = 0; i < k; i++) {
            for (int j = 0; j <= i; j++) {
                double s = a[i * k + j];
                for (int p = 0; p < j; p++) s -= l[i * k + p] * l[j * k + p];
                if (i == j) {
                    if (!(s > floor)) throw new IllegalArgumentException(singular.get());
                    l[i * k + i] = Math.sqrt(s);
                } else {
                    l[i * k + j] = s / l[j * k + j];
                }
            }
        }
        double[] y = new double[k];
        for (int i = 0; i < k; i++) {
            double s = b[i];
            for (int p = 0; p < i; p++) s -= l[i * k + p] * y[p];
            y[i] = s / l[i * k + i];
        }
        double[] x = new double[k];
        for (int i = k - 1; i >= 0; i--) {
            double s = y[i];
            for (int p = i + 1; p < k; p++) s -= l[p * k + i] * x[p];
            x[i] = s / l[i * k + i];
        }
        return x;
    }
}
