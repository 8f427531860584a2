package dev.qforge.backtest;

import dev.qforge.backtest.order.Fill;
import dev.qforge.backtest.order.Order;

/**
 * A trading strategy. It sees the world only through its {@link StrategyContext}: the clock, the bars
 * that have closed, its portfolio and its orders. The same object runs in a backtest and, unchanged,
 * against a FIX venue in paper trading.
 *
 * <p>{@link #onBar} is called once per time step, after every bar closing at {@code ctx.now()} has become
 * visible and after the step's fills have been booked; fills and order changes since the last step are
 * delivered first through {@link #onFill} and {@link #onOrder}. A strategy instance holds state for one
 * run: make a new one per run (sweeps do).
 */
public interface Strategy {

    default void onStart(StrategyContext ctx) {
    }

    void onBar(StrategyContext ctx);

    default void onFill(StrategyContext ctx, Fill fill) {
    }

    default void onOrder(StrategyContext ctx, Order order) {
    }

    default void onEnd(StrategyContext ctx) {
    }
}
