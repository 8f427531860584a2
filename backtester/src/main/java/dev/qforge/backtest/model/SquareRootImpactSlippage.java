package dev.qforge.backtest.model;

import dev.qforge.backtest.order.Side;
import dev.qforge.data.Bar;

/**
 * Square-root market impact: the price moves against the trader by {@code k * sigma * sqrt(q / V)} of the
 * price, where {@code q} is the executed quantity and {@code V} the execution bar's volume (the
 * "square-root law" of Almgren et al. and Torre's Barra model). {@code sigma} is the bar's own
 * Parkinson volatility {@code ln(high/low) / (2 sqrt(ln 2))}, so the model needs no history and stays a
 * pure function of the bar. A bar without volume (0 or NaN) gets no impact: the model cannot say how
 * much of the market the order took.
 */
public record SquareRootImpactSlippage(double k) implements SlippageModel {

    private static final double PARKINSON = 2 * Math.sqrt(Math.log(2));

    public SquareRootImpactSlippage {
        if (!(k >= 0) || Double.isInfinite(k)) throw new IllegalArgumentException("impact coefficient must be >= 0, got " + k);
    }

    @Override
    public double apply(Side side, double price, double quantity, Bar bar) {
        double v = bar.volume();
        if (!(v > 0) || !(bar.low() > 0)) return price;
        double sigma = Math.log(bar.high() / bar.low()) / PARKINSON;
        return price * (1 + side.sign() * k * sigma * Math.sqrt(quantity / v));
    }
}
