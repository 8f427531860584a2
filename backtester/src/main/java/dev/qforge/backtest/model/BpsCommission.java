package dev.qforge.backtest.model;

import dev.qforge.backtest.order.Side;

/**
 * Basis points of the traded value, with separate buy and sell rates (Qlib's {@code open_cost} and
 * {@code close_cost}) and a minimum per order ({@code min_cost}). An order that has executed nothing
 * costs nothing.
 */
public record BpsCommission(double buyBps, double sellBps, double minimum) implements CommissionModel {

    public BpsCommission {
        if (!(buyBps >= 0) || !(sellBps >= 0) || !(minimum >= 0)) {
            throw new IllegalArgumentException("commission rates and minimum must be >= 0, got buy " + buyBps
                    + " bps, sell " + sellBps + " bps, minimum " + minimum);
        }
    }

    @Override
    public double total(Side side, double quantity, double notional) {
        if (quantity == 0) return 0;
        double rate = (side == Side.BUY ? buyBps : sellBps) / 10_000.0;
        return Math.max(Math.abs(notional) * rate, minimum);
    }
}
