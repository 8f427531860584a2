package dev.qforge.agents.models;

import dev.qforge.factors.eval.FactorMatrix;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Gradient-boosted regression trees by XGBoost4J (the LightGBM of this stack), squared error on the normalised
 * label, histogram tree method. Features go in raw: NaN is XGBoost's missing value (each split learns a default
 * direction for it), and trees need no scaling. Boosting stops when the valid RMSE has not improved for
 * {@code early_stopping_rounds} rounds; predictions use the trees up to the best valid round only.
 *
 * <p>Deterministic: the seed drives row and column subsampling, and {@code nthread} is a parameter with a fixed
 * default (2), not the machine's core count, so a run does not change with the machine it runs on.
 *
 * <p>Parameters (XGBoost's names): {@code eta} (0.05), {@code max_depth} (6), {@code min_child_weight} (1),
 * {@code subsample} (0.8), {@code colsample_bytree} (0.8), {@code lambda} (1), {@code alpha} (0),
 * {@code max_bin} (256), {@code num_round} (500), {@code early_stopping_rounds} (50), {@code nthread} (2).
 */
public final class XgboostForecaster extends BaseForecaster {

    static final Set<String> PARAMS = Set.of("eta", "max_depth", "min_child_weight", "subsample", "colsample_bytree",
            "lambda", "alpha", "max_bin", "num_round", "early_stopping_rounds", "nthread");
    private static final String WEIGHTS = "xgboost.ubj";

    private final Map<String, Object> params = new LinkedHashMap<>();
    private final int rounds;
    private final int patience;
    private Booster booster;
    private int bestIteration;

    public XgboostForecaster(ModelSpec spec) {
        super(spec);
        params.put("objective", "reg:squarederror");
        params.put("eval_metric", "rmse");
        params.put("tree_method", "hist");
        params.put("verbosity", 0);
        params.put("verbose_eval", 0); // xgboost4j prints every round's metrics to stdout unless told not to
        params.put("eta", range(spec, "eta", 0.05, 0, 1, false));
        params.put("max_depth", spec.integer("max_depth", 6));
        range(spec, "max_depth", 6, 1, 32, true);
        params.put("min_child_weight", range(spec, "min_child_weight", 1, 0, Double.MAX_VALUE, true));
        params.put("subsample", range(spec, "subsample", 0.8, 0, 1, false));
        params.put("colsample_bytree", range(spec, "colsample_bytree", 0.8, 0, 1, false));
        params.put("lambda", range(spec, "lambda", 1, 0, Double.MAX_VALUE, true));
        params.put("alpha", range(spec, "alpha", 0, 0, Double.MAX_VALUE, true));
        params.put("max_bin", spec.integer("max_bin", 256));
        params.put("nthread", spec.integer("nthread", 2));
        params.put("seed", spec.seed());
        rounds = spec.integer("num_round", 500);
        patience = spec.integer("early_stopping_rounds", 50);
        if ((int) params.get("max_bin") < 2) throw new IllegalArgumentException("model xgboost: parameter max_bin must be >= 2");
        if ((int) params.get("nthread") < 1) throw new IllegalArgumentException("model xgboost: parameter nthread must be >= 1");
        if (rounds < 1) throw new IllegalArgumentException("model xgboost: parameter num_round = " + rounds + " must be >= 1");
        if (patience < 1) throw new IllegalArgumentException("model xgboost: parameter early_stopping_rounds = " + patience + " must be >= 1");
    }

    /** A number in [lo, hi] (lo itself allowed only when {@code closedLo}), named in the error otherwise. */
    static double range(ModelSpec spec, String key, double fallback, double lo, double hi, boolean closedLo) {
        double v = spec.number(key, fallback);
        boolean ok = (closedLo ? v >= lo : v > lo) && v <= hi;
        if (!ok) {
            throw new IllegalArgumentException("model " + spec.type() + ": parameter " + key + " = " + v + " must be in "
                    + (closedLo ? "[" : "(") + lo + ", " + (hi == Double.MAX_VALUE ? "inf)" : hi + "]"));
        }
        return v;
    }

    @Override
    public FitReport fit(Dataset train, Dataset valid) {
        long t0 = System.nanoTime();
        sameFeatures(train, valid);
        Samples tr = Samples.training(train, "train");
        tr.requireEveryFeature(train, "train");
        Samples va = Samples.training(valid, "valid");
        DMatrix dtrain = null, dvalid = null;
        try {
            dtrain = matrix(tr);
            dvalid = matrix(va);
            Map<String, DMatrix> watches = new LinkedHashMap<>();
            watches.put("train", dtrain);
            watches.put("valid", dvalid); // last: the one XGBoost early-stops on
            float[][] metrics = new float[2][rounds];
            for (float[] m : metrics) java.util.Arrays.fill(m, Float.NaN);
            Booster b = XGBoost.train(dtrain, params, rounds, watches, metrics, null, null, patience);
            int run = 0, best = 0;
            while (run < rounds && !Float.isNaN(metrics[1][run])) {
                if (metrics[1][run] < metrics[1][best]) best = run;
                run++;
            }
            if (booster != null) booster.dispose();
            booster = b;
            bestIteration = best;
            featureNames = names(train);
            trainCurve = new double[run];
            validCurve = new double[run];
            for (int i = 0; i < run; i++) {
                trainCurve[i] = (double) metrics[0][i] * metrics[0][i];
                validCurve[i] = (double) metrics[1][i] * metrics[1][i];
            }
            double trainRmse = metrics[0][best], validRmse = metrics[1][best];
            report = new FitReport("xgboost", run, best + 1, trainRmse * trainRmse, validRmse * validRmse, (System.nanoTime() - t0) / 1_000_000);
            return report;
        } catch (XGBoostError e) {
            throw new IllegalStateException("model xgboost: training failed: " + e.getMessage(), e);
        } finally {
            if (dtrain != null) dtrain.dispose();
            if (dvalid != null) dvalid.dispose();
        }
    }

    private static DMatrix matrix(Samples s) throws XGBoostError {
        DMatrix m = new DMatrix(s.x(), s.n(), s.k(), Float.NaN);
        m.setLabel(s.y());
        return m;
    }

    @Override
    public FactorMatrix predict(Dataset data) {
        requireFitted(data);
        Samples s = Samples.scoring(data);
        float[] p = new float[s.n()];
        if (s.n() > 0) {
            try {
                float[][] out = booster.inplace_predict(s.x(), s.n(), s.k(), Float.NaN, new int[]{0, bestIteration + 1});
                for (int i = 0; i < p.length; i++) p[i] = out[i][0];
            } catch (XGBoostError e) {
                throw new IllegalStateException("model xgboost: prediction failed: " + e.getMessage(), e);
            }
        }
        return Samples.toMatrix(data, s, p, "xgboost");
    }

    /** The 0-based boosting round kept by early stopping. */
    public int bestIteration() {
        return bestIteration;
    }

    @Override
    protected void saveState(Path dir, Map<String, Object> state) throws IOException {
        state.put("bestIteration", bestIteration);
        try {
            Files.write(dir.resolve(WEIGHTS), booster.toByteArray("ubj"));
        } catch (XGBoostError e) {
            throw new IOException("model xgboost: cannot serialise the booster: " + e.getMessage(), e);
        }
    }

    @Override
    protected void loadState(Path dir, Map<String, Object> state) throws IOException {
        bestIteration = ((Number) state.get("bestIteration")).intValue();
        try {
            booster = XGBoost.loadModel(Files.readAllBytes(dir.resolve(WEIGHTS)));
        } catch (XGBoostError e) {
            throw new IOException("model xgboost: cannot read " + dir.resolve(WEIGHTS) + ": " + e.getMessage(), e);
        }
    }
}
