package dev.qforge.backtest.order;

/** One line of the order log: a state change of an order at a time, with the reason where there is one. */
public record OrderEvent(long time, long orderId, String symbol, OrderStatus status, double filledQuantity,
                         String reason) {

    public static OrderEvent of(Order o) {
        return new OrderEvent(o.updatedAt(), o.id(), o.symbol(), o.status(), o.filledQuantity(), o.reason());
    }
}
