package dev.qforge.backtest.model;

/**
 * What {@link OrderMatcher} decides for one order on one bar: whether a stop was triggered on this bar,
 * and the quantity (0 for none) and price (after slippage and tick rounding) executed.
 */
public record Execution(boolean triggered, double quantity, double price) {

    static final Execution NONE = new Execution(false, 0, Double.NaN);
    static final Execution TRIGGERED_ONLY = new Execution(true, 0, Double.NaN);

    public boolean filled() {
        return quantity > 0;
    }
}
