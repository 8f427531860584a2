package dev.qforge.bench;

import dev.qforge.backtest.Strategy;
import dev.qforge.backtest.sweep.Objective;
import dev.qforge.backtest.sweep.ParamGrid;
import dev.qforge.backtest.sweep.SweepPoint;
import dev.qforge.backtest.sweep.SweepResult;
import dev.qforge.backtest.sweep.SweepRunner;
import dev.qforge.data.BarSeries;
import dev.qforge.strategies.StrategyRegistry;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Part 3 of {@code qforge bench backtest}: a parameter sweep of {@code sma-cross} (10 shares, signal-close fills, no
 * costs, objective total return) over one synthetic series, by {@link SweepRunner} on the given threads and on one
 * thread, against the bare loop {@link SmaCrossLoop} over the same points, one after the other. The points are the
 * first {@code points} of {@code fast=5..50:5 x slow=60..:20} (fast varying slowest; the slow axis has 10 values,
 * 60..240, or more when more than 100 points are asked for). Every point's fill count and PnL must equal the loop's.
 */
final class SweepComparison {

    static final double AIM_EVALUATIONS_PER_SECOND = 20e6;

    record Result(int bars, List<Map<String, Object>> points, String grid, int threads, Runs parallel, Runs single, Runs loop,
                  int ok, int agreeing, long fills) {

        double rate(Runs r) {
            return (double) points.size() * bars / r.median();
        }

        boolean agrees() {
            return ok == points.size() && agreeing == points.size();
        }
    }

    private SweepComparison() {
    }

    /** The grid of the sweep: fast=5..50:5 x slow=60..(60 + 20 (k-1)):20 with k = max(10, ceil(points / 10)) slow values. */
    static ParamGrid grid(int points) {
        int slowValues = Math.max(10, (points + 9) / 10);
        return ParamGrid.parse("fast=5..50:5", "slow=60.." + (60 + 20 * (slowValues - 1)) + ":20");
    }

    static Result run(int bars, int pointCount, int threads, int repetitions, int warmupRuns, double warmupSeconds) {
        if (pointCount < 1) throw new IllegalArgumentException("--sweep-points must be at least 1, got " + pointCount);
        BarSeries series = BenchData.minuteSeries(bars, BenchData.SEED + 1);
        double[] close = series.closes();
        ParamGrid grid = grid(pointCount);
        List<Map<String, Object>> points = List.copyOf(grid.points().subList(0, pointCount));
        StrategyRegistry registry = StrategyRegistry.builtIns();
        Function<Map<String, Object>, Strategy> factory = p -> registry.create("sma-cross",
                List.of("fast=" + p.get("fast"), "slow=" + p.get("slow"), "quantity=" + (int) SmaCrossComparison.SHARES));
        SweepRunner runner = new SweepRunner(SmaCrossComparison.config());
        List<BarSeries> data = List.of(series);
        Runs par = new Runs(repetitions, warmupRuns, warmupSeconds), one = new Runs(repetitions, warmupRuns, warmupSeconds), loop = new Runs(repetitions, warmupRuns, warmupSeconds);
        SweepResult[] held = {null};
        SmaCrossLoop.Outcome[][] loops = {null};
        Runs.interleave(new Runs[] {par, one, loop},
                () -> held[0] = par.time(() -> runner.withThreads(threads).run(data, points, factory, Objective.TOTAL_RETURN)),
                () -> one.time(() -> runner.withThreads(1).run(data, points, factory, Objective.TOTAL_RETURN)),
                () -> loops[0] = loop.time(() -> {
                    SmaCrossLoop.Outcome[] o = new SmaCrossLoop.Outcome[points.size()];
                    for (int i = 0; i < o.length; i++) {
                        Map<String, Object> p = points.get(i);
                        o[i] = SmaCrossLoop.run(close, (Integer) p.get("fast"), (Integer) p.get("slow"), SmaCrossComparison.SHARES,
                                SmaCrossComparison.CASH);
                    }
                    return o;
                }));
        SweepResult pr = held[0];
        SmaCrossLoop.Outcome[] lr = loops[0];
        int ok = 0, agreeing = 0;
        long fills = 0;
        for (SweepPoint p : pr.inGridOrder()) {
            if (!p.ok()) continue;
            ok++;
            fills += p.fills();
            SmaCrossLoop.Outcome o = lr[p.index()];
            double pnl = o.pnl(SmaCrossComparison.CASH);
            if (p.fills() == o.trades() && Math.abs(p.pnl() - pnl) <= 1e-6 * Math.max(1, Math.abs(pnl))) agreeing++;
        }
        String desc = points.size() == grid.size() ? grid.toString() : "first " + points.size() + " of " + grid;
        return new Result(bars, points, desc, threads, par, one, loop, ok, agreeing, fills);
    }

    static void print(Result r, PrintStream out) {
        out.printf(Locale.ROOT, "%n3. sweep: sma-cross over %d points (%s), %,d one-minute GBM bars each, objective total-return; "
                + "bar-evaluations = points x bars%n", r.points().size(), r.grid(), r.bars());
        out.printf(Locale.ROOT, "%-34s %14s %10s %10s %7s %10s %9s%n", "side", "bar-evals/s", "median s", "cold s", "warm-up",
                "points ok", "fills");
        String threads = r.threads() + (r.threads() == 1 ? " thread" : " threads");
        row(out, "qforge SweepRunner, " + threads, r, r.parallel(), r.ok(), r.fills());
        row(out, "qforge SweepRunner, 1 thread", r, r.single(), r.ok(), r.fills());
        row(out, "bare loop, sequential", r, r.loop(), r.points().size(), -1);
        out.printf(Locale.ROOT, "parallel speed-up (%s vs 1): %.2fx; ratios (above 1: qforge faster): qforge %s/bare-loop %.3f, "
                        + "qforge 1 thread/bare-loop %.3f%n", threads, r.single().median() / r.parallel().median(), threads,
                r.rate(r.parallel()) / r.rate(r.loop()), r.rate(r.single()) / r.rate(r.loop()));
        if (r.agrees()) {
            out.printf(Locale.ROOT, "agreement: every point's fills and PnL equal the loop's (%d of %d)%n", r.agreeing(), r.points().size());
        } else {
            out.printf(Locale.ROOT, "!!! DISAGREEMENT !!! only %d of %d points ran and equal the loop's fills and PnL (%d ran)%n",
                    r.agreeing(), r.points().size(), r.ok());
        }
        out.printf(Locale.ROOT, "aim (2-core machine): >= %,.0f bar-evaluations/s: %s (%,.0f on %s)%n", AIM_EVALUATIONS_PER_SECOND,
                SmaCrossComparison.met(r.rate(r.parallel()) >= AIM_EVALUATIONS_PER_SECOND), r.rate(r.parallel()), threads);
    }

    private static void row(PrintStream out, String name, Result r, Runs runs, int ok, long fills) {
        out.printf(Locale.ROOT, "%-34s %,14.0f %10.4f %10.4f %7d %10d %9s%n", name, r.rate(runs), runs.median(), runs.first(),
                runs.warmupRuns(), ok, fills < 0 ? "-" : Long.toString(fills));
    }
}
