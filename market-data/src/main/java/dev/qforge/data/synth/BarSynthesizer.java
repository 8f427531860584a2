package dev.qforge.data.synth;

import dev.qforge.data.BarSeries;
import dev.qforge.data.Instrument;
import dev.qforge.data.Timeframe;
import java.util.SplittableRandom;

/**
 * Turns a path of log closes into OHLCV bars; shared by every generator.
 *
 * <p>Open is the previous close (the first bar opens at the start price): there are no overnight gaps.
 * High and low are drawn from the exact marginal laws of the maximum and minimum of a Brownian bridge
 * from {@code a = ln open} to {@code b = ln close} with variance {@code v} over the bar:
 * {@code P(max > m) = exp(-2 (m - a)(m - b) / v)} for {@code m >= max(a, b)}, inverted as
 * {@code max = (a + b + sqrt((b - a)^2 - 2 v ln U)) / 2} with {@code U} uniform on (0, 1], and the mirror
 * image for the minimum. The two are drawn independently (their joint law is not modelled), and the result
 * is clamped so that {@code high >= max(open, close)} and {@code low <= min(open, close)} hold exactly in
 * floating point. Prices are {@code exp} of finite numbers, hence always positive; they are not rounded to
 * the tick size.
 *
 * <p>Volume is {@code base * L * (1/2 + |b - a| / (2 sqrt(v) sqrt(2/pi)))} with {@code L} log-normal of
 * mean 1 ({@code exp(0.5 Z - 0.125)}): positive, of mean about {@code base} when returns are
 * Gaussian with variance {@code v}, and larger on bars that move more (the volume-volatility
 * correlation of real markets). It is not rounded to lots.
 */
final class BarSynthesizer {

    private static final double MEAN_ABS_NORMAL = Math.sqrt(2 / Math.PI);

    private BarSynthesizer() {
    }

    /**
     * @param startPrice  open of the first bar
     * @param logCloses   ln close of every bar
     * @param barVariance variance of the log price over each bar (used for high, low and volume)
     * @param rng         source for high, low and volume only (the path is already drawn)
     */
    static BarSeries build(Instrument instrument, Timeframe timeframe, long[] times, double startPrice,
                           double[] logCloses, double[] barVariance, double baseVolume, SplittableRandom rng) {
        int n = logCloses.length;
        double[] open = new double[n], high = new double[n], low = new double[n], close = new double[n], volume = new double[n];
        double prevClose = startPrice;
        double a = Math.log(startPrice);
        double origin = a; // prices are startPrice * exp(x - origin): a flat path stays exactly at startPrice
        for (int i = 0; i < n; i++) {
            double b = logCloses[i];
            double v = barVariance[i];
            double o = prevClose;
            double c = startPrice * Math.exp(b - origin);
            if (!(c > 0) || Double.isInfinite(c)) {
                throw new IllegalStateException(instrument.symbol() + ": simulated price left the range of a double at bar " + i
                        + " (log move " + (b - origin) + "); use a smaller volatility, drift or bar count");
            }
            double d2 = (b - a) * (b - a);
            double up = Math.sqrt(d2 - 2 * v * Math.log(uniformOpenZero(rng)));
            double down = Math.sqrt(d2 - 2 * v * Math.log(uniformOpenZero(rng)));
            open[i] = o;
            close[i] = c;
            high[i] = Math.max(startPrice * Math.exp((a + b + up) / 2 - origin), Math.max(o, c));
            low[i] = Math.min(startPrice * Math.exp((a + b - down) / 2 - origin), Math.min(o, c));
            double move = v > 0 ? Math.abs(b - a) / (Math.sqrt(v) * MEAN_ABS_NORMAL) : 1;
            volume[i] = baseVolume * Math.exp(0.5 * rng.nextGaussian() - 0.125) * (0.5 + 0.5 * move);
            prevClose = c;
            a = b;
        }
        return BarSeries.of(instrument, timeframe, times, open, high, low, close, volume);
    }

    /** Uniform on (0, 1], so that its logarithm is finite. */
    private static double uniformOpenZero(SplittableRandom rng) {
        return 1.0 - rng.nextDouble();
    }

    /** Finite and positive, or an error naming the parameter. */
    static double requirePositive(String name, double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(name + " must be positive and finite, got " + value);
        }
        return value;
    }

    /** Finite and not negative, or an error naming the parameter. */
    static double requireNonNegative(String name, double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(name + " must be zero or positive and finite, got " + value);
        }
        return value;
    }

    static double requireFinite(String name, double value) {
        if (!Double.isFinite(value)) throw new IllegalArgumentException(name + " must be finite, got " + value);
        return value;
    }
}
