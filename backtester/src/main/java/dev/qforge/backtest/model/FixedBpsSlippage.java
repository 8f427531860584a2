package dev.qforge.backtest.model;

import dev.qforge.backtest.order.Side;
import dev.qforge.data.Bar;

/** Pays {@code bps} basis points of the price on every execution: a buy at 100 with 5 bps pays 100.05. */
public record FixedBpsSlippage(double bps) implements SlippageModel {

    public FixedBpsSlippage {
        if (!(bps >= 0) || Double.isInfinite(bps)) throw new IllegalArgumentException("slippage bps must be >= 0, got " + bps);
    }

    @Override
    public double apply(Side side, double price, double quantity, Bar bar) {
        return price * (1 + side.sign() * bps / 10_000.0);
    }
}
