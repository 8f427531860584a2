package dev.qforge.backtest.order;

/**
 * How an order becomes executable. A stop order becomes a market order once the stop price trades;
 * a stop-limit order becomes a limit order at its limit price once the stop price trades.
 */
public enum OrderType {
    MARKET, LIMIT, STOP, STOP_LIMIT;

    public boolean needsLimitPrice() {
        return this == LIMIT || this == STOP_LIMIT;
    }

    public boolean needsStopPrice() {
        return this == STOP || this == STOP_LIMIT;
    }
}
