package dev.qforge.backtest.venue;

import dev.qforge.backtest.order.Fill;
import dev.qforge.backtest.order.Order;

/** Receives a venue's answers. A fill is always followed by the order snapshot that includes it. */
public interface VenueListener {

    void onFill(Fill fill);

    void onOrder(Order order);

    /** A request the venue refused without changing any order (a cancel or replace that could not apply). */
    default void onRequestRejected(long orderId, String reason) {
    }
}
