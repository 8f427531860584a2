package dev.qforge.factors.portfolio;

import dev.qforge.backtest.BacktestConfig;
import dev.qforge.backtest.BacktestEngine;
import dev.qforge.backtest.BacktestResult;
import dev.qforge.backtest.metrics.QlibRiskAnalysis;
import dev.qforge.backtest.model.CommissionModel;
import dev.qforge.backtest.model.ExecutionModel;
import dev.qforge.data.BarSeries;
import dev.qforge.data.Panel;
import dev.qforge.factors.analysis.DailyIc;
import dev.qforge.factors.analysis.IcStats;
import dev.qforge.factors.eval.FactorMatrix;
import dev.qforge.strategies.xs.ScoreSource;
import dev.qforge.strategies.xs.TopkDropoutStrategy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The portfolio check of a factor, as R&D-Agent(Q) reports it on Qlib: the factor's IC, ICIR, Rank IC and
 * Rank ICIR against Qlib's label ({@code Ref($close,-2)/Ref($close,-1)-1}), and the annualised return (ARR),
 * information ratio (IR) and maximum drawdown (MDD) of a TopK-Dropout portfolio on the factor's score.
 *
 * <p>Portfolio: {@link TopkDropoutStrategy} (hold {@code topk}, replace at most {@code nDrop} a day, 95% of cash
 * invested as Qlib's default {@code risk_degree}), Qlib's costs ({@link CommissionModel#qlib()}: 5 bps to buy,
 * 15 bps to sell, minimum 5), long only, no leverage, orders decided at a close fill at the next open (Qlib fills
 * at the next close). The excess return each day is the portfolio's return minus the benchmark's; the benchmark
 * is the equal-weighted mean close-to-close return of the universe that day (the universe here plays the role of
 * Qlib's CSI300 index). ARR, IR and MDD come in Qlib's summed convention ({@link QlibRiskAnalysis}: mean x 238,
 * mean / std x sqrt(238), drawdown of the cumulative sum) and compounded (growth of 1 annualised over 252 days,
 * IR of the daily excess returns over sqrt(252), drawdown of the compounded curve).
 */
public final class FactorBacktest {

    /** Settings of the check. */
    public record Options(int topk, int nDrop, double initialCash, double riskDegree) {
        public static Options qlibDefaults() {
            return new Options(50, 5, 100_000_000, 0.95);
        }
    }

    /** The eight numbers, and the run behind them. */
    public record Result(IcStats ic, IcStats rankIc, QlibRiskAnalysis summed, double compoundedArr, double compoundedIr,
                         double compoundedMdd, double[] excess, long[] days, BacktestResult run) {

        public Map<String, Object> toMap() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("IC", ic.mean());
            m.put("ICIR", ic.icir());
            m.put("Rank IC", rankIc.mean());
            m.put("Rank ICIR", rankIc.icir());
            m.put("ARR", summed.annualizedReturn());
            m.put("IR", summed.informationRatio());
            m.put("MDD", summed.maxDrawdown());
            m.put("ARR (compounded)", compoundedArr);
            m.put("IR (compounded)", compoundedIr);
            m.put("MDD (compounded)", compoundedMdd);
            m.put("days", excess.length);
            m.put("fees", run.fees());
            m.put("fills", run.fills().size());
            return m;
        }
    }

    private FactorBacktest() {
    }

    /**
     * @param score  the factor, on the same panel as {@code series} (row-major, NaN where undefined)
     * @param label  Qlib's label on the same panel
     * @param series the universe's bars restricted to the test window
     */
    public static Result run(FactorMatrix score, FactorMatrix label, List<BarSeries> series, long from, long to, Options o) {
        int rows = score.rows(), cols = score.cols();
        int r0 = 0, r1 = rows;
        long[] t = score.times();
        while (r0 < rows && t[r0] < from) r0++;
        while (r1 > r0 && t[r1 - 1] > to) r1--;
        DailyIc.Series d = DailyIc.compute(score.values(), label.values(), rows, cols, r0, r1, 10, null);

        List<BarSeries> window = new ArrayList<>();
        for (BarSeries s : series) {
            BarSeries w = s.between(from, to);
            if (!w.isEmpty()) window.add(w);
        }
        if (window.isEmpty()) throw new IllegalArgumentException("no bars between the given dates");
        Panel scores = Panel.ofMatrices(score.times(), score.symbols(), Map.of("score", score.values()));
        BacktestConfig cfg = BacktestConfig.defaults().withCash(o.initialCash())
                .withExecution(ExecutionModel.defaults().withCommission(CommissionModel.qlib()));
        BacktestResult run = new BacktestEngine(cfg).run(window, new TopkDropoutStrategy(ScoreSource.of(scores, "score"), o.topk(), o.nDrop(), 1, o.riskDegree()));

        // daily excess returns over the equal-weighted universe
        long[] et = run.time();
        double[] eq = run.equity();
        Map<Long, Integer> rowOf = new java.util.HashMap<>();
        for (int r = 0; r < rows; r++) rowOf.put(t[r], r);
        double[] excess = new double[Math.max(0, et.length - 1)];
        long[] days = new long[excess.length];
        double[] close = closes(series, score);
        for (int i = 1; i < et.length; i++) {
            double rp = eq[i] / eq[i - 1] - 1;
            Integer a = rowOf.get(et[i - 1]), b = rowOf.get(et[i]);
            double bench = a == null || b == null ? 0 : benchmark(close, a, b, cols);
            excess[i - 1] = rp - bench;
            days[i - 1] = et[i];
        }
        QlibRiskAnalysis summed = QlibRiskAnalysis.of(excess);
        double growth = 1, peak = 1, mdd = 0;
        for (double x : excess) {
            growth *= 1 + x;
            peak = Math.max(peak, growth);
            mdd = Math.min(mdd, growth / peak - 1);
        }
        double arr = excess.length == 0 ? Double.NaN : Math.pow(growth, 252.0 / excess.length) - 1;
        double ir = summed.mean() / summed.std() * Math.sqrt(252);
        return new Result(IcStats.of(d.ic(), 1), IcStats.of(d.rankIc(), 1), summed, arr, ir, mdd, excess, days, run);
    }

    private static double[] closes(List<BarSeries> series, FactorMatrix score) {
        Panel p = Panel.of(series);
        if (!p.symbols().equals(score.symbols()) || p.timeCount() != score.rows()) {
            throw new IllegalArgumentException("the score panel and the bars do not line up (" + score.cols() + " vs " + p.instrumentCount() + " instruments)");
        }
        return p.matrix("close");
    }

    private static double benchmark(double[] close, int a, int b, int cols) {
        double s = 0;
        int n = 0;
        for (int c = 0; c < cols; c++) {
            double p0 = close[a * cols + c], p1 = close[b * cols + c];
            if (p0 > 0 && p1 > 0) {
                s += p1 / p0 - 1;
                n++;
            }
        }
        return n == 0 ? 0 : s / n;
    }
}
