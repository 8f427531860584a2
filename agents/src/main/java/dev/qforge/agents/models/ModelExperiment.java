package dev.qforge.agents.models;

import dev.qforge.data.BarSeries;
import dev.qforge.factors.alpha.Alpha158;
import dev.qforge.factors.analysis.DailyIc;
import dev.qforge.factors.analysis.IcStats;
import dev.qforge.factors.eval.FactorData;
import dev.qforge.factors.eval.FactorEngine;
import dev.qforge.factors.eval.FactorMatrix;
import dev.qforge.factors.expr.Expression;
import dev.qforge.factors.io.UniverseLoader;
import dev.qforge.factors.portfolio.FactorBacktest;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One model experiment on a universe and a train/valid/test split, in the order that keeps the test period unseen:
 * {@link #prepare} computes the features and the label on the bars the split needs (plus the warm-up the longest
 * expression reads), {@link #fit} fits a model on train with early stopping on valid and scores the valid period,
 * and only {@link #test} scores the test period. Train and valid end {@link DatasetBuilder#LABEL_HORIZON} rows
 * early (purged) so that no label reads a price of the next period.
 *
 * <p>The baseline of R&D-Agent(Q)'s tables is {@code Baseline.alpha158Xgboost}.
 */
public final class ModelExperiment {

    /** Fewest instruments a day needs for its IC to count (the factors module's rule). */
    static final int MIN_IC_PAIRS = 10;

    private final List<BarSeries> series;
    private final Dataset data;
    private final FactorMatrix rawLabel;
    private final SplitSpec.SplitRows rows;
    private final ZoneId zone;

    private ModelExperiment(List<BarSeries> series, Dataset data, FactorMatrix rawLabel, SplitSpec.SplitRows rows, ZoneId zone) {
        this.series = series;
        this.data = data;
        this.rawLabel = rawLabel;
        this.rows = rows;
        this.zone = zone;
    }

    /** A fitted model, its report and its valid-period scores and metrics. */
    public record Fitted(Forecaster model, FitReport report, FactorMatrix validScores, ModelMetrics valid) {
    }

    /** How a feature gets computed: by the engine, or through a cache keyed by the universe's fingerprint. */
    @FunctionalInterface
    public interface FeatureSource {
        FactorMatrix compute(FactorEngine engine, String fingerprint, Expression e);
    }

    /** Features and label computed by the engine ({@code threads} workers). */
    public static ModelExperiment prepare(List<BarSeries> universe, Map<String, Expression> features, SplitSpec split, int threads) {
        return prepare(universe, features, split, threads, (engine, fp, e) -> engine.evaluate(e));
    }

    /**
     * Features and label computed through {@code compute} (for example the factors module's Arrow cache), on the
     * universe cut to the split plus warm-up (so the grid's rows are the ones the experiment uses).
     */
    public static ModelExperiment prepare(List<BarSeries> universe, Map<String, Expression> features, SplitSpec split, int threads,
                                          FeatureSource compute) {
        if (threads < 1) throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        if (universe.isEmpty()) throw new IllegalArgumentException("no market data");
        if (features.isEmpty()) throw new IllegalArgumentException("no features");
        DatasetBuilder.requireNoFuture(features);
        ZoneId zone = universe.get(0).instrument().exchangeZone();
        int back = 0;
        for (Expression e : features.values()) back = Math.max(back, e.extent()[0]);
        // calendar days covering `back` trading rows (5 of 7 days trade, plus holidays), and the label's look-ahead
        long from = split.trainFrom().minusDays(back * 7L / 5 + 15).atStartOfDay(zone).toInstant().toEpochMilli();
        long to = split.testTo().plusDays(10).atStartOfDay(zone).toInstant().toEpochMilli();
        List<BarSeries> cut = new ArrayList<>();
        for (BarSeries s : universe) {
            BarSeries w = s.between(from, to);
            if (!w.isEmpty()) cut.add(w);
        }
        if (cut.isEmpty()) throw new IllegalArgumentException("no bars in the split " + split);
        UniverseLoader.Universe u = UniverseLoader.of(cut);
        FactorEngine engine = new FactorEngine(new FactorData(u.panel()), threads, 32);
        Map<String, FactorMatrix> fs = new LinkedHashMap<>();
        for (Map.Entry<String, Expression> e : features.entrySet()) {
            e.getValue().checkFields(engine.data().fieldNames());
            fs.put(e.getKey(), compute.compute(engine, u.fingerprint(), e.getValue()));
        }
        FactorMatrix raw = compute.compute(engine, u.fingerprint(), Alpha158.label());
        Dataset d = DatasetBuilder.of(fs, raw);
        SplitSpec.SplitRows r = split.rows(d.times(), zone).purged(DatasetBuilder.LABEL_HORIZON);
        return new ModelExperiment(u.series(), d, raw, r, zone);
    }

    public Dataset dataset() {
        return data;
    }

    public SplitSpec.SplitRows rows() {
        return rows;
    }

    /** Fits {@code spec} on train (early stopping on valid) and evaluates it on valid; a TopK-Dropout portfolio on valid when asked. */
    public Fitted fit(ModelSpec spec, boolean validPortfolio) {
        Forecaster f = Forecasters.create(spec);
        FitReport rep = f.fit(data.rows(rows.trainFrom(), rows.trainTo()), data.rows(rows.validFrom(), rows.validTo()));
        FactorMatrix scores = f.predict(data.rows(rows.validFrom(), rows.validTo()));
        return new Fitted(f, rep, scores, evaluate("valid", scores, rows.validFrom(), rows.validTo(), validPortfolio));
    }

    /** Scores the test period with a fitted model and runs the TopK-Dropout 50/5 portfolio on it: the final report only. */
    public ModelMetrics test(Forecaster model) {
        return evaluate("test", model.predict(data.rows(rows.testFrom(), rows.testTo())), rows.testFrom(), rows.testTo(), true);
    }

    /** IC statistics of any score matrix on this grid over rows [from, to), with the portfolio when asked. */
    public ModelMetrics evaluate(String period, FactorMatrix scores, int from, int to, boolean portfolio) {
        DailyIc.Series d = DailyIc.compute(scores.values(), rawLabel.values(), scores.rows(), scores.cols(), from, to, MIN_IC_PAIRS, null);
        FactorBacktest.Result p = null;
        if (portfolio) {
            long[] t = data.times();
            p = FactorBacktest.run(scores, rawLabel, series, t[from], t[to - 1], FactorBacktest.Options.qlibDefaults());
        }
        return new ModelMetrics(period, IcStats.of(d.ic(), 1), IcStats.of(d.rankIc(), 1), p);
    }

    /** The universe as cut for this experiment (train start minus warm-up to test end plus the label's days). */
    public List<BarSeries> series() {
        return series;
    }

    public ZoneId zone() {
        return zone;
    }
}
