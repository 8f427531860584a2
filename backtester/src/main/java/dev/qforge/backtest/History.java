package dev.qforge.backtest;

import dev.qforge.data.BarSeries;
import dev.qforge.data.Instrument;
import dev.qforge.data.Timeframe;

import java.time.Instant;
import java.util.Arrays;

/**
 * The closed bars of one instrument up to the engine's now. Index 0 is the oldest bar, {@code size()-1}
 * the latest; reading an index at or beyond {@code size()} throws, which is what makes look-ahead
 * impossible: the rest of the data is in the array but not reachable. Only the engine (this package)
 * makes more bars visible or appends new ones.
 */
public final class History {

    private final Instrument instrument;
    private final Timeframe timeframe;
    /** The whole series for a backtest (read through its accessors, never copied), or null when growable. */
    private final BarSeries series;
    private long[] time;
    private double[] open, high, low, close, volume;
    private int size;
    private final boolean growable;

    /** A view over a whole series with no bar visible yet. */
    History(BarSeries series) {
        this.instrument = series.instrument();
        this.timeframe = series.timeframe();
        this.series = series;
        this.growable = false;
    }

    /** An empty history that grows as bars arrive (paper trading). */
    History(Instrument instrument, Timeframe timeframe) {
        this.instrument = instrument;
        this.timeframe = timeframe;
        this.series = null;
        this.time = new long[256];
        this.open = new double[256];
        this.high = new double[256];
        this.low = new double[256];
        this.close = new double[256];
        this.volume = new double[256];
        this.growable = true;
    }

    void advance() {
        size++;
    }

    /** Index of the next bar not yet visible; only for views over a whole series. */
    long nextTime() {
        return size < series.size() ? series.time(size) : Long.MAX_VALUE;
    }

    void append(long t, double o, double h, double l, double c, double v) {
        if (!growable) throw new IllegalStateException("history of " + instrument.symbol() + " is a fixed view");
        if (size > 0 && t <= time[size - 1]) {
            throw new IllegalArgumentException(instrument.symbol() + ": bar at " + Instant.ofEpochMilli(t)
                    + " does not follow the last one at " + Instant.ofEpochMilli(time[size - 1]));
        }
        if (size == time.length) {
            int cap = size * 2;
            time = Arrays.copyOf(time, cap);
            open = Arrays.copyOf(open, cap);
            high = Arrays.copyOf(high, cap);
            low = Arrays.copyOf(low, cap);
            close = Arrays.copyOf(close, cap);
            volume = Arrays.copyOf(volume, cap);
        }
        time[size] = t;
        open[size] = o;
        high[size] = h;
        low[size] = l;
        close[size] = c;
        volume[size] = v;
        size++;
    }

    public Instrument instrument() {
        return instrument;
    }

    public String symbol() {
        return instrument.symbol();
    }

    public Timeframe timeframe() {
        return timeframe;
    }

    /** Number of closed bars. */
    public int size() {
        return size;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    public long time(int i) {
        return series != null ? series.time(check(i)) : time[check(i)];
    }

    public double open(int i) {
        return series != null ? series.open(check(i)) : open[check(i)];
    }

    public double high(int i) {
        return series != null ? series.high(check(i)) : high[check(i)];
    }

    public double low(int i) {
        return series != null ? series.low(check(i)) : low[check(i)];
    }

    public double close(int i) {
        return series != null ? series.close(check(i)) : close[check(i)];
    }

    public double volume(int i) {
        return series != null ? series.volume(check(i)) : volume[check(i)];
    }

    /** Close of the latest bar; NaN before the first. */
    public double lastClose() {
        return size == 0 ? Double.NaN : close(size - 1);
    }

    /** Close {@code ago} bars back from the latest (0 = latest). */
    public double closeAgo(int ago) {
        return close(size - 1 - ago);
    }

    /** A copy of the visible bars as a series. */
    public BarSeries toSeries() {
        if (series != null) return series.slice(0, size);
        return BarSeries.of(instrument, timeframe, Arrays.copyOf(time, size), Arrays.copyOf(open, size),
                Arrays.copyOf(high, size), Arrays.copyOf(low, size), Arrays.copyOf(close, size), Arrays.copyOf(volume, size));
    }

    dev.qforge.data.Bar bar(int i) {
        return new dev.qforge.data.Bar(time(i), open(i), high(i), low(i), close(i), volume(i));
    }

    private int check(int i) {
        if (i < 0 || i >= size) {
            throw new IndexOutOfBoundsException(instrument.symbol() + ": bar " + i + " is not visible; "
                    + size + " bars have closed" + (size > 0 ? " (latest at " + Instant.ofEpochMilli(time(size - 1)) + ")" : ""));
        }
        return i;
    }
}
