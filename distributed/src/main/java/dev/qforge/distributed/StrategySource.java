package dev.qforge.distributed;

import dev.qforge.backtest.Strategy;

import java.io.Serializable;
import java.util.Map;
import java.util.function.Function;

/**
 * How an executor makes fresh strategies for grid points: a serialisable recipe (a strategy name and base
 * parameters, or a jar and class name), not a strategy or a closure over the driver's objects.
 *
 * <p>The factory follows {@link dev.qforge.backtest.sweep.SweepRunner}'s contract: it gets a point's
 * parameters and throws {@link IllegalArgumentException} for parameters that make no strategy (the point is
 * then reported invalid, and the grid goes on).
 */
public interface StrategySource extends Serializable {

    /** Called once per task on the executor; the factory it returns is used for that task's points. */
    Function<Map<String, Object>, Strategy> factory();

    /** A short name for tables and run records. */
    String label();
}
