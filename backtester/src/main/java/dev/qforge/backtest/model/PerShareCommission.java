package dev.qforge.backtest.model;

import dev.qforge.backtest.order.Side;

/**
 * A fixed amount per share (or contract), with a minimum per order, as US brokers charge (for example
 * 0.005 per share, at least 1.00). An order that has executed nothing costs nothing.
 */
public record PerShareCommission(double perShare, double minimum) implements CommissionModel {

    public PerShareCommission {
        if (!(perShare >= 0) || !(minimum >= 0)) {
            throw new IllegalArgumentException("per-share commission and minimum must be >= 0, got " + perShare + ", " + minimum);
        }
    }

    @Override
    public double total(Side side, double quantity, double notional) {
        if (quantity == 0) return 0;
        return Math.max(perShare * Math.abs(quantity), minimum);
    }
}
