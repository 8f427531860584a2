package dev.qforge.backtest.model;

/**
 * What the account may do. {@code maxLeverage} bounds gross exposure (the sum of |position value|) by
 * that multiple of equity after every fill: with 1 and no shorts an account cannot spend more cash than
 * it has. {@code allowShort} permits selling more than is held. {@code borrowRate} is the annual rate
 * charged on the market value of short positions, accrued continuously in calendar time (365-day year)
 * between bar closes and debited from cash.
 */
public record AccountRules(double maxLeverage, boolean allowShort, double borrowRate) {

    public AccountRules {
        if (!(maxLeverage > 0)) throw new IllegalArgumentException("max leverage must be > 0, got " + maxLeverage);
        if (!(borrowRate >= 0) || Double.isInfinite(borrowRate)) throw new IllegalArgumentException("borrow rate must be >= 0, got " + borrowRate);
    }

    /** Long and short up to 1x equity, no borrow cost. */
    public static AccountRules defaults() {
        return new AccountRules(1, true, 0);
    }

    /** Cash account: no shorts, no leverage. */
    public static AccountRules cashOnly() {
        return new AccountRules(1, false, 0);
    }
}
