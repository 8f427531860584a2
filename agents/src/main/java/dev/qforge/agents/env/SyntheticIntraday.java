package dev.qforge.agents.env;

import dev.qforge.data.BarSeries;
import dev.qforge.data.Instrument;
import dev.qforge.data.Timeframe;
import dev.qforge.data.synth.BarSchedule;

import java.time.LocalDate;
import java.util.Random;

/**
 * Intraday bars with a planted, exploitable pattern, for learning tests and demos: one-bar log returns follow an
 * AR(1) process {@code r_t = φ · r_{t−1} + σ · ε_t} that restarts at each session open ({@code r = 0} before the
 * first bar), with zero drift, so that buy-and-hold earns nothing on average while following the last bar's
 * direction earns about {@code φ · E|r|} per bar. Bars follow the instrument's session calendar
 * ({@link BarSchedule}); open = previous close, high/low extend the open-close range by a half-normal
 * {@code σ/2}; prices are rounded to the instrument's tick (for ticks of the form 1/k). Deterministic for a seed.
 */
public final class SyntheticIntraday {

    private SyntheticIntraday() {
    }

    public static BarSeries momentum(Instrument instrument, Timeframe timeframe, LocalDate start, int bars, double phi,
                                     double sigma, long seed) {
        if (!(Math.abs(phi) < 1)) throw new IllegalArgumentException("phi must be in (-1, 1), got " + phi);
        if (!(sigma > 0)) throw new IllegalArgumentException("sigma must be > 0, got " + sigma);
        BarSchedule schedule = BarSchedule.of(instrument, timeframe, start, bars);
        Random rnd = new Random(seed);
        BarSeries.Builder b = BarSeries.builder(instrument, timeframe);
        double close = 100;
        double r = 0;
        java.time.LocalDate day = null;
        for (int i = 0; i < bars; i++) {
            long t = schedule.closeTime(i);
            java.time.LocalDate d = instrument.session().dateOf(t);
            if (!d.equals(day)) {
                day = d;
                r = 0;
            }
            r = phi * r + sigma * rnd.nextGaussian();
            double open = close;
            close = open * Math.exp(r);
            double high = Math.max(open, close) * (1 + Math.abs(rnd.nextGaussian()) * sigma / 2);
            double low = Math.min(open, close) * (1 - Math.abs(rnd.nextGaussian()) * sigma / 2);
            // prices on the instrument's tick grid, as a venue quotes them
            double tick = instrument.tickSize();
            close = Math.rint(close / tick) / Math.rint(1 / tick);
            b.add(t, open, Math.max(close, Math.rint(high / tick) / Math.rint(1 / tick)),
                    Math.min(close, Math.rint(low / tick) / Math.rint(1 / tick)), close, 1000 + rnd.nextInt(1000));
        }
        return b.build();
    }
}
