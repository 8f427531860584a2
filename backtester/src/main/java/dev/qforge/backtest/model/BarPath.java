package dev.qforge.backtest.model;

import dev.qforge.backtest.order.Side;
import dev.qforge.data.Bar;

/**
 * The assumed order in which a bar visited its prices, which decides whether and where limit and stop
 * orders execute inside a bar whose ticks we do not have.
 *
 * <ul>
 *   <li>{@code DIRECTIONAL} (default): a rising bar (close at or above open) went open, low, high, close;
 *       a falling bar went open, high, low, close. The usual assumption of bar backtesters: the extreme
 *       against the bar's direction came first.</li>
 *   <li>{@code WORST_CASE}: the path is chosen per order so that the adverse extreme comes first: for a
 *       buy the bar first went to its high, for a sell to its low. Stops trigger before the market comes
 *       back, and a stop-limit only fills if the market returns to its limit afterwards.</li>
 * </ul>
 */
public enum BarPath {
    DIRECTIONAL, WORST_CASE;

    /** The four waypoints open, first extreme, second extreme, close for an order on {@code side}. */
    public double[] waypoints(Bar bar, Side side) {
        boolean highFirst = switch (this) {
            case DIRECTIONAL -> bar.close() < bar.open();
            case WORST_CASE -> side == Side.BUY;
        };
        return highFirst
                ? new double[] {bar.open(), bar.high(), bar.low(), bar.close()}
                : new double[] {bar.open(), bar.low(), bar.high(), bar.close()};
    }

    public static BarPath parse(String s) {
        return switch (s.trim().toLowerCase(java.util.Locale.ROOT).replace('_', '-')) {
            case "directional", "ohlc" -> DIRECTIONAL;
            case "worst-case", "worst" -> WORST_CASE;
            default -> throw new IllegalArgumentException("unknown bar path '" + s + "': use directional or worst-case");
        };
    }
}
