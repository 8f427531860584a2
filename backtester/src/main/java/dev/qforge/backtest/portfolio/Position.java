package dev.qforge.backtest.portfolio;

/**
 * A snapshot of one position. {@code quantity} is signed (negative when short); {@code avgPrice} is the
 * average entry price of the open quantity; {@code realizedPnl} is the trading profit of everything
 * closed so far, before commissions (which the portfolio reports as fees); {@code unrealizedPnl} marks
 * the open quantity at {@code lastPrice}.
 */
public record Position(String symbol, double quantity, double avgPrice, double lastPrice, double marketValue,
                       double unrealizedPnl, double realizedPnl) {

    public boolean isFlat() {
        return quantity == 0;
    }
}
