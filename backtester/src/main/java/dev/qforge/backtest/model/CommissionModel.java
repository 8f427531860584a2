package dev.qforge.backtest.model;

import dev.qforge.backtest.order.Side;

/**
 * Commission for an order, as a function of everything executed on it so far. The venue charges each
 * fill the increase of this total, so a per-order minimum is charged once per order however many
 * partial fills it takes.
 */
@FunctionalInterface
public interface CommissionModel {

    /**
     * Total commission, in the instrument's currency, of an order on {@code side} that has executed
     * {@code quantity} for a traded value of {@code notional} (price x quantity x multiplier).
     */
    double total(Side side, double quantity, double notional);

    CommissionModel NONE = (side, quantity, notional) -> 0;

    /** Basis points of the traded value, the same for buys and sells, with a minimum per order. */
    static CommissionModel bps(double bps, double minimum) {
        return new BpsCommission(bps, bps, minimum);
    }

    /** Qlib's China A-share defaults: 5 bps to buy, 15 bps to sell (stamp duty), at least 5 per order. */
    static CommissionModel qlib() {
        return new BpsCommission(5, 15, 5);
    }
}
