package dev.qforge.paper;

import dev.qforge.backtest.Strategy;
import dev.qforge.backtest.StrategyContext;
import dev.qforge.backtest.order.Order;
import dev.qforge.backtest.order.OrderRequest;
import dev.qforge.backtest.order.Side;
import dev.qforge.backtest.order.TimeInForce;

/**
 * A test strategy that uses every kind of order the exchange takes, on a fixed schedule of bars: market,
 * market-on-close, limit, stop and stop-limit orders, day and GTC, cancels and replaces. Deterministic, so a backtest and a
 * paper run of it must agree fill by fill.
 */
final class BusyStrategy implements Strategy {

    private int bar;
    private long lastLimit = -1;

    @Override
    public void onBar(StrategyContext ctx) {
        bar++;
        for (int i = 0; i < ctx.instruments().size(); i++) {
            if (!ctx.updated(i)) continue;
            String s = ctx.instruments().get(i).symbol();
            double c = ctx.history(i).lastClose();
            switch (bar % 6) {
                case 1 -> ctx.submit(OrderRequest.market(s, Side.BUY, 30));
                case 2 -> lastLimit = ctx.submit(OrderRequest.limit(s, Side.SELL, 20, c * 1.01, TimeInForce.GTC));
                case 3 -> {
                    Order o = lastLimit < 0 ? null : ctx.order(lastLimit);
                    if (o != null && o.isOpen()) ctx.replace(lastLimit, o.request().withQuantity(10).withPrices(c * 1.005, Double.NaN));
                    ctx.submit(OrderRequest.stop(s, Side.SELL, 5, c * 0.99, TimeInForce.DAY));
                }
                case 4 -> {
                    ctx.submit(OrderRequest.stopLimit(s, Side.BUY, 7, c * 1.005, c * 1.02, TimeInForce.GTC));
                    if (lastLimit >= 0 && ctx.order(lastLimit) != null && ctx.order(lastLimit).isOpen()) ctx.cancel(lastLimit);
                }
                case 5 -> ctx.submit(OrderRequest.limit(s, Side.BUY, 12, c * 0.995, TimeInForce.DAY));
                default -> {
                    ctx.targetQuantity(s, 0);
                    ctx.submit(OrderRequest.marketOnClose(s, Side.BUY, 4)); // executes at this bar's close
                }
            }
        }
    }
}
