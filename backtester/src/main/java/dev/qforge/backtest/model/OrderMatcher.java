package dev.qforge.backtest.model;

import dev.qforge.backtest.order.Order;
import dev.qforge.backtest.order.OrderType;
import dev.qforge.backtest.order.Side;
import dev.qforge.data.Bar;
import dev.qforge.data.Instrument;

/**
 * Decides what one working order executes on one bar: a pure function of the order, the bar, the
 * instrument and the {@link ExecutionModel}, shared by the backtest venue and the FIX paper exchange.
 *
 * <p>Assumptions, as LEAN's fill models state them: the market is fluid, so a limit order fills in full
 * (up to the volume cap) once the bar touches its limit, at the limit, or at the open when the bar
 * opens through it; a stop triggers when the bar touches its stop and then fills like a market order at
 * the stop, or at the open on a gap through it; a stop-limit becomes a limit order at the trigger point
 * and fills only if the rest of the bar's path (see {@link BarPath}) reaches the limit. Slippage then
 * moves the price against the trader, but never past a limit. Quantities are rounded down to lots and
 * prices to the nearest tick.
 */
public final class OrderMatcher {

    private OrderMatcher() {
    }

    /**
     * @param atClose      true when a market order executes at this bar's close ({@link FillTiming#SIGNAL_CLOSE}
     *                     on the bar it was sent on), false when it executes at the open
     * @param volumeLeft   how much of the bar's volume the cap still allows (infinity for no cap)
     */
    public static Execution match(Order order, Bar bar, Instrument instrument, ExecutionModel model, boolean atClose,
                                  double volumeLeft) {
        OrderType type = order.request().type();
        Side side = order.side();
        boolean triggered = order.triggered();
        boolean triggeredNow = false;
        // market orders need no path; limits and stops walk it
        boolean market = type == OrderType.MARKET || type == OrderType.MARKET_ON_CLOSE;
        double[] path = market ? null : model.path().waypoints(bar, side);
        int seg = 0;
        double at = atClose ? bar.close() : bar.open();
        double ref;
        if (type.needsStopPrice() && !triggered) {
            // a buy stop triggers on the way up, a sell stop on the way down
            double[] hit = touch(path, 0, at, order.request().stopPrice(), side == Side.BUY);
            if (hit == null) return Execution.NONE;
            triggeredNow = true;
            seg = (int) hit[0];
            at = hit[1];
        }
        if (market || type == OrderType.STOP) {
            ref = at;
        } else {
            // a buy limit fills at or below its limit: the price has to come down to it
            double[] hit = touch(path, seg, at, order.request().limitPrice(), side != Side.BUY);
            if (hit == null) return triggeredNow ? Execution.TRIGGERED_ONLY : Execution.NONE;
            ref = hit[1];
        }
        double qty = Lots.roundDown(Math.min(order.remainingQuantity(), volumeLeft), instrument.lotSize());
        if (!(qty > 0)) return triggeredNow ? Execution.TRIGGERED_ONLY : Execution.NONE;
        double price = model.slippage().apply(side, ref, qty, bar);
        if (type.needsLimitPrice()) {
            double limit = order.request().limitPrice();
            price = side == Side.BUY ? Math.min(price, limit) : Math.max(price, limit);
        }
        price = Lots.toTick(price, instrument.tickSize());
        return new Execution(triggeredNow, qty, price);
    }

    /**
     * Walks the bar's path from segment {@code seg} at price {@code start} and returns {segment, price}
     * where the price first reaches {@code level}: from below ({@code upward}) or from above. A start
     * already beyond the level returns the start itself (the order is marketable there: a gap).
     */
    static double[] touch(double[] path, int seg, double start, double level, boolean upward) {
        if (upward ? start >= level : start <= level) return new double[] {seg, start};
        for (int k = seg + 1; k < path.length; k++) {
            if (upward ? path[k] >= level : path[k] <= level) return new double[] {k - 1, level};
        }
        return null;
    }
}
