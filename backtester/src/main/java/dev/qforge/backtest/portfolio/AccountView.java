package dev.qforge.backtest.portfolio;

/** What a venue may read of the account to check buying power: a read-only view, indexed by instrument. */
public interface AccountView {

    double cash();

    double equity();

    double grossExposure();

    double quantity(int instrument);

    /** Last marked price of an instrument, NaN before its first bar. */
    double lastPrice(int instrument);
}
