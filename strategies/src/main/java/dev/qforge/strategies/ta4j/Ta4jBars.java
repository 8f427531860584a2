package dev.qforge.strategies.ta4j;

import dev.qforge.backtest.History;
import org.ta4j.core.BarSeries;
import org.ta4j.core.BaseBarSeriesBuilder;
import org.ta4j.core.num.DoubleNumFactory;
import org.ta4j.core.num.NumFactory;

import java.time.Duration;
import java.time.Instant;

/**
 * Copies qforge bars into ta4j bar series. A ta4j bar gets the qforge bar's close time as its end time, the
 * timeframe's nominal length as its period (so a daily bar "begins" 24 hours before its close), and the five
 * prices as numbers of the series' {@link NumFactory} (with {@link DoubleNumFactory} the very same doubles).
 */
public final class Ta4jBars {

    private Ta4jBars() {
    }

    /** An empty ta4j series of doubles, named after the symbol. */
    public static BarSeries emptySeries(String name, NumFactory numbers) {
        return new BaseBarSeriesBuilder().withName(name).withNumFactory(numbers == null ? DoubleNumFactory.getInstance() : numbers).build();
    }

    /** A ta4j copy of a whole qforge series. */
    public static BarSeries of(dev.qforge.data.BarSeries s, NumFactory numbers) {
        BarSeries out = emptySeries(s.symbol(), numbers);
        Duration period = s.timeframe().duration();
        for (int i = 0; i < s.size(); i++) {
            add(out, period, s.time(i), s.open(i), s.high(i), s.low(i), s.close(i), s.volume(i));
        }
        return out;
    }

    /** Appends the history's bars {@code [from, to)} to a ta4j series. */
    public static void append(BarSeries target, History h, int from, int to) {
        Duration period = h.timeframe().duration();
        for (int i = from; i < to; i++) add(target, period, h.time(i), h.open(i), h.high(i), h.low(i), h.close(i), h.volume(i));
    }

    static void add(BarSeries target, Duration period, long closeMillis, double o, double h, double l, double c, double v) {
        Instant end = Instant.ofEpochMilli(closeMillis);
        target.barBuilder().timePeriod(period).beginTime(end.minus(period)).endTime(end)
                .openPrice(o).highPrice(h).lowPrice(l).closePrice(c).volume(v).add();
    }
}
