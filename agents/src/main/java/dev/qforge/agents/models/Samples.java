package dev.qforge.agents.models;

import dev.qforge.factors.eval.FactorMatrix;

import java.util.Arrays;

/**
 * The (date, instrument) cells of a {@link Dataset}'s rows flattened into a dense sample matrix, row-major
 * ({@code x[i * k + j]} = feature j of sample i), as float because that is what XGBoost and the networks consume.
 * {@code cell[i]} is the sample's index in the grid ({@code row * cols + col}), so that predictions go back to
 * their place. Raw values are kept (NaN stays NaN); the non-tree models scale them with a {@link RobustScaler}.
 *
 * <p>A cell is a sample when at least one feature is finite there (a fully missing row carries no information and
 * would only be imputed); a training sample also needs a finite label.
 */
record Samples(float[] x, float[] y, int[] cell, int n, int k) {

    /** Training samples of {@code d}: cells with a finite label and at least one finite feature. */
    static Samples training(Dataset d, String role) {
        if (d.label() == null) throw new IllegalArgumentException(role + " dataset has no label");
        Samples s = collect(d, true);
        if (s.n == 0) {
            throw new IllegalArgumentException("no " + role + " samples: rows [" + d.rowFrom() + ", " + d.rowTo()
                    + ") have no cell with a finite label and a finite feature");
        }
        return s;
    }

    /** Every cell of {@code d}'s rows that has at least one finite feature; the label is read when present (else NaN). */
    static Samples scoring(Dataset d) {
        return collect(d, false);
    }

    /** Throws naming the first feature that has no finite value among these samples. */
    void requireEveryFeature(Dataset d, String role) {
        boolean[] seen = new boolean[k];
        int left = k;
        for (int i = 0; i < n && left > 0; i++) {
            for (int j = 0; j < k; j++) {
                if (!seen[j] && !Float.isNaN(x[i * k + j])) {
                    seen[j] = true;
                    left--;
                }
            }
        }
        for (int j = 0; j < k; j++) {
            if (!seen[j]) {
                throw new IllegalArgumentException("feature " + d.features().get(j).name() + " has no finite value in the "
                        + role + " rows [" + d.rowFrom() + ", " + d.rowTo() + ")");
            }
        }
    }

    private static Samples collect(Dataset d, boolean needLabel) {
        int cols = d.symbols().size(), k = d.featureCount();
        double[][] f = new double[k][];
        for (int j = 0; j < k; j++) f[j] = d.features().get(j).values();
        double[] lab = d.label() == null ? null : d.label().values();
        int cap = (d.rowTo() - d.rowFrom()) * cols;
        int[] cell = new int[cap];
        int n = 0;
        for (int idx = d.rowFrom() * cols; idx < d.rowTo() * cols; idx++) {
            if (needLabel && !Double.isFinite(lab[idx])) continue;
            boolean any = false;
            for (int j = 0; j < k && !any; j++) any = Double.isFinite(f[j][idx]);
            if (any) cell[n++] = idx;
        }
        float[] x = new float[n * k], y = new float[n];
        for (int i = 0; i < n; i++) {
            int idx = cell[i];
            for (int j = 0; j < k; j++) {
                double v = f[j][idx];
                x[i * k + j] = Double.isFinite(v) ? (float) v : Float.NaN;
            }
            y[i] = lab == null || !Double.isFinite(lab[idx]) ? Float.NaN : (float) lab[idx];
        }
        return new Samples(x, y, Arrays.copyOf(cell, n), n, k);
    }

    /** Predictions {@code p[i]} of these samples put back on {@code d}'s grid, NaN elsewhere. */
    static FactorMatrix toMatrix(Dataset d, Samples s, float[] p, String name) {
        double[] out = new double[d.times().length * d.symbols().size()];
        Arrays.fill(out, Double.NaN);
        for (int i = 0; i < s.n; i++) out[s.cell[i]] = p[i];
        return new FactorMatrix(name, d.times(), d.symbols(), out);
    }

    /** Mean squared error of {@code p} against the finite labels (NaN when there are none). */
    double mse(float[] p) {
        double s = 0;
        int m = 0;
        for (int i = 0; i < n; i++) {
            if (Float.isNaN(y[i])) continue;
            double e = p[i] - y[i];
            s += e * e;
            m++;
        }
        return m == 0 ? Double.NaN : s / m;
    }
}
