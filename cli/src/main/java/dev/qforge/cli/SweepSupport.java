package dev.qforge.cli;

import dev.qforge.backtest.Strategy;
import dev.qforge.backtest.run.RunSpec;
import dev.qforge.backtest.sweep.MetricObjective;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/** What {@code sweep} and {@code walkforward} share: the strategy factory over grid points and the progress bar. */
final class SweepSupport {

    private SweepSupport() {
    }

    /** Fresh strategies for grid points: the command's --param values overridden by the point's. */
    static Function<Map<String, Object>, Strategy> factory(StrategyResolver.Resolved resolved) {
        Map<String, String> base = resolved.spec().params();
        return point -> {
            Map<String, String> p = new LinkedHashMap<>(base);
            point.forEach((k, v) -> p.put(k, v.toString()));
            return resolved.factory().apply(p);
        };
    }

    /** Resolves the strategy with the first grid point, so unknown grid parameters fail before the sweep. */
    static StrategyResolver.Resolved resolve(RunSpec spec, Map<String, Object> firstPoint, BacktestData.Loaded data) {
        Map<String, String> p = new LinkedHashMap<>(spec.params());
        firstPoint.forEach((k, v) -> p.put(k, v.toString()));
        StrategyResolver.Resolved probe = StrategyResolver.resolve(spec.withParams(p), data.series());
        // keep the user's own base parameters (not the probe point's) as the sweep's base
        Map<String, String> base = new LinkedHashMap<>(spec.params());
        return new StrategyResolver.Resolved(spec.withParams(base).label(), spec.withParams(base), probe.factory());
    }

    /** Feeds the sweep's point-done callbacks (never concurrent) into a progress bar. */
    static dev.qforge.backtest.sweep.Progress progress(Progress bar) {
        return (done, total) -> bar.step(1, null);
    }

    static String fmt(MetricObjective objective, double score) {
        double v = objective.value(score);
        if (Double.isNaN(v)) return "-";
        return MetricsView.format(v, MetricsView.row(objective.metric()).kind());
    }

    static String params(Map<String, Object> p) {
        return dev.qforge.backtest.sweep.SweepRecords.params(p);
    }

    static void printElapsed(PrintWriter out, int points, long bars, double seconds, int threads) {
        out.printf(Locale.ROOT, "%d points x %,d bars in %.2f s on %d threads: %,.0f bar-evaluations/s%n",
                points, bars, seconds, threads, points * (double) bars / seconds);
    }
}
