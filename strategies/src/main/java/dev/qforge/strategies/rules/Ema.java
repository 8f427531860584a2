package dev.qforge.strategies.rules;

/**
 * Exponential moving average with ta4j 0.21's {@code EMAIndicator} conventions, fed one value per bar: smoothing
 * {@code k = 2 / (n + 1)} (or any {@code k} given), undefined (NaN) for the first {@code n} values, seeded with the
 * value at index {@code n}, then {@code ema = prev + (x - prev) * k}. A NaN input gives NaN and the next number
 * seeds the average again (so an EMA of a series that starts later, such as MACD, starts at its first value at
 * or after index {@code n}). Allocation-free.
 */
public final class Ema {

    private final int n;
    private final double k;
    private int count;
    private double value = Double.NaN;

    public Ema(int n) {
        this(n, 2.0 / (n + 1));
    }

    public Ema(int n, double k) {
        this.n = n;
        this.k = k;
    }

    /** Takes the next value (NaN for none) and returns the average after it (NaN while undefined). */
    public double update(double x) {
        int i = count++;
        if (i < n || Double.isNaN(x)) return value = Double.NaN;
        value = Double.isNaN(value) ? x : value + (x - value) * k;
        return value;
    }

    public double value() {
        return value;
    }
}
