package dev.qforge.backtest.run;

import dev.qforge.backtest.BacktestConfig;
import dev.qforge.backtest.model.AccountRules;
import dev.qforge.backtest.model.BarPath;
import dev.qforge.backtest.model.ExecutionModel;
import dev.qforge.backtest.model.FillTiming;
import dev.qforge.backtest.model.VolumeCap;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything that decides a backtest's outcome, as plain values: which strategy with which parameters,
 * which data (store symbols, files or bundled names), which window, and the venue and account models
 * (as {@link ModelSpecs} strings). It is what a run records in H2 as JSON; replaying a run turns the
 * stored spec back into the same backtest.
 *
 * @param strategyClass a user strategy's class name, with {@code strategyJar}; null for built-ins
 * @param from          first close date to include (ISO date), null for the start of the data
 * @param to            last close date to include (ISO date), null for the end of the data
 * @param benchmark     data reference of a benchmark series for relative metrics, null for none
 * @param periodsPerYear for annualising; 0 means by asset class (252 for equities, 365 for crypto)
 * @param latency       order latency as {@link ModelSpecs#latency} reads it, jitter seeded by {@code seed}
 * @param policy        how invalid rows of the data are handled: reject (default), drop or repair
 */
public record RunSpec(String strategy, String strategyClass, String strategyJar, Map<String, String> params,
                      List<String> data, String timeframe, String from, String to, String fill, String barPath,
                      String slippage, String commission, double volumeCap, double cash, double maxLeverage,
                      boolean allowShort, double borrowRate, String benchmark, double riskFreeRate, int periodsPerYear,
                      boolean qlibMetrics, long seed, String latency, String policy) {

    public RunSpec {
        Objects.requireNonNull(strategy, "strategy");
        params = params == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(params));
        data = data == null ? List.of() : List.copyOf(data);
        fill = fill == null ? "open" : fill;
        barPath = barPath == null ? "directional" : barPath;
        slippage = slippage == null ? "none" : slippage;
        commission = commission == null ? "none" : commission;
        latency = latency == null ? "none" : latency;
        policy = policy == null ? "reject" : policy;
    }

    /** Defaults: next-open fills, directional bar path, no costs, 100,000 cash, 1x leverage, shorts allowed. */
    public static RunSpec of(String strategy, Map<String, String> params, List<String> data) {
        return new RunSpec(strategy, null, null, params, data, null, null, null, "open", "directional", "none", "none", 0,
                100_000, 1, true, 0, null, 0, 0, false, 0, "none", "reject");
    }

    /** The venue and account models this spec describes; throws with the offending option on bad values. */
    public BacktestConfig toConfig() {
        ExecutionModel model = new ExecutionModel(FillTiming.parse(fill), BarPath.parse(barPath),
                ModelSpecs.slippage(slippage), ModelSpecs.commission(commission), new VolumeCap(volumeCap),
                ModelSpecs.latency(latency, seed));
        return new BacktestConfig(cash, model, new AccountRules(maxLeverage, allowShort, borrowRate));
    }

    public RunSpec withParams(Map<String, String> p) {
        return new RunSpec(strategy, strategyClass, strategyJar, p, data, timeframe, from, to, fill, barPath, slippage,
                commission, volumeCap, cash, maxLeverage, allowShort, borrowRate, benchmark, riskFreeRate, periodsPerYear,
                qlibMetrics, seed, latency, policy);
    }

    public RunSpec withWindow(String newFrom, String newTo) {
        return new RunSpec(strategy, strategyClass, strategyJar, params, data, timeframe, newFrom, newTo, fill, barPath,
                slippage, commission, volumeCap, cash, maxLeverage, allowShort, borrowRate, benchmark, riskFreeRate,
                periodsPerYear, qlibMetrics, seed, latency, policy);
    }

    /** A short label: the strategy and its parameters. */
    public String label() {
        StringBuilder b = new StringBuilder(strategyClass != null ? strategyClass : strategy);
        if (!params.isEmpty()) {
            b.append('(');
            params.forEach((k, v) -> b.append(b.charAt(b.length() - 1) == '(' ? "" : ",").append(k).append('=').append(v));
            b.append(')');
        }
        return b.toString();
    }
}
