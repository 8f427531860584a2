package dev.qforge.agents.qtnet;

import dev.qforge.backtest.BacktestResult;
import dev.qforge.backtest.Strategy;
import dev.qforge.backtest.StrategyContext;
import dev.qforge.backtest.order.Fill;
import dev.qforge.backtest.order.Order;

import java.util.Arrays;

/**
 * Runs a strategy over an {@link EvalWindow} with its warm-up as history only, and cuts the result to the test
 * period.
 *
 * <p>The wrapped strategy is started with the run but not called on any bar closing before {@code testStart};
 * at the first test bar it sees every warm-up bar in its {@code History} (the engine keeps them all), so a
 * strategy that catches up on unseen bars ({@code SingleInstrumentStrategy} does, as does {@link QtNetStrategy},
 * whose features are computed over the whole series) starts the test period with warm indicators and a flat
 * account. Since nothing is sent in the warm-up, the account at the test start is the initial cash; the cut
 * result keeps the steps, fills, orders and events from {@code testStart} on, so its metrics and trade counts are
 * the test period's alone.
 */
public final class PreRoll implements Strategy {

    private final Strategy inner;
    private final long testStart;

    public PreRoll(Strategy inner, long testStart) {
        this.inner = inner;
        this.testStart = testStart;
    }

    @Override
    public void onStart(StrategyContext ctx) {
        inner.onStart(ctx);
    }

    @Override
    public void onBar(StrategyContext ctx) {
        if (ctx.now() >= testStart) inner.onBar(ctx);
    }

    @Override
    public void onFill(StrategyContext ctx, Fill fill) {
        inner.onFill(ctx, fill);
    }

    @Override
    public void onOrder(StrategyContext ctx, Order order) {
        inner.onOrder(ctx, order);
    }

    @Override
    public void onEnd(StrategyContext ctx) {
        inner.onEnd(ctx);
    }

    /** The part of {@code full} (a run with a {@link PreRoll}) from {@code testStart} on. */
    public static BacktestResult testPart(BacktestResult full, long testStart) {
        int k = Arrays.binarySearch(full.time(), testStart);
        if (k < 0) k = -k - 1;
        for (int i = 0; i < k; i++) {
            if (full.equity()[i] != full.config().initialCash()) {
                throw new IllegalStateException("the account moved during the warm-up (equity " + full.equity()[i] + " at "
                        + java.time.Instant.ofEpochMilli(full.time()[i]) + "): was the strategy wrapped in a PreRoll?");
            }
        }
        for (Fill f : full.fills()) {
            if (f.time() < testStart) throw new IllegalStateException("a fill at " + java.time.Instant.ofEpochMilli(f.time()) + " is in the warm-up");
        }
        int n = full.steps();
        return new BacktestResult(full.instruments(), full.config(),
                Arrays.copyOfRange(full.time(), k, n), Arrays.copyOfRange(full.equity(), k, n),
                Arrays.copyOfRange(full.cash(), k, n), Arrays.copyOfRange(full.grossExposure(), k, n),
                full.fills(), full.orders(), full.events().stream().filter(e -> e.time() >= testStart).toList(),
                full.positions(), full.fees(), full.borrowCost());
    }
}
