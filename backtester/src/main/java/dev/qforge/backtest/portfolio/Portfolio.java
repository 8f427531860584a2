package dev.qforge.backtest.portfolio;

import dev.qforge.data.Instrument;

import java.util.ArrayList;
import java.util.List;

/**
 * Cash and positions of one account, in one currency.
 *
 * <p>Accounting: a fill of signed quantity {@code q} at price {@code p} moves {@code q * p * multiplier}
 * plus the commission out of cash. A fill that adds to a position (or opens one) updates the average
 * entry price; one that reduces it realizes {@code (p - avg) * closed * multiplier} (sign-adjusted for
 * shorts) and keeps the average; one that goes through zero closes the old position and opens the rest
 * at {@code p}. Positions are marked at the last price given to {@link #mark}, and equity is always
 * {@code cash + sum(quantity * lastPrice * multiplier)}: it is computed from those terms, never carried.
 * Borrow cost on shorts is debited from cash by {@link #accrueBorrow}.
 */
public final class Portfolio implements AccountView {

    private final List<Instrument> instruments;
    private final double[] multiplier;
    private final double[] quantity;
    private final double[] avgPrice;
    private final double[] lastPrice;
    private final double[] realized;
    private final double initialCash;
    /** Instruments with a non-zero position, so that equity sums over holdings, not the whole universe. */
    private final java.util.BitSet held;
    private double cash;
    private double fees;
    private double borrowPaid;

    public Portfolio(List<Instrument> instruments, double initialCash) {
        if (!(initialCash > 0) || Double.isInfinite(initialCash)) {
            throw new IllegalArgumentException("initial cash must be positive, got " + initialCash);
        }
        this.instruments = List.copyOf(instruments);
        int n = instruments.size();
        this.multiplier = new double[n];
        for (int i = 0; i < n; i++) multiplier[i] = instruments.get(i).multiplier();
        this.quantity = new double[n];
        this.avgPrice = new double[n];
        this.lastPrice = new double[n];
        java.util.Arrays.fill(lastPrice, Double.NaN);
        this.realized = new double[n];
        this.held = new java.util.BitSet(n);
        this.initialCash = initialCash;
        this.cash = initialCash;
    }

    /** Books a fill; {@code signedQuantity} is positive for a buy. */
    public void apply(int i, double signedQuantity, double price, double commission) {
        double q = quantity[i];
        double m = multiplier[i];
        double after = q + signedQuantity;
        if (q == 0 || Math.signum(q) == Math.signum(signedQuantity)) {
            avgPrice[i] = (avgPrice[i] * Math.abs(q) + price * Math.abs(signedQuantity)) / Math.abs(after);
        } else {
            double closed = Math.min(Math.abs(q), Math.abs(signedQuantity));
            realized[i] += (price - avgPrice[i]) * closed * Math.signum(q) * m;
            if (after == 0 || Math.signum(after) != Math.signum(q)) avgPrice[i] = after == 0 ? 0 : price;
        }
        // a remainder that is floating-point noise of a lot closes the position
        quantity[i] = Math.abs(after) < 1e-9 * Math.max(1, Math.abs(q)) ? 0 : after;
        if (quantity[i] == 0) avgPrice[i] = 0;
        held.set(i, quantity[i] != 0);
        cash -= signedQuantity * price * m + commission;
        fees += commission;
        if (Double.isNaN(lastPrice[i])) lastPrice[i] = price;
    }

    /** Marks an instrument at a new price (a bar close). */
    public void mark(int i, double price) {
        lastPrice[i] = price;
    }

    /** Debits the borrow cost of short positions for {@code millis} of calendar time at an annual rate. */
    public void accrueBorrow(double annualRate, long millis) {
        if (annualRate <= 0 || millis <= 0) return;
        double years = millis / (365.0 * 86_400_000L);
        for (int i = held.nextSetBit(0); i >= 0; i = held.nextSetBit(i + 1)) {
            if (quantity[i] < 0 && !Double.isNaN(lastPrice[i])) {
                double cost = -quantity[i] * lastPrice[i] * multiplier[i] * annualRate * years;
                cash -= cost;
                borrowPaid += cost;
            }
        }
    }

    @Override
    public double cash() {
        return cash;
    }

    @Override
    public double equity() {
        double e = cash;
        for (int i = held.nextSetBit(0); i >= 0; i = held.nextSetBit(i + 1)) e += quantity[i] * lastPrice[i] * multiplier[i];
        return e;
    }

    /**
     * Writes equity and gross exposure at {@code k} of the given arrays in one pass over the holdings (the
     * engine records both at every step).
     */
    public void record(double[] equityOut, double[] grossOut, int k) {
        double e = cash, g = 0;
        for (int i = held.nextSetBit(0); i >= 0; i = held.nextSetBit(i + 1)) {
            double v = quantity[i] * lastPrice[i] * multiplier[i];
            e += v;
            g += Math.abs(v);
        }
        equityOut[k] = e;
        grossOut[k] = g;
    }

    @Override
    public double grossExposure() {
        double g = 0;
        for (int i = held.nextSetBit(0); i >= 0; i = held.nextSetBit(i + 1)) g += Math.abs(quantity[i] * lastPrice[i] * multiplier[i]);
        return g;
    }

    @Override
    public double quantity(int i) {
        return quantity[i];
    }

    @Override
    public double lastPrice(int i) {
        return lastPrice[i];
    }

    public double avgPrice(int i) {
        return avgPrice[i];
    }

    public double realizedPnl(int i) {
        return realized[i];
    }

    public double multiplier(int i) {
        return multiplier[i];
    }

    public double initialCash() {
        return initialCash;
    }

    /** Total commission paid. */
    public double fees() {
        return fees;
    }

    /** Total borrow cost paid on short positions. */
    public double borrowPaid() {
        return borrowPaid;
    }

    public Position position(int i) {
        double q = quantity[i];
        double last = lastPrice[i];
        double mv = q == 0 ? 0 : q * last * multiplier[i];
        double unrealized = q == 0 ? 0 : (last - avgPrice[i]) * q * multiplier[i];
        return new Position(instruments.get(i).symbol(), q, avgPrice[i], last, mv, unrealized, realized[i]);
    }

    public List<Position> positions() {
        List<Position> out = new ArrayList<>();
        for (int i = 0; i < quantity.length; i++) out.add(position(i));
        return out;
    }

    public int size() {
        return quantity.length;
    }
}
