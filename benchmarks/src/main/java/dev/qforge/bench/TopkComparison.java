package dev.qforge.bench;

import dev.qforge.backtest.BacktestConfig;
import dev.qforge.backtest.BacktestEngine;
import dev.qforge.backtest.BacktestResult;
import dev.qforge.backtest.model.ExecutionModel;
import dev.qforge.backtest.model.FillTiming;
import dev.qforge.backtest.order.Order;
import dev.qforge.backtest.order.OrderStatus;
import dev.qforge.data.BarSeries;
import dev.qforge.data.Panel;
import dev.qforge.data.synth.SyntheticUniverse;
import dev.qforge.strategies.StrategyInputs;
import dev.qforge.strategies.StrategyRegistry;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/**
 * Part 2 of {@code qforge bench backtest}: a daily TopK-Dropout backtest (topk 50, nDrop 5, rebalanced every day,
 * risk degree 0.95, fills at the signal bar's close, no costs) on a synthetic universe whose score is its planted
 * factor, run by qforge's engine with the built-in {@code topk-dropout} and by the bare loop {@link TopkDropoutLoop}
 * (the same selection and equal-weight bookkeeping on arrays; see it for what it leaves out). The close and score
 * matrices the loop reads are taken from the panel once, outside the timing.
 */
final class TopkComparison {

    static final int TOPK = 50, NDROP = 5;
    static final double RISK_DEGREE = 0.95, CASH = 10_000_000, TICK = 0.01;
    static final double AIM_SECONDS = 2;

    record Result(int instruments, int days, double dataSeconds, Runs qforge, Runs loop, int qforgeSteps, int qforgeFills,
                  double qforgeEquity, long notFilled, int loopSteps, int loopFills, double loopEquity) {

        boolean agrees() {
            return qforgeSteps == loopSteps && qforgeFills == loopFills && notFilled == 0
                    && Math.abs(qforgeEquity - loopEquity) <= 1e-9 * Math.abs(loopEquity);
        }
    }

    private TopkComparison() {
    }

    static Result run(int instruments, int days, int repetitions, int warmupRuns, double warmupSeconds) {
        long t0 = System.nanoTime();
        SyntheticUniverse u = BenchData.universe(instruments, days, BenchData.SEED);
        Panel panel = u.panel();
        List<BarSeries> data = u.series();
        double[] close = panel.matrix(BarSeries.Field.CLOSE.label()).clone();
        double[] score = panel.matrix(SyntheticUniverse.FACTOR_FIELD).clone();
        double dataSeconds = (System.nanoTime() - t0) / 1e9;

        StrategyRegistry registry = StrategyRegistry.builtIns();
        List<String> params = List.of("topk=" + TOPK, "nDrop=" + NDROP, "rebalance=1", "riskDegree=" + RISK_DEGREE,
                "scoreField=" + SyntheticUniverse.FACTOR_FIELD);
        StrategyInputs inputs = StrategyInputs.withScores(panel);
        BacktestEngine engine = new BacktestEngine(BacktestConfig.defaults().withCash(CASH)
                .withExecution(ExecutionModel.defaults().withTiming(FillTiming.SIGNAL_CLOSE)));
        Runs q = new Runs(repetitions, warmupRuns, warmupSeconds), l = new Runs(repetitions, warmupRuns, warmupSeconds);
        BacktestResult[] qr = {null};
        TopkDropoutLoop.Outcome[] lr = {null};
        Runs.interleave(new Runs[] {q, l},
                () -> qr[0] = q.time(() -> engine.run(data, registry.create("topk-dropout", params, inputs))),
                () -> lr[0] = l.time(() -> TopkDropoutLoop.run(close, score, instruments, TOPK, NDROP, RISK_DEGREE, CASH, TICK)));
        BacktestResult res = qr[0];
        long notFilled = res.orders().stream().map(Order::status).filter(s -> s != OrderStatus.FILLED).count();
        return new Result(instruments, panel.timeCount(), dataSeconds, q, l, res.steps(), res.fills().size(), res.finalEquity(),
                notFilled, lr[0].steps(), lr[0].fills(), lr[0].finalEquity());
    }

    static void print(Result r, PrintStream out) {
        out.printf(Locale.ROOT, "%n2. cross-section: topk-dropout (topk %d, nDrop %d, daily rebalancing, risk degree %.2f, signal-close fills, "
                        + "no costs, cash %,.0f) on %d instruments x %d trading days; score: the universe's planted factor "
                        + "(generated in %.2f s)%n", TOPK, NDROP, RISK_DEGREE, CASH, r.instruments(), r.days(), r.dataSeconds());
        out.printf(Locale.ROOT, "%-36s %10s %10s %7s %8s %9s %18s%n", "side", "wall s", "cold s", "warm-up", "steps", "fills",
                "final equity");
        out.printf(Locale.ROOT, "%-36s %10.4f %10.4f %7d %8d %9d %18.4f%n", "qforge engine + topk-dropout", r.qforge().median(),
                r.qforge().first(), r.qforge().warmupRuns(), r.qforgeSteps(), r.qforgeFills(), r.qforgeEquity());
        out.printf(Locale.ROOT, "%-36s %10.4f %10.4f %7d %8d %9d %18.4f%n", "bare loop (selection + bookkeeping)", r.loop().median(),
                r.loop().first(), r.loop().warmupRuns(), r.loopSteps(), r.loopFills(), r.loopEquity());
        out.printf(Locale.ROOT, "ratio (steps/s; above 1: qforge faster): qforge/bare-loop %.3f (qforge takes %.1fx the loop's time)%n",
                r.loop().median() / r.qforge().median(), r.qforge().median() / r.loop().median());
        out.println("   the loop omits orders, their checks and logs, the clock, history views, the daily score map and the equity curve");
        if (r.agrees()) {
            out.printf(Locale.ROOT, "agreement: same steps (%d), fills (%d) and final equity; every qforge order filled%n",
                    r.qforgeSteps(), r.qforgeFills());
        } else {
            out.printf(Locale.ROOT, "!!! DISAGREEMENT !!! qforge: %d steps, %d fills, equity %.6f, %d orders not filled; loop: %d steps, "
                            + "%d fills, equity %.6f%n", r.qforgeSteps(), r.qforgeFills(), r.qforgeEquity(), r.notFilled(),
                    r.loopSteps(), r.loopFills(), r.loopEquity());
        }
        out.printf(Locale.ROOT, "aim: qforge under %.0f s: %s (%.3f s)%n", AIM_SECONDS, SmaCrossComparison.met(r.qforge().median() < AIM_SECONDS),
                r.qforge().median());
    }
}
