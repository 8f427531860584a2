package dev.qforge.distributed;

import dev.qforge.backtest.sweep.MetricObjective;
import dev.qforge.backtest.sweep.ParamGrid;
import dev.qforge.backtest.sweep.SweepResult;
import dev.qforge.backtest.sweep.WalkForward;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Walk-forward train sweeps on Spark: every (train window, grid point) pair is one work unit, all in one
 * Spark job, so the windows' sweeps fill the executors together instead of one window after another. Plug
 * it into {@link WalkForward#withWindowSweeper}; choosing the best point, the out-of-sample runs and the
 * equity chain stay on the driver, in {@link WalkForward} itself, so the result equals the local one.
 */
public final class SparkWalkForward implements WalkForward.WindowSweeper {

    private final SparkSweepRunner runner;
    private final DataRef data;
    private final StrategySource strategy;
    private final MetricObjective objective;

    public SparkWalkForward(SparkSweepRunner runner, DataRef data, StrategySource strategy, MetricObjective objective) {
        this.runner = Objects.requireNonNull(runner, "runner");
        this.data = Objects.requireNonNull(data, "data");
        this.strategy = Objects.requireNonNull(strategy, "strategy");
        this.objective = Objects.requireNonNull(objective, "objective");
    }

    @Override
    public List<SweepResult> sweep(List<WalkForward.Span> spans, ParamGrid grid) {
        List<int[]> s = new ArrayList<>();
        for (WalkForward.Span span : spans) s.add(new int[]{span.trainFrom(), span.trainTo()});
        return runner.runWindows(data, s, grid.points(), strategy, objective);
    }
}
