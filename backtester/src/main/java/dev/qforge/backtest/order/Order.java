package dev.qforge.backtest.order;

/**
 * An immutable snapshot of an order's state. The venue that owns the order replaces the snapshot on
 * every change; strategies only ever see snapshots.
 *
 * @param id           venue-unique id, increasing in submission order
 * @param request      the (possibly replaced) ticket
 * @param submittedAt  epoch millis at which the strategy sent it
 * @param triggered    whether a stop or stop-limit order's stop price has traded
 * @param avgFillPrice volume-weighted fill price, NaN before the first fill
 * @param reason       why it was rejected, cancelled or expired; empty otherwise
 */
public record Order(long id, OrderRequest request, OrderStatus status, long submittedAt, long updatedAt,
                    double filledQuantity, double avgFillPrice, boolean triggered, String reason) {

    public static Order accepted(long id, OrderRequest request, long now) {
        return new Order(id, request, OrderStatus.ACCEPTED, now, now, 0, Double.NaN, false, "");
    }

    public static Order rejected(long id, OrderRequest request, long now, String reason) {
        return new Order(id, request, OrderStatus.REJECTED, now, now, 0, Double.NaN, false, reason);
    }

    public String symbol() {
        return request.symbol();
    }

    public Side side() {
        return request.side();
    }

    public double remainingQuantity() {
        return request.quantity() - filledQuantity;
    }

    public boolean isOpen() {
        return !status.isTerminal();
    }

    public Order withFill(double quantity, double price, long now) {
        double filled = filledQuantity + quantity;
        double avg = filledQuantity == 0 ? price : (avgFillPrice * filledQuantity + price * quantity) / filled;
        // a remainder below a millionth of a lot is rounding noise, not an open quantity
        OrderStatus s = request.quantity() - filled <= 1e-9 * Math.max(1, request.quantity())
                ? OrderStatus.FILLED : OrderStatus.PARTIALLY_FILLED;
        return new Order(id, request, s, submittedAt, now, filled, avg, triggered, reason);
    }

    public Order withTriggered(long now) {
        return new Order(id, request, status, submittedAt, now, filledQuantity, avgFillPrice, true, reason);
    }

    public Order withStatus(OrderStatus s, long now, String why) {
        return new Order(id, request, s, submittedAt, now, filledQuantity, avgFillPrice, triggered, why);
    }

    public Order withRequest(OrderRequest r, long now) {
        return new Order(id, r, status, submittedAt, now, filledQuantity, avgFillPrice, triggered, reason);
    }
}
