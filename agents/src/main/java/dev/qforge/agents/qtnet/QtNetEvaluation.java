package dev.qforge.agents.qtnet;

import dev.qforge.agents.env.EnvConfig;
import dev.qforge.agents.env.TradingData;
import dev.qforge.backtest.BacktestConfig;
import dev.qforge.backtest.BacktestEngine;
import dev.qforge.backtest.BacktestResult;
import dev.qforge.backtest.Strategy;
import dev.qforge.backtest.metrics.PerformanceMetrics;
import dev.qforge.backtest.model.AccountRules;
import dev.qforge.backtest.model.BarPath;
import dev.qforge.backtest.model.BpsCommission;
import dev.qforge.backtest.model.ExecutionModel;
import dev.qforge.backtest.model.FillTiming;
import dev.qforge.backtest.model.FixedBpsSlippage;
import dev.qforge.backtest.model.VolumeCap;
import dev.qforge.data.BarSeries;
import dev.qforge.strategies.rules.BuyAndHoldStrategy;
import dev.qforge.strategies.rules.DualThrustStrategy;
import dev.qforge.strategies.rules.Sizing;

import java.util.List;

/**
 * Evaluates policies through the backtester on a test period, with the environment's execution assumptions:
 * market orders fill at the signal bar's close, {@code slippageBps} fixed slippage, a proportional commission of
 * {@code feeRate} on both sides, shorts allowed, no borrow cost, gross exposure up to 1.05x equity (so the costs of a
 * full reversal at 1x do not get the order rejected). Every strategy of a comparison runs on the same bars with the
 * same config, so the metrics are directly comparable with any other backtest. The slippage and commission are
 * the models {@code FillModel} gives the environment (the venue rounds the slipped price to the tick, and so does
 * the environment), so an episode and the backtest of the same actions agree to rounding (1e-9 in the tests).
 */
public final class QtNetEvaluation {

    private QtNetEvaluation() {
    }

    public static BacktestConfig backtestConfig(EnvConfig env) {
        double bps = env.feeRate() * 1e4;
        ExecutionModel ex = new ExecutionModel(FillTiming.SIGNAL_CLOSE, BarPath.DIRECTIONAL,
                new FixedBpsSlippage(env.slippageBps()), new BpsCommission(bps, bps, 0), VolumeCap.NONE);
        return new BacktestConfig(100_000, ex, new AccountRules(1.05, true, 0));
    }

    /** Backtests a strategy on {@code bars} (the test period). */
    public static BacktestResult run(Strategy strategy, BarSeries bars, EnvConfig env) {
        return new BacktestEngine(backtestConfig(env)).run(List.of(bars), strategy);
    }

    public static PerformanceMetrics metrics(BacktestResult r) {
        return r.metrics(null, r.defaultMetricsConfig());
    }

    /** The trained policy over the test bars; its features come from {@code full} (warm-up before the test period). */
    public static BacktestResult policy(QtNetAgent agent, BarSeries full, BarSeries test, EnvConfig env) {
        return run(new QtNetStrategy(agent, new TradingData(full, env), 1.0), test, env);
    }

    /**
     * Backtests a strategy over an {@link EvalWindow}: the warm-up bars are history only (no orders), the result
     * and its metrics cover the test period alone (see {@link PreRoll}).
     */
    public static BacktestResult run(Strategy strategy, EvalWindow w, EnvConfig env) {
        return PreRoll.testPart(run(new PreRoll(strategy, w.testStart()), w.bars(), env), w.testStart());
    }

    /** The trained policy on the test period of {@code w}; its features come from {@code full}. */
    public static BacktestResult policy(QtNetAgent agent, BarSeries full, EvalWindow w, EnvConfig env) {
        return run(new QtNetStrategy(agent, new TradingData(full, env), 1.0), w, env);
    }

    /** Buy-and-hold over the test period of {@code w} (bought at the first test bar's close). */
    public static BacktestResult buyAndHold(EvalWindow w, EnvConfig env) {
        return run(new BuyAndHoldStrategy(w.bars().symbol(), Sizing.fraction(1)), w, env);
    }

    /** Dual Thrust over the test period of {@code w}, its range warmed up on the sessions before it. */
    public static BacktestResult dualThrust(EvalWindow w, EnvConfig env) {
        return run(new DualThrustStrategy(w.bars().symbol(), env.dtSessions(), env.dtK1(), env.dtK2(), true, Sizing.fraction(1)), w, env);
    }

    public static BacktestResult buyAndHold(BarSeries test, EnvConfig env) {
        return run(new BuyAndHoldStrategy(test.symbol(), Sizing.fraction(1)), test, env);
    }

    /** Dual Thrust with shorts, the environment's parameters, all-in sizing, on {@code test} alone (no warm-up). */
    public static BacktestResult dualThrust(BarSeries test, EnvConfig env) {
        return run(new DualThrustStrategy(test.symbol(), env.dtSessions(), env.dtK1(), env.dtK2(), true, Sizing.fraction(1)), test, env);
    }
}
