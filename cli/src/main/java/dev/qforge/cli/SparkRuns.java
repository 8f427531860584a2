package dev.qforge.cli;

import dev.qforge.backtest.run.RunSpec;
import dev.qforge.distributed.BuiltInStrategySource;
import dev.qforge.distributed.DataRef;
import dev.qforge.distributed.SparkEngine;
import dev.qforge.distributed.SparkSweepRunner;
import dev.qforge.distributed.StrategySource;

import java.io.PrintWriter;

/** What the sweep and walk-forward commands hand to the distributed module: the data reference and strategy recipe. */
final class SparkRuns {

    private SparkRuns() {
    }

    /** The reference executors read; this JVM's executors (local mode) get the driver's series without reading again. */
    static DataRef data(RunSpec spec, BacktestData.Loaded loaded) {
        return dev.qforge.distributed.DataRefLoader.seed(DataRef.of(spec.data(), spec.policy(), loaded.series()), loaded.series());
    }

    /** The resolved strategy as a recipe executors can rebuild (built-in name or jar class, normalised base parameters). */
    static StrategySource strategy(StrategyResolver.Resolved resolved) {
        RunSpec s = resolved.spec();
        return new BuiltInStrategySource(s.strategy(), s.strategyClass(), s.strategyJar(), s.params());
    }

    static SparkSweepRunner runner(SparkEngine engine, RunSpec spec) {
        return new SparkSweepRunner(engine, spec);
    }

    static void started(SparkEngine engine, PrintWriter err, boolean quiet) {
        if (!quiet) err.println("spark: master " + engine.master() + ", " + engine.parallelism() + " task slots");
    }
}
