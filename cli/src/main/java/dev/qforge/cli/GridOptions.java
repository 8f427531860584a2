package dev.qforge.cli;

import dev.qforge.backtest.run.RunSpec;
import dev.qforge.backtest.sweep.MetricObjective;
import dev.qforge.backtest.sweep.ParamGrid;
import dev.qforge.backtest.sweep.SweepRunner;
import picocli.CommandLine.Option;

import java.util.List;

/** The parameter grid, the metric that ranks it and the worker threads: what {@code sweep} and {@code walkforward} share. */
final class GridOptions {

    @Option(names = "--grid", required = true, paramLabel = "NAME=RANGE",
            description = "A parameter's values: fast=5..50:5 (from..to:step), mode=breakout,reversion (list) or slow=100; repeat.")
    List<String> grid;

    @Option(names = {"--rank-by", "--optimize"}, defaultValue = "sharpe", paramLabel = "METRIC",
            description = "Metric to rank by (default ${DEFAULT-VALUE}): sharpe, sortino, calmar, total-return, cagr, max-drawdown, ...")
    String rankBy;

    @Option(names = "--threads", defaultValue = "0", paramLabel = "N", description = "Worker threads (default: all cores).")
    int threads;

    ParamGrid parseGrid() {
        return ParamGrid.parse(grid);
    }

    MetricObjective objective(RunSpec spec) {
        return MetricObjective.parse(rankBy, spec.riskFreeRate());
    }

    SweepRunner runner(RunSpec spec) {
        SweepRunner r = new SweepRunner(spec.toConfig());
        return threads > 0 ? r.withThreads(threads) : r;
    }
}
