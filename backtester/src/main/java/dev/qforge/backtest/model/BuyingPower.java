package dev.qforge.backtest.model;

import dev.qforge.backtest.order.Side;

/**
 * Leverage and short-selling checks. The rule is one inequality, checked after a fill as if it had
 * happened: gross exposure (sum of |position value|) at most {@code maxLeverage} times equity. With
 * leverage 1 and no shorts this says a long-only account cannot spend cash it does not have. Fills that
 * only reduce a position are always allowed: closing must never be blocked.
 */
public final class BuyingPower {

    private BuyingPower() {
    }

    /**
     * Whether buying ({@code sign = +1}) or selling {@code qty} at {@code price} keeps the account within
     * the rules.
     *
     * @param position   current signed quantity of the instrument
     * @param last       the price the position is marked at now
     * @param equity     account equity now
     * @param gross      account gross exposure now
     * @param commission commission this fill adds
     */
    public static boolean allows(AccountRules rules, double position, double last, double multiplier, double equity,
                                 double gross, int sign, double qty, double price, double commission) {
        double after = position + sign * qty;
        if (Math.abs(after) <= Math.abs(position) && Math.signum(after) * Math.signum(position) >= 0) return true;
        if (!rules.allowShort() && after < -1e-9) return false;
        double mark = Double.isNaN(last) ? price : last;
        double equityAfter = equity + position * (price - mark) * multiplier - commission;
        double grossAfter = gross - Math.abs(position * mark * multiplier) + Math.abs(after * price * multiplier);
        return equityAfter > 0 && grossAfter <= rules.maxLeverage() * equityAfter * (1 + 1e-12);
    }

    /** A sentence saying why {@link #allows} refused. */
    public static String refusal(AccountRules rules, double position, double equity, Side side, double qty,
                                 double price) {
        double after = position + side.sign() * qty;
        if (!rules.allowShort() && after < -1e-9) {
            return "short selling not allowed: position " + OrderValidator.fmt(position) + ", order sells " + OrderValidator.fmt(qty);
        }
        return String.format(java.util.Locale.ROOT,
                "insufficient buying power: %s %s at %.4f would exceed %.2fx leverage of equity %.2f",
                side == Side.BUY ? "buying" : "selling", OrderValidator.fmt(qty), price, rules.maxLeverage(), equity);
    }
}
