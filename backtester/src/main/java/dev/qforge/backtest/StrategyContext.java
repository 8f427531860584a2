package dev.qforge.backtest;

import dev.qforge.backtest.order.Order;
import dev.qforge.backtest.order.OrderRequest;
import dev.qforge.backtest.order.Side;
import dev.qforge.backtest.portfolio.Position;
import dev.qforge.data.Instrument;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Everything a strategy may see and do. History only reaches bars whose close is not after
 * {@link #now()}, so look-ahead is impossible by construction.
 */
public interface StrategyContext {

    /** Current time, epoch millis: the close time of the latest bars. */
    long now();

    default Instant time() {
        return Instant.ofEpochMilli(now());
    }

    List<Instrument> instruments();

    /** Index of a symbol in {@link #instruments()}; throws for a symbol not in this run. */
    int indexOf(String symbol);

    /** Closed bars of an instrument up to now. */
    History history(int instrument);

    default History history(String symbol) {
        return history(indexOf(symbol));
    }

    /** True when the instrument's latest bar closed at {@code now()}. */
    boolean updated(int instrument);

    // ---- portfolio

    double cash();

    double equity();

    /** Signed quantity held (negative when short). */
    double position(int instrument);

    default double position(String symbol) {
        return position(indexOf(symbol));
    }

    Position positionDetail(int instrument);

    // ---- orders

    /**
     * Sends an order; returns its id. Its fate (accepted, rejected with a reason, fills) reaches
     * {@link Strategy#onOrder} and {@link Strategy#onFill} after the current callback returns; a simulated
     * venue may already have filled it when {@code submit} returns (market orders at the signal bar's
     * close, market-on-close orders), so {@link #position} can change within the call.
     */
    long submit(OrderRequest request);

    default long buy(String symbol, double quantity) {
        return submit(OrderRequest.market(symbol, Side.BUY, quantity));
    }

    default long sell(String symbol, double quantity) {
        return submit(OrderRequest.market(symbol, Side.SELL, quantity));
    }

    boolean cancel(long orderId);

    boolean replace(long orderId, OrderRequest amended);

    /** Latest snapshot of an order this strategy sent, or null for an unknown id. */
    Order order(long orderId);

    List<Order> openOrders();

    /** Signed quantity that open orders of an instrument would still buy (+) or sell (-); no allocation. */
    double openQuantity(int instrument);

    /**
     * Sends a market order for the difference between the target and the current position plus what
     * open orders of the instrument will still buy or sell. The difference is rounded toward zero to whole
     * lots; returns the order id, or -1 when nothing needed sending.
     */
    long targetQuantity(String symbol, double target);

    /**
     * Targets a position worth {@code fraction} of equity (negative for short) at the last close,
     * rounded toward zero to whole lots.
     */
    long targetPercent(String symbol, double fraction);

    /**
     * Targets a whole book: each symbol's weight of equity at the last close, every instrument not in the
     * map to zero. Sells are sent before buys so that a simulated venue matching in submission order
     * frees cash first.
     */
    void targetWeights(Map<String, Double> weights);
}
