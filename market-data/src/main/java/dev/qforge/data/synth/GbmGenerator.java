package dev.qforge.data.synth;

import static dev.qforge.data.synth.BarSynthesizer.requireFinite;
import static dev.qforge.data.synth.BarSynthesizer.requireNonNegative;
import static dev.qforge.data.synth.BarSynthesizer.requirePositive;

import dev.qforge.data.BarSeries;
import dev.qforge.data.Instrument;
import dev.qforge.data.Timeframe;
import java.time.LocalDate;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Geometric Brownian motion bars for one instrument: {@code dS = mu S dt + sigma S dW}.
 *
 * <p>{@code mu} (drift) and {@code sigma} (volatility) are per year; a bar lasts {@code dt} years of trading
 * time as given by {@link BarSchedule} (1/252 for a daily equity bar, 1/365 for a daily crypto bar,
 * 1/(78 * 252) for a 5-minute equity bar). Closes are simulated exactly:
 * {@code ln S(t+dt) = ln S(t) + (mu - sigma^2/2) dt + sigma sqrt(dt) Z}, Z standard normal, so log returns
 * have mean {@code (mu - sigma^2/2) dt} and variance {@code sigma^2 dt}. Open, high, low and volume are made
 * as described in {@link BarSynthesizer}: open = previous close, high/low from the Brownian-bridge extreme
 * laws, volume log-normal around {@code baseVolume} and rising with the size of the move.
 *
 * <p>Deterministic: the same seed gives bit-identical bars on the same JDK (the path and the intra-bar
 * draws come from two streams split off one {@link SplittableRandom}).
 */
public record GbmGenerator(double mu, double sigma, double baseVolume) {

    public static final double DEFAULT_BASE_VOLUME = 1_000_000;

    public GbmGenerator {
        requireFinite("GBM drift mu", mu);
        requireNonNegative("GBM volatility sigma", sigma);
        requirePositive("base volume", baseVolume);
    }

    /** GBM with drift {@code mu} and volatility {@code sigma} per year and the default base volume. */
    public static GbmGenerator of(double mu, double sigma) {
        return new GbmGenerator(mu, sigma, DEFAULT_BASE_VOLUME);
    }

    public GbmGenerator withBaseVolume(double volume) {
        return new GbmGenerator(mu, sigma, volume);
    }

    /**
     * {@code bars} bars of {@code instrument} on its session calendar from the first trading day on or after
     * {@code start}; the first bar opens at {@code startPrice}.
     */
    public BarSeries generate(Instrument instrument, Timeframe timeframe, LocalDate start, int bars,
                              double startPrice, long seed) {
        requirePositive("start price", startPrice);
        BarSchedule schedule = BarSchedule.of(Objects.requireNonNull(instrument, "instrument"), timeframe, start, bars);
        SplittableRandom root = new SplittableRandom(seed);
        SplittableRandom path = root.split();
        SplittableRandom intraBar = root.split();
        double[] logCloses = new double[bars];
        double[] variance = new double[bars];
        double x = Math.log(startPrice);
        for (int i = 0; i < bars; i++) {
            double dt = schedule.yearFraction(i);
            variance[i] = sigma * sigma * dt;
            x += (mu - 0.5 * sigma * sigma) * dt + sigma * Math.sqrt(dt) * path.nextGaussian();
            logCloses[i] = x;
        }
        return BarSynthesizer.build(instrument, timeframe, schedule.closeTimes(), startPrice, logCloses, variance,
                baseVolume, intraBar);
    }
}
