package dev.qforge.strategies.rules;

/**
 * Wilder's Relative Strength Index (New Concepts in Technical Trading Systems, 1978), fed one close per bar.
 *
 * <p>With change {@code d = close[i] - close[i-1]}, gain {@code max(d, 0)} and loss {@code max(-d, 0)}: the first
 * average gain and loss are the simple means of the first {@code n} gains and losses (bars 1..n), each later
 * one is Wilder's smoothing {@code avg = (prev * (n - 1) + x) / n}; {@code RSI = 100 - 100 / (1 + avgGain / avgLoss)}.
 * The first value is at bar index {@code n}; before it the RSI is NaN. With no losses in the window the RSI is
 * 100 (or 50 when there were no gains either, a flat market). Allocation-free.
 */
public final class WilderRsi {

    private final int n;
    private int count;
    private double prev;
    private double avgGain;
    private double avgLoss;
    private double value = Double.NaN;

    public WilderRsi(int n) {
        if (n < 1) throw new IllegalArgumentException("RSI period must be >= 1, got " + n);
        this.n = n;
    }

    /** Takes the next close and returns the RSI after it (NaN for the first {@code n} closes). */
    public double update(double close) {
        int i = count++;
        double d = close - prev;
        prev = close;
        if (i == 0) return value;
        double gain = d > 0 ? d : 0;
        double loss = d < 0 ? -d : 0;
        if (i <= n) {
            avgGain += gain;
            avgLoss += loss;
            if (i < n) return value;
            avgGain /= n;
            avgLoss /= n;
        } else {
            avgGain = (avgGain * (n - 1) + gain) / n;
            avgLoss = (avgLoss * (n - 1) + loss) / n;
        }
        value = avgLoss == 0 ? (avgGain == 0 ? 50 : 100) : 100 - 100 / (1 + avgGain / avgLoss);
        return value;
    }

    public double value() {
        return value;
    }
}
