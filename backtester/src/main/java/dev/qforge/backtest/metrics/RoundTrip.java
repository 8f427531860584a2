package dev.qforge.backtest.metrics;

import java.time.Duration;

/**
 * One closed trade: a quantity opened by one fill and closed by a later one, matched first in, first out.
 *
 * @param symbol     the instrument
 * @param direction  +1 for a long (bought, then sold), -1 for a short (sold, then bought back)
 * @param entryTime  time of the opening fill, epoch millis
 * @param exitTime   time of the closing fill, epoch millis
 * @param quantity   matched quantity, positive
 * @param entryPrice price paid or received on entry: the opening fill's price (each lot is one fill)
 * @param exitPrice  price of the closing fill
 * @param grossPnl   {@code direction * (exitPrice - entryPrice) * quantity * multiplier}
 * @param fees       the entry fill's and the exit fill's commissions, each attributed pro rata to the
 *                   matched share of its fill's quantity
 * @param netPnl     {@code grossPnl - fees}
 * @param returnPct  {@code netPnl / |entryPrice * quantity * multiplier|}, a fraction of the entry notional
 */
public record RoundTrip(String symbol, int direction, long entryTime, long exitTime, double quantity,
                        double entryPrice, double exitPrice, double grossPnl, double fees, double netPnl,
                        double returnPct) {

    /** Time the position was held, entry to exit. */
    public Duration holding() {
        return Duration.ofMillis(exitTime - entryTime);
    }

    public boolean isLong() {
        return direction > 0;
    }
}
