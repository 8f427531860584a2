package dev.qforge.backtest.order;

/**
 * One execution: {@code quantity} (positive) of {@code symbol} at {@code price} (after slippage), with
 * the commission charged for it in the instrument's currency. {@code time} is the epoch millis at which
 * the fill is booked: the close time of the bar whose price it used.
 */
public record Fill(long orderId, String symbol, Side side, double quantity, double price, double commission,
                   long time, String tag) {

    /** Signed quantity: positive for buys, negative for sells. */
    public double signedQuantity() {
        return side.sign() * quantity;
    }
}
