package dev.qforge.backtest.model;

/** Rounding of quantities to lots and prices to ticks. */
public final class Lots {

    /** Tolerance for quantities that are a whole number of lots up to floating-point noise. */
    private static final double EPS = 1e-9;

    private Lots() {
    }

    /**
     * Rounds a non-negative quantity down to a whole number of lots. Decimal lots such as 1e-8 (crypto) are
     * multiplied back through {@link #fromTicks}, so 2000 units stay exactly 2000.0 rather than becoming
     * 2000.0000000000002, which {@link #isWholeLots} would then refuse. The tolerance grows with the number of lots
     * as in {@link #isWholeLots}: 4.03411108 / 1e-8 is 403411107.99999994 in doubles, and an absolute 1e-9 let the
     * floor drop a satoshi, so closing a position left one lot behind.
     */
    public static double roundDown(double quantity, double lot) {
        double q = quantity / lot;
        double n = Math.floor(q + Math.max(EPS, Math.abs(q) * 1e-14));
        return lot == 1 ? n : fromTicks(n, lot);
    }

    /** {@code n} whole lots as a quantity, the double nearest the decimal for lots such as 1e-8. */
    public static double ofLots(long n, double lot) {
        return fromTicks(n, lot);
    }

    /** Rounds a signed quantity toward zero to a whole number of lots. */
    public static double roundTowardZero(double quantity, double lot) {
        return Math.signum(quantity) * roundDown(Math.abs(quantity), lot);
    }

    /** Rounds a price to the nearest tick. */
    public static double toTick(double price, double tick) {
        return fromTicks(Math.rint(price / tick), tick);
    }

    /**
     * {@code n} ticks as a price. For decimal ticks such as 0.01 it divides by the (integral) inverse, so
     * that 1234 ticks of 0.01 is exactly the double nearest 12.34, not 12.340000000000002.
     */
    static double fromTicks(double n, double tick) {
        double inv = 1 / tick;
        double rinv = Math.rint(inv);
        return tick < 1 && Math.abs(inv - rinv) < 1e-9 ? n / rinv : n * tick;
    }

    /** Rounds a price to a tick in the direction given: down when {@code down} is true, up otherwise. */
    public static double toTick(double price, double tick, boolean down) {
        double q = price / tick;
        double n = down ? Math.floor(q + EPS) : Math.ceil(q - EPS);
        return fromTicks(n, tick);
    }

    /**
     * Whether a quantity is a whole number of lots up to floating-point noise. The noise of {@code quantity / lot}
     * grows with the number of lots (2000 units of a 1e-8 lot are 2e11 lots, whose double carries about 3e-5
     * of rounding), so the tolerance is relative to it as well as absolute; it stays far below half a lot.
     */
    public static boolean isWholeLots(double quantity, double lot) {
        double n = quantity / lot;
        return Math.abs(n - Math.rint(n)) < Math.max(1e-7, Math.abs(n) * 1e-14);
    }
}
