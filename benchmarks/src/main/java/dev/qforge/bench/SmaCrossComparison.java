package dev.qforge.bench;

import dev.qforge.backtest.BacktestConfig;
import dev.qforge.backtest.BacktestEngine;
import dev.qforge.backtest.BacktestResult;
import dev.qforge.backtest.model.ExecutionModel;
import dev.qforge.backtest.model.FillTiming;
import dev.qforge.data.BarSeries;
import dev.qforge.strategies.StrategyRegistry;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/**
 * Part 1 of {@code qforge bench backtest}: SMA(10/30) crossover, 10 shares, fills at the signal bar's close, no costs,
 * on one synthetic series, run by (a) qforge's engine with the built-in {@code sma-cross}, (b) ta4j's
 * {@code BarSeriesManager} ({@link Ta4jSmaCross}; its series is built once, outside the timing) and (c) the bare loop
 * {@link SmaCrossLoop} over a {@code double[]} of closes (copied out once, outside the timing). The three must book
 * the same number of trades, and qforge the same realized PnL as the loop.
 */
final class SmaCrossComparison {

    static final int FAST = 10, SLOW = 30;
    static final double SHARES = 10, CASH = 10_000_000;

    /** Aims on a 2-core machine. */
    static final double AIM_BARS_PER_SECOND = 10e6, AIM_VS_TA4J = 3;

    record Result(int bars, double dataSeconds, double ta4jBuildSeconds, Runs qforge, Runs ta4j, Runs loop,
                  int qforgeTrades, double qforgeRealized, int ta4jTrades, double ta4jRealized, int loopTrades, double loopRealized) {

        boolean tradesAgree() {
            return qforgeTrades == ta4jTrades && qforgeTrades == loopTrades;
        }

        boolean pnlAgrees() {
            return Math.abs(qforgeRealized - loopRealized) <= 1e-6 * Math.max(1, Math.abs(loopRealized));
        }

        boolean agrees() {
            return tradesAgree() && pnlAgrees();
        }

        double rate(Runs r) {
            return bars / r.median();
        }
    }

    private SmaCrossComparison() {
    }

    static BacktestConfig config() {
        return BacktestConfig.defaults().withCash(CASH).withExecution(ExecutionModel.defaults().withTiming(FillTiming.SIGNAL_CLOSE));
    }

    static Result run(int bars, int repetitions, int warmupRuns, double warmupSeconds) {
        long t0 = System.nanoTime();
        BarSeries series = BenchData.minuteSeries(bars, BenchData.SEED);
        double[] close = series.closes();
        double dataSeconds = (System.nanoTime() - t0) / 1e9;
        t0 = System.nanoTime();
        org.ta4j.core.BarSeries ta4jSeries = Ta4jSmaCross.series(series);
        double ta4jBuild = (System.nanoTime() - t0) / 1e9;

        StrategyRegistry registry = StrategyRegistry.builtIns();
        List<String> params = List.of("fast=" + FAST, "slow=" + SLOW, "quantity=" + (int) SHARES);
        BacktestEngine engine = new BacktestEngine(config());
        List<BarSeries> data = List.of(series);
        Runs q = new Runs(repetitions, warmupRuns, warmupSeconds), t = new Runs(repetitions, warmupRuns, warmupSeconds), l = new Runs(repetitions, warmupRuns, warmupSeconds);
        BacktestResult[] qr = {null};
        Ta4jSmaCross.Outcome[] tr = {null};
        SmaCrossLoop.Outcome[] lr = {null};
        Runs.interleave(new Runs[] {q, t, l},
                () -> qr[0] = q.time(() -> engine.run(data, registry.create("sma-cross", params))),
                () -> tr[0] = t.time(() -> Ta4jSmaCross.run(ta4jSeries, FAST, SLOW, SHARES)),
                () -> lr[0] = l.time(() -> SmaCrossLoop.run(close, FAST, SLOW, SHARES, CASH)));
        return new Result(bars, dataSeconds, ta4jBuild, q, t, l, qr[0].fills().size(), qr[0].positions().get(0).realizedPnl(),
                tr[0].trades(), tr[0].realizedPnl(), lr[0].trades(), lr[0].realizedPnl());
    }

    static void print(Result r, PrintStream out) {
        out.printf(Locale.ROOT, "%n1. single instrument: sma-cross %d/%d, %d shares, signal-close fills, no costs, on %,d one-minute GBM bars "
                + "(prices on a 2^-16 grid; generated in %.2f s)%n", FAST, SLOW, (int) SHARES, r.bars(), r.dataSeconds());
        out.printf(Locale.ROOT, "   ta4j's BarSeries (DoubleNum) is built once outside the timing (%.2f s); its indicators and strategy are "
                + "built inside each timed run; the loop reads a double[] of closes copied out once%n", r.ta4jBuildSeconds());
        out.printf(Locale.ROOT, "%-34s %14s %10s %10s %7s %8s %16s%n", "side", "bars/s", "median s", "cold s", "warm-up", "trades",
                "realized PnL");
        row(out, "qforge engine + sma-cross", r, r.qforge(), r.qforgeTrades(), r.qforgeRealized());
        row(out, "ta4j BarSeriesManager (DoubleNum)", r, r.ta4j(), r.ta4jTrades(), r.ta4jRealized());
        row(out, "bare array loop", r, r.loop(), r.loopTrades(), r.loopRealized());
        double vsTa4j = r.rate(r.qforge()) / r.rate(r.ta4j()), vsLoop = r.rate(r.qforge()) / r.rate(r.loop());
        out.printf(Locale.ROOT, "ratios (bars/s; above 1: qforge faster): qforge/ta4j %.2f, qforge/bare-loop %.3f%n", vsTa4j, vsLoop);
        if (r.agrees()) {
            out.printf(Locale.ROOT, "agreement: all three book %d trades; qforge's realized PnL equals the loop's (%.4f)%n",
                    r.qforgeTrades(), r.qforgeRealized());
        } else {
            out.println("!!! DISAGREEMENT !!! the implementations do not book the same trades:");
            out.printf(Locale.ROOT, "!!! trades: qforge %d, ta4j %d, bare loop %d%s%n", r.qforgeTrades(), r.ta4jTrades(), r.loopTrades(),
                    r.tradesAgree() ? " (same)" : " (DIFFERENT)");
            out.printf(Locale.ROOT, "!!! realized PnL: qforge %.6f, bare loop %.6f%s%n", r.qforgeRealized(), r.loopRealized(),
                    r.pnlAgrees() ? " (same)" : " (DIFFERENT)");
        }
        out.printf(Locale.ROOT, "aims (2-core machine): qforge >= %,.0f bars/s: %s (%,.0f); qforge >= %.0fx ta4j: %s (%.2fx)%n",
                AIM_BARS_PER_SECOND, met(r.rate(r.qforge()) >= AIM_BARS_PER_SECOND), r.rate(r.qforge()), AIM_VS_TA4J,
                met(vsTa4j >= AIM_VS_TA4J), vsTa4j);
    }

    private static void row(PrintStream out, String name, Result r, Runs runs, int trades, double pnl) {
        out.printf(Locale.ROOT, "%-34s %,14.0f %10.4f %10.4f %7d %8d %16.4f%n", name, r.rate(runs), runs.median(), runs.first(),
                runs.warmupRuns(), trades, pnl);
    }

    static String met(boolean ok) {
        return ok ? "met" : "MISSED";
    }
}
