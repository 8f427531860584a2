package dev.qforge.agents.rdloop;

import dev.qforge.agents.models.Dataset;
import dev.qforge.agents.models.DatasetBuilder;
import dev.qforge.agents.models.Forecaster;
import dev.qforge.agents.models.ForecasterFactory;
import dev.qforge.agents.models.ModelSpec;
import dev.qforge.factors.alpha.Alpha158;
import dev.qforge.factors.eval.FactorData;
import dev.qforge.factors.eval.FactorEngine;
import dev.qforge.factors.eval.FactorMatrix;
import dev.qforge.factors.portfolio.FactorBacktest;

import java.util.ArrayList;
import java.util.List;

/**
 * The only place the test period is read: after the loop, the final state and the Alpha158 + XGBoost baseline are
 * scored on the test rows of the full data ({@link HeldOutSplit#openTestPeriod}).
 *
 * <p>The final state is scored as the loop defined it: its factors recomputed on the full history, combined by
 * {@link ScoreCombiner} or, when a model was accepted, that model fitted on the train rows with early stopping on
 * the valid rows and asked for test-period scores. The baseline is XGBoost with Qlib's Alpha158 benchmark
 * hyperparameters ({@link dev.qforge.agents.models.Baseline#qlibXgboost}) and the run's seed on the 158 Alpha158
 * features, fitted the same way. Both trade the same
 * TopK-Dropout portfolio with Qlib's costs.
 */
public final class FinalEvaluation {

    /** One row of the final table. */
    public record Row(String name, Metrics metrics, int factors) {
    }

    private FinalEvaluation() {
    }

    /** The baseline of R&D-Agent(Q)'s tables: XGBoost with Qlib's Alpha158 benchmark settings and the run's seed. */
    public static ModelSpec baselineSpec(LoopConfig config) {
        return dev.qforge.agents.models.Baseline.qlibXgboost(config.seed());
    }

    /**
     * @param models the forecaster factory; null leaves the baseline out (and a state with a model cannot be scored)
     * @param baseline the baseline model on the Alpha158 features, normally {@link #baselineSpec}; null leaves it out
     *                 (it computes 158 features: minutes on large panels)
     */
    public static List<Row> run(HeldOutSplit split, LoopState state, ForecasterFactory models, LoopConfig config, ModelSpec baseline, int threads) {
        HeldOutSplit.TestPeriod t = split.openTestPeriod("final report");
        FactorEngine engine = new FactorEngine(new FactorData(t.panel()), threads, 32);
        FactorMatrix label = engine.evaluate(Alpha158.LABEL_NAME, Alpha158.label());
        var r = t.rows();
        FactorBacktest.Options o = new FactorBacktest.Options(config.topk(), config.ndrop(), 100_000_000, 0.95);
        Lab lab = new Lab(engine, label, t.series(), models, r.trainFrom(), r.trainTo(), r.validFrom(), r.validTo(), r.testFrom(), r.testTo(), o);
        List<Row> rows = new ArrayList<>();
        if (!state.factors().isEmpty()) {
            String name = "R&D loop" + (state.model() == null ? " (factor z-score average)" : " (" + state.model().type() + ")");
            rows.add(new Row(name, lab.metrics(lab.score(state.expressions(), state.model())), state.factors().size()));
        }
        if (baseline != null && models != null) {
            Dataset all = DatasetBuilder.build(engine, DatasetBuilder.alpha158());
            Forecaster f = models.create(baseline);
            f.fit(all.rows(r.trainFrom(), r.trainTo()), all.rows(r.validFrom(), r.validTo()));
            FactorMatrix score = f.predict(all.rows(r.testFrom(), r.testTo()));
            rows.add(new Row("Alpha158 + " + (baseline.type().equals("xgboost") ? "XGBoost" : baseline.type()), lab.metrics(score), all.featureCount()));
        }
        return rows;
    }
}
