package dev.qforge.agents.models;

import dev.qforge.factors.eval.FactorMatrix;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

/**
 * Ridge regression of the label on the robust-scaled features: minimises
 * {@code Σ (y - a - x·b)² + alpha · |b|²} over the train samples (the intercept {@code a} is not penalised,
 * as scikit-learn's {@code Ridge}). Solved in closed form by centring, the normal equations
 * {@code (XcᵀXc + alpha·I) b = Xcᵀyc} and a Cholesky factorisation, all in double precision; then
 * {@code a = ȳ - x̄·b}. There is nothing to early-stop: the valid rows only give the reported valid loss.
 *
 * <p>Parameters: {@code alpha} (≥ 0, default 1.0). With alpha = 0 and collinear features the system is
 * singular and the fit fails naming that; a small alpha fixes it.
 */
public final class RidgeForecaster extends BaseForecaster {

    static final Set<String> PARAMS = Set.of("alpha");

    private final double alpha;
    private RobustScaler scaler;
    private double[] coef;
    private double intercept;

    public RidgeForecaster(ModelSpec spec) {
        super(spec);
        alpha = spec.number("alpha", 1.0);
        if (!(alpha >= 0) || Double.isInfinite(alpha)) throw new IllegalArgumentException("model ridge: parameter alpha = " + alpha + " must be finite and >= 0");
    }

    @Override
    public FitReport fit(Dataset train, Dataset valid) {
        long t0 = System.nanoTime();
        sameFeatures(train, valid);
        Samples s = Samples.training(train, "train");
        s.requireEveryFeature(train, "train");
        RobustScaler sc = RobustScaler.fit(s);
        float[] x = sc.transform(s);
        int n = s.n(), k = s.k();
        double[] mean = new double[k];
        double ymean = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < k; j++) mean[j] += x[i * k + j];
            ymean += s.y()[i];
        }
        for (int j = 0; j < k; j++) mean[j] /= n;
        ymean /= n;
        double[] a = new double[k * k], rhs = new double[k], row = new double[k];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < k; j++) row[j] = x[i * k + j] - mean[j];
            double yc = s.y()[i] - ymean;
            for (int p = 0; p < k; p++) {
                double v = row[p];
                if (v == 0) continue;
                rhs[p] += v * yc;
                int base = p * k;
                for (int q = p; q < k; q++) a[base + q] += v * row[q];
            }
        }
        for (int p = 0; p < k; p++) {
            a[p * k + p] += alpha;
            for (int q = 0; q < p; q++) a[p * k + q] = a[q * k + p];
        }
        double[] b = Cholesky.solve(a, rhs, k, () -> "model ridge: the normal equations are singular (collinear or constant features"
                + " with alpha = " + alpha + "); use a positive alpha");
        double c = ymean;
        for (int j = 0; j < k; j++) c -= mean[j] * b[j];
        this.scaler = sc;
        this.coef = b;
        this.intercept = c;
        this.featureNames = names(train);
        double trainLoss = s.mse(score(x, n));
        double validLoss = validLoss(valid);
        report = new FitReport("ridge", 1, 1, trainLoss, validLoss, (System.nanoTime() - t0) / 1_000_000);
        return report;
    }

    private double validLoss(Dataset valid) {
        if (valid.label() == null || valid.rowFrom() == valid.rowTo()) return Double.NaN;
        Samples v = Samples.scoring(valid);
        return v.mse(score(scaler.transform(v), v.n()));
    }

    private float[] score(float[] x, int n) {
        int k = coef.length;
        float[] p = new float[n];
        for (int i = 0; i < n; i++) {
            double s = intercept;
            for (int j = 0; j < k; j++) s += coef[j] * x[i * k + j];
            p[i] = (float) s;
        }
        return p;
    }

    @Override
    public FactorMatrix predict(Dataset data) {
        requireFitted(data);
        Samples s = Samples.scoring(data);
        return Samples.toMatrix(data, s, score(scaler.transform(s), s.n()), "ridge");
    }

    /** The fitted coefficients on the scaled features (a copy). */
    public double[] coefficients() {
        return coef.clone();
    }

    public double intercept() {
        return intercept;
    }

    @Override
    protected void saveState(Path dir, Map<String, Object> state) {
        state.put("scaler", scalerState(scaler));
        state.put("coef", coef);
        state.put("intercept", intercept);
    }

    @Override
    protected void loadState(Path dir, Map<String, Object> state) {
        scaler = scaler(state.get("scaler"));
        coef = ModelFiles.doubles(state.get("coef"));
        intercept = ((Number) state.get("intercept")).doubleValue();
    }
}
