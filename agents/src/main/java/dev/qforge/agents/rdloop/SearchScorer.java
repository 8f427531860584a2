package dev.qforge.agents.rdloop;

import dev.qforge.factors.analysis.CrossSectionCorrelation;
import dev.qforge.factors.eval.FactorData;
import dev.qforge.factors.eval.FactorEngine;
import dev.qforge.factors.eval.FactorMatrix;
import dev.qforge.factors.expr.Expression;

import java.util.HashMap;
import java.util.Map;

/**
 * Scores candidate expressions for the offline search by their mean daily IC on the rows of one {@link SearchSlice}
 * only: the validation rows, or the tail of the train period.
 *
 * <p>For speed the expressions are computed on a window of the research panel that starts {@code warmup} rows
 * before the slice (250 by default, longer than any window the grammar nests) and <b>ends with the slice</b>, not on
 * the whole history: no candidate can read a row after the slice (for a train-tail slice, no validation price), and
 * values
 * differ from the full computation only through operators with unbounded memory (EMA), and only for ranking
 * candidates; the loop scores the chosen one again on the full research data. Scores are cached by expression
 * text: the score is a pure function of the text and the data, so the cache never changes a result.
 */
public final class SearchScorer {

    private final FactorEngine engine;
    private final Evaluator evaluator;
    private final Map<String, Double> cache = new HashMap<>();
    private final SearchSlice slice;
    private int evaluations;

    /** A scorer on the validation rows. */
    public SearchScorer(ResearchData data, int warmup) {
        this(data, new SearchSlice(LoopConfig.SEARCH_VALID, data.rows().validFrom(), data.rows().validTo()), warmup);
    }

    public SearchScorer(ResearchData data, SearchSlice slice, int warmup) {
        if (slice.to() > data.panel().timeCount()) throw new IllegalArgumentException("search slice " + slice + " beyond the research grid of " + data.panel().timeCount() + " rows");
        this.slice = slice;
        int from = Math.max(0, slice.from() - warmup);
        int to = slice.to();
        var panel = slice(data.panel(), from, to);
        this.engine = new FactorEngine(new FactorData(panel), 1, 64);
        var label = data.label();
        int cols = label.cols();
        double[] l = java.util.Arrays.copyOfRange(label.values(), from * cols, to * cols);
        var cut = new FactorMatrix(label.name(), java.util.Arrays.copyOfRange(label.times(), from, to), label.symbols(), l);
        this.evaluator = new Evaluator(cut, data.series(), slice.from() - from, to - from,
                dev.qforge.factors.portfolio.FactorBacktest.Options.qlibDefaults());
    }

    public SearchSlice slice() {
        return slice;
    }

    /**
     * Mean IC of the expression over the slice; NaN when it cannot be computed, has no IC, or covers less of the
     * slice's cells than development accepts ({@link Lab#MIN_COVERAGE}): an IC over a few cells ranks high by
     * chance and would only be rejected later.
     */
    public double ic(String text) {
        Double c = cache.get(text);
        if (c != null) return c;
        double ic;
        try {
            FactorMatrix m = matrix(text);
            ic = evaluator.coverage(m) < Lab.MIN_COVERAGE ? Double.NaN : evaluator.quickIc(m);
        } catch (RuntimeException e) {
            ic = Double.NaN;
        }
        cache.put(text, ic);
        return ic;
    }

    /** The expression's values on the scoring window. */
    public FactorMatrix matrix(String text) {
        evaluations++;
        return engine.evaluate(text, Expression.parse(text));
    }

    /** Mean daily cross-sectional correlation of two expressions over the slice's rows of the window. */
    public double correlation(FactorMatrix a, FactorMatrix b) {
        int cols = a.cols(), from = evaluator.rowFrom(), to = evaluator.rowTo();
        long[] t = java.util.Arrays.copyOfRange(a.times(), from, to);
        FactorMatrix x = new FactorMatrix(a.name(), t, a.symbols(), java.util.Arrays.copyOfRange(a.values(), from * cols, to * cols));
        FactorMatrix y = new FactorMatrix(b.name(), t, b.symbols(), java.util.Arrays.copyOfRange(b.values(), from * cols, to * cols));
        return CrossSectionCorrelation.meanDaily(x, y, Evaluator.MIN_PAIRS);
    }

    /** Expressions computed so far (cache misses). */
    public int evaluations() {
        return evaluations;
    }

    static dev.qforge.data.Panel slice(dev.qforge.data.Panel p, int from, int to) {
        int cols = p.instrumentCount();
        Map<String, double[]> m = new java.util.LinkedHashMap<>();
        for (String f : p.fieldNames()) m.put(f, java.util.Arrays.copyOfRange(p.matrix(f), from * cols, to * cols));
        return dev.qforge.data.Panel.ofMatrices(java.util.Arrays.copyOfRange(p.times(), from, to), p.symbols(), m);
    }
}
