package dev.qforge.backtest.venue;

import dev.qforge.backtest.order.OrderRequest;

/**
 * Where orders go: the backtest's {@link SimulatedVenue} or, in paper trading, a FIX session. A venue
 * answers through its {@link VenueListener}: every state change of an order as an immutable snapshot,
 * every execution as a fill. A simulated venue answers within the call; a remote one later. Strategies
 * never see a venue, only their context.
 */
public interface Venue {

    void setListener(VenueListener listener);

    /** Sends an order and returns its id; its acceptance or rejection (with a reason) reaches the listener. */
    long submit(OrderRequest request);

    /** Asks to cancel an open order; false when the venue knows no open order of that id. */
    boolean cancel(long orderId);

    /**
     * Asks to replace an open order's quantity and prices (symbol, side and type stay); false when there is
     * no such open order. A rejected replacement leaves the order as it was and says why to the listener.
     */
    boolean replace(long orderId, OrderRequest amended);
}
