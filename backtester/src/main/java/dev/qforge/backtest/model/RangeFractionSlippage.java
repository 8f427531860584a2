package dev.qforge.backtest.model;

import dev.qforge.backtest.order.Side;
import dev.qforge.data.Bar;

/**
 * Pays a fraction of the execution bar's high-low range: the bar's range stands in for the spread and
 * the noise of where inside it one really gets filled. A buy at 100 on a bar with range 2 and fraction
 * 0.1 pays 100.2.
 */
public record RangeFractionSlippage(double fraction) implements SlippageModel {

    public RangeFractionSlippage {
        if (!(fraction >= 0) || fraction > 1) throw new IllegalArgumentException("range fraction must be in [0, 1], got " + fraction);
    }

    @Override
    public double apply(Side side, double price, double quantity, Bar bar) {
        return price + side.sign() * fraction * (bar.high() - bar.low());
    }
}
