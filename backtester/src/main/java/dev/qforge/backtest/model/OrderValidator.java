package dev.qforge.backtest.model;

import dev.qforge.backtest.order.OrderRequest;
import dev.qforge.backtest.order.OrderType;
import dev.qforge.backtest.order.Side;
import dev.qforge.data.Instrument;

import java.util.Locale;

/**
 * Checks an order ticket against its instrument, as an exchange would before accepting it: a positive,
 * finite quantity in whole lots, and the prices its type needs, positive and finite. Limit and stop
 * prices off the tick grid are rounded to the tick in the conservative direction (a buy limit down, a
 * sell limit up; a buy stop up, a sell stop down), so rounding never makes an order more aggressive.
 */
public final class OrderValidator {

    private OrderValidator() {
    }

    /** The reason the ticket cannot be accepted, or null when it can. */
    public static String problem(OrderRequest r, Instrument instrument) {
        double q = r.quantity();
        if (!Double.isFinite(q) || q <= 0) return "quantity must be a positive number, got " + fmt(q);
        if (!Lots.isWholeLots(q, instrument.lotSize())) {
            return "quantity " + fmt(q) + " is not a whole number of lots of " + fmt(instrument.lotSize()) + " " + r.symbol();
        }
        if (r.type().needsLimitPrice() && !(r.limitPrice() > 0 && Double.isFinite(r.limitPrice()))) {
            return r.type() + " order needs a positive limit price, got " + fmt(r.limitPrice());
        }
        if (r.type().needsStopPrice() && !(r.stopPrice() > 0 && Double.isFinite(r.stopPrice()))) {
            return r.type() + " order needs a positive stop price, got " + fmt(r.stopPrice());
        }
        return null;
    }

    /** The ticket with its prices on the tick grid (see the class comment for the rounding direction). */
    public static OrderRequest normalize(OrderRequest r, Instrument instrument) {
        double tick = instrument.tickSize();
        boolean buy = r.side() == Side.BUY;
        double limit = r.type().needsLimitPrice() ? Lots.toTick(r.limitPrice(), tick, buy) : Double.NaN;
        double stop = r.type().needsStopPrice() ? Lots.toTick(r.stopPrice(), tick, !buy) : Double.NaN;
        if (r.type() == OrderType.MARKET && Double.isNaN(r.limitPrice()) && Double.isNaN(r.stopPrice())) return r;
        return r.withPrices(limit, stop);
    }

    static String fmt(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return String.format(Locale.ROOT, "%d", (long) v);
        return String.format(Locale.ROOT, "%s", v);
    }
}
