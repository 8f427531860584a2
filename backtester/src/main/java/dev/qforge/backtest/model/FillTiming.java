package dev.qforge.backtest.model;

/**
 * Which price a market order executes at.
 *
 * <ul>
 *   <li>{@code NEXT_OPEN} (default): an order sent when bar {@code t} closes executes at the open of the
 *       next bar of that instrument, the first price that exists after the decision. Realistic for
 *       strategies that decide on a close.</li>
 *   <li>{@code SIGNAL_CLOSE}: executes at the close of the bar the strategy saw when it sent the order,
 *       as ta4j's {@code TradeOnCurrentCloseModel} does. Optimistic (the close is only known once it has
 *       printed) but useful to compare with tools that assume it.</li>
 * </ul>
 * Limit and stop orders always work from the next bar on.
 */
public enum FillTiming {
    NEXT_OPEN, SIGNAL_CLOSE;

    public static FillTiming parse(String s) {
        return switch (s.trim().toLowerCase(java.util.Locale.ROOT).replace('_', '-')) {
            case "open", "next-open" -> NEXT_OPEN;
            case "close", "signal-close" -> SIGNAL_CLOSE;
            default -> throw new IllegalArgumentException("unknown fill timing '" + s + "': use open (next bar's open) or close (signal bar's close)");
        };
    }
}
