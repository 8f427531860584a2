package dev.qforge.backtest.model;

import dev.qforge.backtest.order.Side;
import dev.qforge.data.Bar;

/**
 * Moves an execution price against the trader. Implementations return the price actually paid (buys) or
 * received (sells) for {@code quantity} when the reference price is {@code price} on {@code bar}. The
 * venue never lets slippage push a limit order past its limit.
 */
@FunctionalInterface
public interface SlippageModel {

    double apply(Side side, double price, double quantity, Bar bar);

    /** No slippage: orders execute at the reference price. */
    SlippageModel NONE = (side, price, quantity, bar) -> price;

    /** A fixed cost of {@code bps} basis points of the price. */
    static SlippageModel fixedBps(double bps) {
        return new FixedBpsSlippage(bps);
    }

    /** A fixed fraction of the execution bar's high-low range. */
    static SlippageModel rangeFraction(double fraction) {
        return new RangeFractionSlippage(fraction);
    }

    /** Square-root market impact {@code k * sigma * sqrt(quantity / volume)} of the price. */
    static SlippageModel squareRootImpact(double k) {
        return new SquareRootImpactSlippage(k);
    }
}
