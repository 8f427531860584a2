package dev.qforge.backtest.order;

/**
 * How long an order stays working. A {@code DAY} order expires at the close of the first trading
 * session in which it could execute (for daily bars: the bar after the one it was sent on); a
 * {@code GTC} order works until filled or cancelled.
 */
public enum TimeInForce {
    DAY, GTC
}
