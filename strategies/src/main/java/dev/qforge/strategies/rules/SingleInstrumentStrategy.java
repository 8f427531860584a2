package dev.qforge.strategies.rules;

import dev.qforge.backtest.History;
import dev.qforge.backtest.Strategy;
import dev.qforge.backtest.StrategyContext;
import dev.qforge.backtest.order.Order;
import dev.qforge.backtest.order.OrderRequest;
import dev.qforge.backtest.order.Side;

/**
 * Base of the rule strategies that trade one instrument with market orders.
 *
 * <p>The instrument is the one named by {@code symbol}, or the run's first instrument when the symbol is empty.
 * On every time step at which that instrument has a new bar, {@link #update} is called once per bar not seen
 * yet (in order; in a backtest that is exactly one), then {@link #decide} once. Steps at which only other
 * instruments moved are ignored. The strategy remembers the id of the last order it sent until the order
 * reaches a final state ({@link #hasWorkingOrder}), so that rules can avoid sending a second entry while the
 * first waits for the next open. With fills at the signal bar's close the order is final when {@code submit}
 * returns, and the id is cleared when the venue's report arrives, before the next bar.
 */
public abstract class SingleInstrumentStrategy implements Strategy {

    private final String symbolParam;
    protected final Sizing sizing;
    private int index = -1;
    private String symbol;
    private int seen;
    private long working = -1;

    protected SingleInstrumentStrategy(String symbol, Sizing sizing) {
        this.symbolParam = symbol == null ? "" : symbol.trim();
        this.sizing = sizing;
    }

    @Override
    public final void onStart(StrategyContext ctx) {
        index = symbolParam.isEmpty() ? 0 : ctx.indexOf(symbolParam);
        symbol = ctx.instruments().get(index).symbol();
        seen = 0;
        working = -1;
        start(ctx, ctx.history(index));
    }

    @Override
    public final void onBar(StrategyContext ctx) {
        if (!ctx.updated(index)) return;
        History h = ctx.history(index);
        int n = h.size();
        while (seen < n) update(h, seen++);
        decide(ctx, h);
    }

    @Override
    public void onOrder(StrategyContext ctx, Order order) {
        if (order.id() == working && !order.isOpen()) working = -1;
    }

    /** Called once before the first bar; the history is still empty. */
    protected void start(StrategyContext ctx, History h) {
    }

    /** Takes bar {@code i} of the instrument into the strategy's state (indicators, session records). */
    protected abstract void update(History h, int i);

    /** Trades on the latest bar, {@code h.size() - 1}. */
    protected abstract void decide(StrategyContext ctx, History h);

    protected final String symbol() {
        return symbol;
    }

    protected final int instrumentIndex() {
        return index;
    }

    protected final boolean hasWorkingOrder() {
        return working >= 0;
    }

    /** Signed quantity held now. */
    protected final double position(StrategyContext ctx) {
        return ctx.position(index);
    }

    /** Buys {@link Sizing#units} when that is more than nothing. */
    protected final void enterLong(StrategyContext ctx, History h) {
        double q = sizing.units(ctx, h);
        if (q > 0) send(ctx, Side.BUY, q);
    }

    /** Sells the whole long position, if any. */
    protected final void exitLong(StrategyContext ctx) {
        double q = ctx.position(index);
        if (q > 0) send(ctx, Side.SELL, q);
    }

    /** Trades to a signed target quantity (0 for flat); sends nothing when already there. */
    protected final void target(StrategyContext ctx, double quantity) {
        double delta = quantity - ctx.position(index);
        if (delta > 0) send(ctx, Side.BUY, delta);
        else if (delta < 0) send(ctx, Side.SELL, -delta);
    }

    /** Cancels this strategy's working order, if any. */
    protected final void cancelWorking(StrategyContext ctx) {
        if (working >= 0) {
            ctx.cancel(working);
            working = -1;
        }
    }

    protected final void send(StrategyContext ctx, Side side, double quantity) {
        working = ctx.submit(OrderRequest.market(symbol, side, quantity));
    }
}
