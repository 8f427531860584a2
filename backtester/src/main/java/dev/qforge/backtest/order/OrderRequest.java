package dev.qforge.backtest.order;

import java.util.Objects;

/**
 * What a strategy asks for: an immutable order ticket. Quantities are positive; the side gives the
 * direction. Prices not used by the type are NaN. Validation of the numbers against the instrument
 * (tick, lot, positive quantity) is the venue's job, which rejects with a reason instead of throwing,
 * because a live venue answers the same way.
 */
public record OrderRequest(String symbol, Side side, double quantity, OrderType type, double limitPrice,
                           double stopPrice, TimeInForce timeInForce, String tag) {

    public OrderRequest {
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(timeInForce, "timeInForce");
        tag = tag == null ? "" : tag;
    }

    public static OrderRequest market(String symbol, Side side, double quantity) {
        return new OrderRequest(symbol, side, quantity, OrderType.MARKET, Double.NaN, Double.NaN, TimeInForce.GTC, "");
    }

    /** A market-on-close order (see {@link OrderType#MARKET_ON_CLOSE}). */
    public static OrderRequest marketOnClose(String symbol, Side side, double quantity) {
        return new OrderRequest(symbol, side, quantity, OrderType.MARKET_ON_CLOSE, Double.NaN, Double.NaN, TimeInForce.DAY, "");
    }

    public static OrderRequest limit(String symbol, Side side, double quantity, double limitPrice, TimeInForce tif) {
        return new OrderRequest(symbol, side, quantity, OrderType.LIMIT, limitPrice, Double.NaN, tif, "");
    }

    public static OrderRequest stop(String symbol, Side side, double quantity, double stopPrice, TimeInForce tif) {
        return new OrderRequest(symbol, side, quantity, OrderType.STOP, Double.NaN, stopPrice, tif, "");
    }

    public static OrderRequest stopLimit(String symbol, Side side, double quantity, double stopPrice, double limitPrice,
                                         TimeInForce tif) {
        return new OrderRequest(symbol, side, quantity, OrderType.STOP_LIMIT, limitPrice, stopPrice, tif, "");
    }

    public OrderRequest withTag(String newTag) {
        return new OrderRequest(symbol, side, quantity, type, limitPrice, stopPrice, timeInForce, newTag);
    }

    public OrderRequest withQuantity(double q) {
        return new OrderRequest(symbol, side, q, type, limitPrice, stopPrice, timeInForce, tag);
    }

    public OrderRequest withPrices(double limit, double stop) {
        return new OrderRequest(symbol, side, quantity, type, limit, stop, timeInForce, tag);
    }
}
