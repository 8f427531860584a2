package dev.qforge.agents.models;

import dev.qforge.factors.analysis.IcStats;
import dev.qforge.factors.portfolio.FactorBacktest;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How a model's scores did on one period: daily IC and Rank IC against Qlib's raw label
 * {@code Ref($close,-2)/Ref($close,-1)-1} (Pearson and Spearman, as Qlib's {@code SigAnaRecord}), and, when a
 * portfolio was run, the TopK-Dropout backtest with Qlib's costs ({@link FactorBacktest}: ARR, IR, MDD in Qlib's
 * summed convention, excess over the equal-weighted universe). {@code portfolio} is null when none was run.
 */
public record ModelMetrics(String period, IcStats ic, IcStats rankIc, FactorBacktest.Result portfolio) {

    public double arr() {
        return portfolio == null ? Double.NaN : portfolio.summed().annualizedReturn();
    }

    public double ir() {
        return portfolio == null ? Double.NaN : portfolio.summed().informationRatio();
    }

    public double mdd() {
        return portfolio == null ? Double.NaN : portfolio.summed().maxDrawdown();
    }

    /** The seven numbers R&D-Agent(Q) compares, by their names there (ARR, IR, MDD only with a portfolio). */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("IC", ic.mean());
        m.put("ICIR", ic.icir());
        m.put("Rank IC", rankIc.mean());
        m.put("Rank ICIR", rankIc.icir());
        m.put("days", ic.days());
        if (portfolio != null) {
            m.put("ARR", arr());
            m.put("IR", ir());
            m.put("MDD", mdd());
            m.put("ARR (compounded)", portfolio.compoundedArr());
            m.put("IR (compounded)", portfolio.compoundedIr());
            m.put("MDD (compounded)", portfolio.compoundedMdd());
        }
        return m;
    }
}
