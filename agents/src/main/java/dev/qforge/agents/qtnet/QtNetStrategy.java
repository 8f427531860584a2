package dev.qforge.agents.qtnet;

import dev.qforge.agents.env.TradingData;
import dev.qforge.backtest.History;
import dev.qforge.backtest.Strategy;
import dev.qforge.backtest.StrategyContext;
import dev.qforge.backtest.order.OrderRequest;
import dev.qforge.backtest.order.Side;

/**
 * A trained QTNet policy as an ordinary {@link Strategy} on one instrument: after each bar's close it targets
 * {@code fraction} of equity long or short as the policy says, and on each session's last bar it sends a
 * market-on-close order for whatever it holds, so it is flat at every close (as {@code dual-thrust} does).
 *
 * <p>Orders: a change of side is sent as a market order closing the whole position, then one opening the new side
 * at {@code fraction} of equity at the last close (rounded down to whole lots), both filling at the signal close
 * with the evaluation config; nothing new is sent while an order of the instrument is working.
 *
 * <p>Modelling assumptions: the observation's market features are computed once over the series the strategy was
 * built for ({@link TradingData}); every bar's observation depends only on bars up to it (a test perturbs later bars
 * to prove it), and the strategy checks on every bar that the history it is shown is that series (same close time
 * and close), failing otherwise. The account features come from the policy's own session accounting (unit
 * position, the backtester's fill prices and fees through {@code FillModel}), which tracks the backtest's account up to lot rounding and the sizing
 * {@code fraction}. Run it with fills at the signal bar's close and the environment's costs to reproduce the
 * environment's returns.
 */
public final class QtNetStrategy implements Strategy {

    private final QtNetPolicy policy;
    private final String symbol;
    private final double fraction;

    public QtNetStrategy(QtNetAgent agent, TradingData data, double fraction) {
        if (!(fraction > 0 && fraction <= 1)) throw new IllegalArgumentException("fraction must be in (0, 1], got " + fraction);
        this.policy = new QtNetPolicy(agent, data);
        this.symbol = data.series().symbol();
        this.fraction = fraction;
    }

    @Override
    public void onStart(StrategyContext ctx) {
        ctx.indexOf(symbol); // fails for a run without the instrument
    }

    @Override
    public void onBar(StrategyContext ctx) {
        int k = ctx.indexOf(symbol);
        if (!ctx.updated(k)) return;
        History h = ctx.history(k);
        long t = h.time(h.size() - 1);
        TradingData data = policy.data();
        int bar = data.series().floorIndex(t);
        if (bar < 0 || data.series().time(bar) != t || data.series().close(bar) != h.lastClose()) {
            throw new IllegalStateException("the QTNet strategy was built for other data: no bar of " + symbol + " closing at "
                    + h.time(h.size() - 1) + " with close " + h.lastClose() + " in its series");
        }
        int pos = policy.positionAt(bar);
        double q = ctx.position(k);
        boolean last = bar == data.sessions().end(data.sessions().sessionOf(bar));
        if (last) {
            for (var o : ctx.openOrders()) ctx.cancel(o.id());
            if (q != 0) ctx.submit(OrderRequest.marketOnClose(symbol, q > 0 ? Side.SELL : Side.BUY, Math.abs(q)));
            return;
        }
        if (hasWorking(ctx)) return;
        if (q != 0 && Math.signum(q) != pos) {
            // close in full first: the position came from one fill, so its quantity is exact whole lots
            ctx.submit(OrderRequest.market(symbol, q > 0 ? Side.SELL : Side.BUY, Math.abs(q)));
            q = ctx.position(k);
        }
        if (pos != 0 && q == 0) {
            double units = units(fraction * ctx.equity() / h.lastClose(), ctx.instruments().get(k).lotSize());
            if (units > 0) ctx.submit(OrderRequest.market(symbol, pos > 0 ? Side.BUY : Side.SELL, units));
        }
    }

    private boolean hasWorking(StrategyContext ctx) {
        for (var o : ctx.openOrders()) if (o.symbol().equals(symbol)) return true;
        return false;
    }

    /**
     * Whole lots below {@code q}, as the double nearest to {@code n} lots: for decimal lots such as 1e-8 it divides
     * by the integral inverse, since {@code n * 1e-8} carries noise the venue's whole-lot check rejects for large n.
     */
    static double units(double q, double lot) {
        double n = Math.floor(q / lot + 1e-9);
        double inv = Math.rint(1 / lot);
        return lot < 1 && Math.abs(1 / lot - inv) < 1e-9 ? n / inv : n * lot;
    }
}
