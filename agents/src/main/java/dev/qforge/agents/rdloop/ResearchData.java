package dev.qforge.agents.rdloop;

import dev.qforge.agents.models.DatasetBuilder;
import dev.qforge.agents.models.SplitSpec;
import dev.qforge.data.BarSeries;
import dev.qforge.data.Panel;
import dev.qforge.factors.alpha.Alpha158;
import dev.qforge.factors.eval.FactorData;
import dev.qforge.factors.eval.FactorEngine;
import dev.qforge.factors.eval.FactorMatrix;
import dev.qforge.factors.expr.Expression;

import java.util.List;
import java.util.Set;

/**
 * Everything the loop may see: the bars and panel <b>cut at the end of the validation period</b>, so that no
 * row of the test period exists in this object (a factor, model or backtest computed from it cannot read one),
 * with the train and valid row ranges on its grid. Built only by {@link HeldOutSplit#research()}.
 *
 * <p>Valid rows are purged by the label's horizon of two days ({@link SplitSpec.SplitRows#purged}): the train
 * rows end two rows before the valid ones start, so no training label reads a validation close; the last two
 * valid rows have no label (their closes would lie after the validation end, which is cut away), so their IC is NaN
 * and they are not scored.
 */
public final class ResearchData {

    private final Panel panel;
    private final List<BarSeries> series;
    private final FactorEngine engine;
    private final FactorMatrix label;
    private final SplitSpec.SplitRows rows;
    private final String fingerprint;

    ResearchData(Panel panel, List<BarSeries> series, SplitSpec.SplitRows rows, String fingerprint, int threads) {
        this.panel = panel;
        this.series = List.copyOf(series);
        this.rows = rows;
        this.fingerprint = fingerprint;
        this.engine = new FactorEngine(new FactorData(panel), threads, 32);
        this.label = engine.evaluate(Alpha158.LABEL_NAME, Alpha158.label());
    }

    public Panel panel() {
        return panel;
    }

    public List<BarSeries> series() {
        return series;
    }

    public FactorEngine engine() {
        return engine;
    }

    /** Qlib's raw label {@code Ref($close,-2)/Ref($close,-1)-1} on this (cut) panel: NaN on the last two rows. */
    public FactorMatrix label() {
        return label;
    }

    /** Train rows {@code [trainFrom, trainTo)} and valid rows {@code [validFrom, validTo)}; the test rows are empty. */
    public SplitSpec.SplitRows rows() {
        return rows;
    }

    public long validFromTime() {
        return panel.time(rows.validFrom());
    }

    public long validToTime() {
        return panel.time(rows.validTo() - 1);
    }

    public Set<String> fieldNames() {
        return engine.data().fieldNames();
    }

    /** Fingerprint of the full data set this view was cut from. */
    public String fingerprint() {
        return fingerprint;
    }

    public FactorMatrix evaluate(String name, Expression e) {
        return engine.evaluate(name, e);
    }

    /** The label cross-sectionally rank-normalised as models are trained on it. */
    public FactorMatrix normalisedLabel() {
        return DatasetBuilder.csRankNorm(label);
    }
}
