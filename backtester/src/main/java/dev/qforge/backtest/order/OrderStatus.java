package dev.qforge.backtest.order;

/**
 * Life cycle of an order. Every order ends in one of the terminal states: {@code FILLED},
 * {@code CANCELLED} (possibly after partial fills: see {@link Order#filledQuantity()}),
 * {@code REJECTED} (with a reason) or {@code EXPIRED}.
 */
public enum OrderStatus {
    /** Accepted by the venue and working. */
    ACCEPTED,
    PARTIALLY_FILLED,
    FILLED,
    CANCELLED,
    REJECTED,
    EXPIRED;

    public boolean isTerminal() {
        return this == FILLED || this == CANCELLED || this == REJECTED || this == EXPIRED;
    }
}
