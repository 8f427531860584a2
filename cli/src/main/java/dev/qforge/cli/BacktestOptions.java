package dev.qforge.cli;

import dev.qforge.backtest.run.RunSpec;
import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The options that define a backtest, shared by {@code backtest}, {@code sweep} and {@code walkforward}. */
final class BacktestOptions {

    @Option(names = "--strategy", paramLabel = "NAME", description = "Built-in strategy (see 'qforge strategies').")
    String strategy;

    @Option(names = "--strategy-class", paramLabel = "CLASS", description = "Your own strategy class (implements dev.qforge.backtest.Strategy); with --strategy-jar.")
    String strategyClass;

    @Option(names = "--strategy-jar", paramLabel = "JAR", description = "Jar holding --strategy-class.")
    String strategyJar;

    @Option(names = {"-p", "--param"}, paramLabel = "NAME=VALUE", description = "A strategy parameter; repeat for more.")
    List<String> params = new ArrayList<>();

    @Option(names = "--quantity", paramLabel = "N", description = "Shorthand for --param quantity=N.")
    String quantity;

    @Option(names = "--data", required = true, paramLabel = "REF", split = ",",
            description = "File, folder, bundled data set or stored symbol; repeat or separate with commas.")
    List<String> data;

    @Option(names = "--timeframe", paramLabel = "T", description = "Timeframe of stored symbols stored in several.")
    String timeframe;

    @Option(names = "--from", paramLabel = "DATE", description = "First date to trade (exchange zone).")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Last date to trade (inclusive).")
    String to;

    @Option(names = "--fill", defaultValue = "open", paramLabel = "open|close",
            description = "Market orders fill at the next bar's open (default) or at the signal bar's close.")
    String fill;

    @Option(names = "--bar-path", defaultValue = "directional", paramLabel = "directional|worst-case",
            description = "Assumed path inside a bar for limit and stop orders (default ${DEFAULT-VALUE}).")
    String barPath;

    @Option(names = "--slippage", defaultValue = "none", paramLabel = "MODEL", description = "none, bps:N, range:F or sqrt:K (default ${DEFAULT-VALUE}).")
    String slippage;

    @Option(names = "--commission", defaultValue = "none", paramLabel = "MODEL",
            description = "none, bps:N, bps:BUY:SELL:MIN, qlib or per-share:AMOUNT:MIN (default ${DEFAULT-VALUE}).")
    String commission;

    @Option(names = "--commission-bps", paramLabel = "N", description = "Shorthand for --commission bps:N.")
    Double commissionBps;

    @Option(names = "--volume-cap", defaultValue = "0", paramLabel = "F", description = "Most of a bar's volume orders may take (0 = no cap).")
    double volumeCap;

    @Option(names = "--cash", defaultValue = "100000", paramLabel = "AMOUNT", description = "Starting cash (default ${DEFAULT-VALUE}).")
    double cash;

    @Option(names = "--leverage", defaultValue = "1", paramLabel = "X", description = "Gross exposure limit as a multiple of equity (default ${DEFAULT-VALUE}).")
    double leverage;

    @Option(names = "--no-short", description = "Refuse orders that would open a short position.")
    boolean noShort;

    @Option(names = "--borrow-rate", defaultValue = "0", paramLabel = "RATE", description = "Annual borrow rate on shorts, e.g. 0.03.")
    double borrowRate;

    @Option(names = "--benchmark", paramLabel = "REF", description = "Benchmark series (default: the traded instrument when there is one).")
    String benchmark;

    @Option(names = "--risk-free", defaultValue = "0", paramLabel = "RATE", description = "Annual risk-free rate for Sharpe and Sortino.")
    double riskFree;

    @Option(names = "--periods-per-year", defaultValue = "0", paramLabel = "N", description = "Annualisation (default 252, or 365 for crypto).")
    int periodsPerYear;

    @Option(names = "--qlib-metrics", description = "Also report Qlib's risk analysis (mean x 238, IR, MDD on summed returns).")
    boolean qlibMetrics;

    @Option(names = "--scores", paramLabel = "SOURCE", description = "Scores for cross-sectional strategies: momentum:N or a CSV of date,symbol,score.")
    String scores;

    @Option(names = "--seed", defaultValue = "0", description = "Seed for anything random (recorded with the run).")
    long seed;

    @Option(names = "--latency", defaultValue = "none", paramLabel = "MS[~JITTER]",
            description = "Order latency in ms: 250, 250~100 (jitter from --seed) or INSERT/CANCEL/REPLACE~JITTER (default ${DEFAULT-VALUE}).")
    String latency;

    @Option(names = "--policy", defaultValue = "reject", paramLabel = "reject|drop|repair",
            description = "Invalid data rows: reject the file (default), drop the rows or repair them.")
    String policy;

    RunSpec spec() {
        if (strategy == null && strategyClass == null) {
            throw new IllegalArgumentException("give --strategy NAME (see 'qforge strategies') or --strategy-class CLASS --strategy-jar JAR");
        }
        if (strategyClass != null && strategyJar == null) throw new IllegalArgumentException("--strategy-class needs --strategy-jar JAR");
        Map<String, String> p = new LinkedHashMap<>();
        for (String pair : params) {
            int eq = pair.indexOf('=');
            if (eq <= 0) throw new IllegalArgumentException("--param '" + pair + "' is not NAME=VALUE");
            p.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
        }
        if (quantity != null) p.put("quantity", quantity);
        if (scores != null) p.put("scores", scores);
        String comm = commissionBps != null ? "bps:" + commissionBps : commission;
        RunSpec spec = new RunSpec(strategy == null ? "class" : strategy, strategyClass, strategyJar, p, data, timeframe, from, to,
                fill, barPath, slippage, comm, volumeCap, cash, leverage, !noShort, borrowRate, benchmark, riskFree,
                periodsPerYear, qlibMetrics, seed, latency, policy);
        spec.toConfig(); // fail now, naming the option, rather than inside a run
        BacktestData.policy(spec.policy());
        return spec;
    }
}
