package dev.qforge.backtest.order;

/**
 * How an order becomes executable. A stop order becomes a market order once the stop price trades;
 * a stop-limit order becomes a limit order at its limit price once the stop price trades. A
 * market-on-close order executes at the close of the bar the strategy last saw, whatever the fill
 * timing: it models an order placed before the closing auction (exchanges take them until shortly
 * before the close), so a strategy should base it only on what it knew before that bar closed, such as
 * the time of day (dual-thrust goes flat this way at every session close). What the volume cap leaves
 * of it is cancelled, as an auction would.
 */
public enum OrderType {
    MARKET, LIMIT, STOP, STOP_LIMIT, MARKET_ON_CLOSE;

    public boolean needsLimitPrice() {
        return this == LIMIT || this == STOP_LIMIT;
    }

    public boolean needsStopPrice() {
        return this == STOP || this == STOP_LIMIT;
    }
}
