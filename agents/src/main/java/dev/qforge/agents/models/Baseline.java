package dev.qforge.agents.models;

import dev.qforge.data.BarSeries;

import java.util.List;
import java.util.Map;

/**
 * The baseline of R&D-Agent(Q)'s tables: the 158 Alpha158 features and XGBoost with Qlib's benchmark settings
 * for it ({@code examples/benchmarks/XGBoost/workflow_config_xgboost_Alpha158.yaml}: eta 0.0421, max_depth 8,
 * colsample_bytree 0.8879, subsample 0.8789, alpha 205.6999, lambda 580.9768, up to 647 rounds, early stopping
 * after 50), fitted on train with early stopping on valid. Call {@link ModelExperiment#test} on the result for
 * the final table, and nothing else on the test period.
 */
public final class Baseline {

    private Baseline() {
    }

    /** Qlib's XGBoost-on-Alpha158 hyperparameters, with our seed. */
    public static ModelSpec qlibXgboost(long seed) {
        return new ModelSpec("xgboost", Map.of("eta", 0.0421, "max_depth", 8, "colsample_bytree", 0.8879, "subsample", 0.8789,
                "alpha", 205.6999, "lambda", 580.9768, "num_round", 647, "early_stopping_rounds", 50), seed);
    }

    /** Alpha158 + XGBoost on {@code universe} and {@code split}: the prepared experiment and the fitted model (valid metrics only). */
    public static Result alpha158Xgboost(List<BarSeries> universe, SplitSpec split, long seed) {
        ModelExperiment x = ModelExperiment.prepare(universe, DatasetBuilder.alpha158(), split, 2);
        return new Result(x, x.fit(qlibXgboost(seed), true));
    }

    /** The experiment (for {@link ModelExperiment#test}) and the fitted baseline. */
    public record Result(ModelExperiment experiment, ModelExperiment.Fitted fitted) {
    }
}
