package dev.qforge.bench;

import dev.qforge.backtest.model.Lots;
import dev.qforge.data.AssetClass;
import dev.qforge.data.BarSeries;
import dev.qforge.data.Instrument;
import dev.qforge.data.Timeframe;
import dev.qforge.data.synth.GbmGenerator;
import dev.qforge.data.synth.SyntheticUniverse;
import dev.qforge.data.synth.UniverseGenerator;
import dev.qforge.data.synth.UniverseSpec;
import java.time.LocalDate;

/** The synthetic data of the backtest benchmarks; generated outside every timing, the same for a given size and seed. */
public final class BenchData {

    /** Tick of the single-instrument series: 2^-16, so prices, running sums of them and 10-share notionals are exact doubles. */
    public static final double BINARY_TICK = 1.0 / 65536;

    public static final long SEED = 42;

    private BenchData() {
    }

    /**
     * {@code bars} one-minute GBM bars (drift 5%, volatility 30% a year, start price 100) of a US-equity-like
     * instrument {@code SYN} whose tick is {@link #BINARY_TICK}, from 2000-01-03 on the NYSE calendar, every price
     * rounded to that tick. On such a grid qforge's venue (which rounds fills to the tick), ta4j (which trades at the
     * raw close) and the bare loop see the same prices, and every SMA is computed bit-identically however the additions
     * are ordered, so exact SMA ties are judged alike by all three.
     */
    public static BarSeries minuteSeries(int bars, long seed) {
        Instrument syn = new Instrument("SYN", AssetClass.EQUITY, "USD", Instrument.NEW_YORK, BINARY_TICK, 1, 1);
        BarSeries raw = GbmGenerator.of(0.05, 0.3).generate(syn, Timeframe.M1, LocalDate.of(2000, 1, 3), bars, 100, seed);
        BarSeries.Builder b = BarSeries.builder(syn, Timeframe.M1);
        for (int i = 0; i < raw.size(); i++) {
            b.add(raw.time(i), Lots.toTick(raw.open(i), BINARY_TICK), Lots.toTick(raw.high(i), BINARY_TICK),
                    Lots.toTick(raw.low(i), BINARY_TICK), Lots.toTick(raw.close(i), BINARY_TICK), raw.volume(i));
        }
        return b.build();
    }

    /**
     * A daily universe of {@code instruments} US equities (one-cent ticks) over {@code days} NYSE trading days from
     * 2015-01-02 with a planted factor (field {@value SyntheticUniverse#FACTOR_FIELD} of its panel) of daily Pearson IC
     * 0.05.
     */
    public static SyntheticUniverse universe(int instruments, int days, long seed) {
        return UniverseGenerator.generate(UniverseSpec.of(instruments, days, 0.05), seed);
    }
}
