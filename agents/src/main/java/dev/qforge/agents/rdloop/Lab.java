package dev.qforge.agents.rdloop;

import dev.qforge.agents.models.Dataset;
import dev.qforge.agents.models.DatasetBuilder;
import dev.qforge.agents.models.Forecaster;
import dev.qforge.agents.models.ForecasterFactory;
import dev.qforge.agents.models.ModelSpec;
import dev.qforge.data.BarSeries;
import dev.qforge.factors.analysis.CrossSectionCorrelation;
import dev.qforge.factors.eval.FactorEngine;
import dev.qforge.factors.eval.FactorMatrix;
import dev.qforge.factors.expr.Expression;
import dev.qforge.factors.portfolio.FactorBacktest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs experiments on one grid: turns a factor expression into checked, oriented values, scores a state (factor set
 * plus optional model) and measures it. The loop's lab works on {@link ResearchData} and the validation period; the
 * final report builds another lab on the full data and the test period.
 */
final class Lab {

    /** Below this share of valid cells with a value, a factor is rejected as too sparse to trade. */
    static final double MIN_COVERAGE = 0.5;

    /** A factor that ran: its (possibly negated) expression, values and IC on the orientation rows before orientation. */
    record FactorRun(String expression, FactorMatrix values, double rawIc) {
    }

    private final FactorEngine engine;
    private final FactorMatrix label;
    private final Evaluator evaluator;
    private final Evaluator orientation;
    private final ForecasterFactory models;
    private final int trainFrom, trainTo, validFrom, validTo, scoreFrom, scoreTo;
    private final Map<String, FactorMatrix> cache = new HashMap<>();

    Lab(FactorEngine engine, FactorMatrix label, List<BarSeries> series, ForecasterFactory models, int trainFrom, int trainTo,
        int validFrom, int validTo, int scoreFrom, int scoreTo, FactorBacktest.Options options) {
        this(engine, label, series, models, trainFrom, trainTo, validFrom, validTo, scoreFrom, scoreTo, scoreFrom, scoreTo, options);
    }

    /** As above, with a factor's sign decided on rows {@code [orientFrom, orientTo)} rather than on the scored ones. */
    Lab(FactorEngine engine, FactorMatrix label, List<BarSeries> series, ForecasterFactory models, int trainFrom, int trainTo,
        int validFrom, int validTo, int scoreFrom, int scoreTo, int orientFrom, int orientTo, FactorBacktest.Options options) {
        this.engine = engine;
        this.label = label;
        this.models = models;
        this.trainFrom = trainFrom;
        this.trainTo = trainTo;
        this.validFrom = validFrom;
        this.validTo = validTo;
        this.scoreFrom = scoreFrom;
        this.scoreTo = scoreTo;
        this.evaluator = new Evaluator(label, series, scoreFrom, scoreTo, options);
        this.orientation = orientFrom == scoreFrom && orientTo == scoreTo ? evaluator : new Evaluator(label, series, orientFrom, orientTo, options);
    }

    /** The research lab: scores on the validation rows and orients factors there too. */
    static Lab research(ResearchData d, ForecasterFactory models, FactorBacktest.Options o) {
        var r = d.rows();
        return research(d, models, o, new SearchSlice(LoopConfig.SEARCH_VALID, r.validFrom(), r.validTo()));
    }

    /**
     * The research lab: scores on the validation rows, and decides a factor's sign on the search's slice, so that with
     * a train-tail search the sign is fixed before validation is read and Feedback only accepts or rejects it.
     */
    static Lab research(ResearchData d, ForecasterFactory models, FactorBacktest.Options o, SearchSlice orient) {
        var r = d.rows();
        return new Lab(d.engine(), d.label(), d.series(), models, r.trainFrom(), r.trainTo(), r.validFrom(), r.validTo(),
                r.validFrom(), r.validTo(), orient.from(), orient.to(), o);
    }

    Evaluator evaluator() {
        return evaluator;
    }

    /**
     * Parses and checks {@code code}: no look-ahead, known fields, at least half the scored cells covered, a defined
     * IC (on the scored rows and on the orientation rows). A factor whose IC on the orientation rows is negative is
     * negated (its expression becomes {@code -(...)}), so every factor in a state
     * points the same way. Throws {@link IllegalArgumentException} with a message meant for the research agent.
     */
    FactorRun factor(String code) {
        try {
            return checkedFactor(code);
        } catch (StackOverflowError e) {
            // the parser and the evaluator recurse on the expression's depth: an answer nested thousands deep must
            // fail its attempt like any broken expression, not end the whole run
            throw new IllegalArgumentException("the factor expression is too deeply nested to evaluate ("
                    + code.length() + " characters); write a shallower one");
        }
    }

    private FactorRun checkedFactor(String code) {
        if (code == null || code.isBlank()) throw new IllegalArgumentException("the answer held no factor expression");
        Expression e = Expression.parse(code);
        int ahead = e.extent()[1];
        if (ahead > 0) throw new IllegalArgumentException("the factor reads " + ahead + " rows ahead (Ref with a negative offset): that is future data");
        e.checkFields(engine.data().fieldNames());
        FactorMatrix v = values(e.canonical());
        double cov = evaluator.coverage(v);
        if (cov < MIN_COVERAGE) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                    "the factor has values for only %.0f%% of the scored cells (NaN from Log of a negative, a division by zero, too long a window?)", 100 * cov));
        }
        double ic = evaluator.quickIc(v);
        if (!Double.isFinite(ic)) throw new IllegalArgumentException("the factor has no defined IC: it is constant across instruments on every day");
        if (orientation != evaluator) {
            ic = orientation.quickIc(v);
            if (!Double.isFinite(ic)) throw new IllegalArgumentException("the factor has no defined IC on the search slice (rows "
                    + orientation.rowFrom() + " to " + orientation.rowTo() + "): it is missing or constant across instruments there");
        }
        if (ic >= 0) return new FactorRun(e.canonical(), v, ic);
        String neg = Expression.parse("-(" + e.canonical() + ")").canonical();
        return new FactorRun(neg, values(neg), ic);
    }

    /** Values of an expression on this lab's grid (cached by canonical text). */
    FactorMatrix values(String canonical) {
        return cache.computeIfAbsent(canonical, t -> engine.evaluate(t, Expression.parse(t)));
    }

    /** The highest absolute mean daily correlation of {@code candidate} with any of {@code accepted}, and with which one. */
    Map.Entry<String, Double> closest(FactorMatrix candidate, List<AcceptedFactor> accepted) {
        String who = null;
        double best = Double.NEGATIVE_INFINITY;
        for (AcceptedFactor a : accepted) {
            // the size of the correlation: a negated copy carries the same information as the factor
            double c = Math.abs(CrossSectionCorrelation.meanDaily(candidate, values(a.expression()), Evaluator.MIN_PAIRS));
            if (c > best) {
                best = c;
                who = a.name();
            }
        }
        return Map.entry(who == null ? "" : who, best);
    }

    /** The state's score on this lab's grid: the model trained on the factors, or their equal-weight z-score mean. */
    FactorMatrix score(List<String> expressions, ModelSpec model) {
        List<FactorMatrix> fs = new ArrayList<>();
        for (String e : expressions) fs.add(values(e));
        if (model == null) return ScoreCombiner.equalWeightZ("state", fs);
        if (models == null) throw new IllegalStateException("no forecaster factory: the model arm is unavailable");
        List<FactorMatrix> named = new ArrayList<>();
        for (int i = 0; i < fs.size(); i++) {
            FactorMatrix f = fs.get(i);
            named.add(new FactorMatrix("F" + i, f.times(), f.symbols(), f.values()));
        }
        Dataset all = new Dataset(named, DatasetBuilder.csRankNorm(label), 0, label.rows());
        Forecaster f = models.create(model);
        f.fit(all.rows(trainFrom, trainTo), all.rows(validFrom, validTo));
        return f.predict(all.rows(scoreFrom, scoreTo));
    }

    Metrics metrics(FactorMatrix score) {
        double cov = evaluator.coverage(score);
        if (cov < MIN_COVERAGE) throw new IllegalArgumentException(String.format(java.util.Locale.ROOT, "the score covers only %.0f%% of the scored cells", 100 * cov));
        return evaluator.metrics(score);
    }
}
