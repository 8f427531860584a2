package dev.qforge.cli;

import dev.qforge.backtest.BacktestConfig;
import dev.qforge.backtest.model.AccountRules;
import dev.qforge.backtest.model.BarPath;
import dev.qforge.backtest.model.ExecutionModel;
import dev.qforge.backtest.model.FillTiming;
import dev.qforge.backtest.model.VolumeCap;
import dev.qforge.backtest.run.ModelSpecs;
import picocli.CommandLine.Option;

/** The paper exchange's fill and account models: the backtester's, with the same option names as {@code qforge backtest}. */
final class PaperModelOptions {

    @Option(names = "--fill", defaultValue = "open", paramLabel = "open|close", description = "Market orders fill at the next bar's open or the signal bar's close.")
    String fill;

    @Option(names = "--slippage", defaultValue = "none", paramLabel = "MODEL", description = "none, bps:N, range:F or sqrt:K (default ${DEFAULT-VALUE}).")
    String slippage;

    @Option(names = "--commission", defaultValue = "none", paramLabel = "MODEL", description = "none, bps:N[:MIN], qlib, per-share:... (default ${DEFAULT-VALUE}).")
    String commission;

    @Option(names = "--volume-cap", defaultValue = "0", paramLabel = "F", description = "Most of a bar's volume orders may take; the rest fills later (0 = no cap).")
    double volumeCap;

    @Option(names = "--latency", defaultValue = "none", paramLabel = "MS[~JITTER]", description = "Insert/cancel/replace latency in market time, with uniform jitter.")
    String latency;

    @Option(names = "--seed", defaultValue = "0", description = "Seed of the latency jitter.")
    long seed;

    @Option(names = "--cash", defaultValue = "100000", paramLabel = "AMOUNT", description = "Starting cash of each account (default ${DEFAULT-VALUE}).")
    double cash;

    @Option(names = "--leverage", defaultValue = "1", paramLabel = "X", description = "Gross exposure limit as a multiple of equity.")
    double leverage;

    @Option(names = "--no-short", description = "Refuse orders that would open a short position.")
    boolean noShort;

    @Option(names = "--borrow-rate", defaultValue = "0", paramLabel = "RATE", description = "Annual borrow rate on shorts.")
    double borrowRate;

    BacktestConfig config() {
        ExecutionModel m = new ExecutionModel(FillTiming.parse(fill), BarPath.DIRECTIONAL, ModelSpecs.slippage(slippage),
                ModelSpecs.commission(commission), new VolumeCap(volumeCap), ModelSpecs.latency(latency, seed));
        return new BacktestConfig(cash, m, new AccountRules(leverage, !noShort, borrowRate));
    }
}
