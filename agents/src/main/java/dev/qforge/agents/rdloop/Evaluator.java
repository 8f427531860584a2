package dev.qforge.agents.rdloop;

import dev.qforge.data.BarSeries;
import dev.qforge.factors.analysis.DailyIc;
import dev.qforge.factors.eval.FactorMatrix;
import dev.qforge.factors.portfolio.FactorBacktest;

import java.util.Arrays;
import java.util.List;

/**
 * Scores a score matrix on one period: {@link #metrics} runs the full check ({@link FactorBacktest}: ICs against
 * Qlib's label and a TopK-Dropout portfolio with Qlib's 5/15 bps costs), {@link #quickIc} only the mean daily IC,
 * which is what the offline search ranks its thousands of candidates by.
 */
public final class Evaluator {

    /** Fewest instruments with a value on a day for its IC to count, as the factors module uses. */
    static final int MIN_PAIRS = 10;

    private final FactorMatrix label;
    private final List<BarSeries> series;
    private final int rowFrom;
    private final int rowTo;
    private final FactorBacktest.Options options;

    /**
     * @param label  Qlib's raw label on the score's grid
     * @param series the bars of the grid's instruments (the portfolio trades them between the period's first and last day)
     * @param rowFrom first row of the period, {@code rowTo} one past its last
     */
    public Evaluator(FactorMatrix label, List<BarSeries> series, int rowFrom, int rowTo, FactorBacktest.Options options) {
        if (rowFrom < 0 || rowTo > label.rows() || rowFrom >= rowTo) {
            throw new IllegalArgumentException("period rows [" + rowFrom + ", " + rowTo + ") outside the grid of " + label.rows() + " rows");
        }
        this.label = label;
        this.series = series;
        this.rowFrom = rowFrom;
        this.rowTo = rowTo;
        this.options = options;
    }

    /** The validation period of research data: the only period the loop ever scores. */
    public static Evaluator onValidation(ResearchData d, FactorBacktest.Options o) {
        return new Evaluator(d.label(), d.series(), d.rows().validFrom(), d.rows().validTo(), o);
    }

    /** All eight metrics; throws {@link IllegalArgumentException} naming the problem when the score cannot be traded. */
    public Metrics metrics(FactorMatrix score) {
        long[] t = label.times();
        FactorBacktest.Result r = FactorBacktest.run(score, label, series, t[rowFrom], t[rowTo - 1], options);
        double[] eq = r.run().equity();
        double s = 0, ss = 0;
        int n = 0;
        for (int i = 1; i < eq.length; i++) {
            double x = eq[i] / eq[i - 1] - 1;
            s += x;
            ss += x * x;
            n++;
        }
        double mean = n == 0 ? Double.NaN : s / n;
        double sd = n < 2 ? Double.NaN : Math.sqrt((ss - n * mean * mean) / (n - 1));
        return new Metrics(r.ic().mean(), r.ic().icir(), r.rankIc().mean(), r.rankIc().icir(), r.summed().annualizedReturn(),
                r.summed().informationRatio(), r.summed().maxDrawdown(), mean / sd * Math.sqrt(252));
    }

    /** Mean daily Pearson IC against the label over the period (NaN when no day has {@value #MIN_PAIRS} pairs). */
    public double quickIc(FactorMatrix score) {
        DailyIc.Series d = DailyIc.compute(score.values(), label.values(), score.rows(), score.cols(), rowFrom, rowTo, MIN_PAIRS, null);
        return Arrays.stream(d.ic()).filter(Double::isFinite).average().orElse(Double.NaN);
    }

    /** Share of the period's cells where the label is defined that carry a finite score. */
    public double coverage(FactorMatrix score) {
        long have = 0, cells = 0;
        double[] v = score.values(), l = label.values();
        for (int i = rowFrom * score.cols(); i < rowTo * score.cols(); i++) {
            if (Double.isNaN(l[i])) continue;
            cells++;
            if (Double.isFinite(v[i])) have++;
        }
        return cells == 0 ? 0 : (double) have / cells;
    }

    public int rowFrom() {
        return rowFrom;
    }

    public int rowTo() {
        return rowTo;
    }
}
