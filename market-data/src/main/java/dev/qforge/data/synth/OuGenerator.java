package dev.qforge.data.synth;

import static dev.qforge.data.synth.BarSynthesizer.requirePositive;
import static dev.qforge.data.synth.BarSynthesizer.requireNonNegative;

import dev.qforge.data.BarSeries;
import dev.qforge.data.Instrument;
import dev.qforge.data.Timeframe;
import java.time.LocalDate;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * A mean-reverting price: an Ornstein-Uhlenbeck process on the log price,
 * {@code dx = kappa (theta - x) dt + sigma dW} with {@code x = ln S} and {@code theta = ln meanPrice}.
 *
 * <p>{@code kappa} (speed of reversion) and {@code sigma} (volatility) are per year, with bar lengths from
 * {@link BarSchedule} (252 trading days a year on an exchange, 365 around the clock). The half-life of a
 * deviation is {@code ln 2 / kappa} years. The path is simulated exactly, not by an Euler step:
 * {@code x(t+dt) = theta + (x(t) - theta) e^(-kappa dt) + sigma sqrt((1 - e^(-2 kappa dt)) / (2 kappa)) Z}, so the
 * lag-1 autocorrelation of {@code x - theta} on equal bars is {@code e^(-kappa dt)} and the stationary
 * variance {@code sigma^2 / (2 kappa)}. High, low and volume are made as in {@link BarSynthesizer}, using the
 * bar's conditional variance for the Brownian-bridge extremes (reversion inside one bar is ignored there).
 */
public record OuGenerator(double meanPrice, double kappa, double sigma, double baseVolume) {

    public OuGenerator {
        requirePositive("OU mean price", meanPrice);
        requirePositive("OU speed of mean reversion kappa", kappa);
        requireNonNegative("OU volatility sigma", sigma);
        requirePositive("base volume", baseVolume);
    }

    /** Reverts towards {@code meanPrice} at speed {@code kappa} per year, with the default base volume. */
    public static OuGenerator of(double meanPrice, double kappa, double sigma) {
        return new OuGenerator(meanPrice, kappa, sigma, GbmGenerator.DEFAULT_BASE_VOLUME);
    }

    /** Reverts with a half-life of {@code halfLifeYears} (e.g. 10/252 for ten trading days): {@code kappa = ln 2 / halfLife}. */
    public static OuGenerator withHalfLife(double meanPrice, double halfLifeYears, double sigma) {
        requirePositive("OU half-life", halfLifeYears);
        return of(meanPrice, Math.log(2) / halfLifeYears, sigma);
    }

    public OuGenerator withBaseVolume(double volume) {
        return new OuGenerator(meanPrice, kappa, sigma, volume);
    }

    /** Half-life of a deviation from the mean, in years. */
    public double halfLifeYears() {
        return Math.log(2) / kappa;
    }

    /** Standard deviation of the log price around {@code ln meanPrice} once stationary: {@code sigma / sqrt(2 kappa)}. */
    public double stationaryStdDev() {
        return sigma / Math.sqrt(2 * kappa);
    }

    /**
     * {@code bars} bars of {@code instrument} from the first trading day on or after {@code start}, the first
     * opening at {@code startPrice} (pass {@code meanPrice} to start at the mean).
     */
    public BarSeries generate(Instrument instrument, Timeframe timeframe, LocalDate start, int bars,
                              double startPrice, long seed) {
        requirePositive("start price", startPrice);
        BarSchedule schedule = BarSchedule.of(Objects.requireNonNull(instrument, "instrument"), timeframe, start, bars);
        SplittableRandom root = new SplittableRandom(seed);
        SplittableRandom path = root.split();
        SplittableRandom intraBar = root.split();
        double theta = Math.log(meanPrice);
        double[] logCloses = new double[bars];
        double[] variance = new double[bars];
        double x = Math.log(startPrice);
        for (int i = 0; i < bars; i++) {
            double decay = Math.exp(-kappa * schedule.yearFraction(i));
            variance[i] = sigma * sigma * (1 - decay * decay) / (2 * kappa);
            x = theta + (x - theta) * decay + Math.sqrt(variance[i]) * path.nextGaussian();
            logCloses[i] = x;
        }
        return BarSynthesizer.build(instrument, timeframe, schedule.closeTimes(), startPrice, logCloses, variance,
                baseVolume, intraBar);
    }
}
