package dev.qforge.data;

import java.util.Arrays;
import java.util.Objects;

/**
 * An immutable, columnar series of bars of one instrument and timeframe.
 *
 * <p>Columns are primitive arrays: {@code time} holds bar <em>close</em> times in epoch milliseconds,
 * strictly increasing. A slice shares the parent's arrays (no copy); accessors take indices relative
 * to the slice. The arrays are never exposed for writing: {@link #closes()} and friends return copies,
 * while hot loops use the indexed accessors or {@link #copyColumn}.
 */
public final class BarSeries {

    private final Instrument instrument;
    private final Timeframe timeframe;
    private final long[] time;
    private final double[] open, high, low, close, volume;
    private final int offset;
    private final int length;

    private BarSeries(Instrument instrument, Timeframe timeframe, long[] time, double[] open, double[] high,
                      double[] low, double[] close, double[] volume, int offset, int length) {
        this.instrument = instrument;
        this.timeframe = timeframe;
        this.time = time;
        this.open = open;
        this.high = high;
        this.low = low;
        this.close = close;
        this.volume = volume;
        this.offset = offset;
        this.length = length;
    }

    /**
     * Builds a series from columns, which are copied. Times must be strictly increasing; values are not
     * otherwise checked here (that is the validator's job, which reports file, line and column).
     */
    public static BarSeries of(Instrument instrument, Timeframe timeframe, long[] time, double[] open, double[] high,
                               double[] low, double[] close, double[] volume) {
        Objects.requireNonNull(instrument, "instrument");
        Objects.requireNonNull(timeframe, "timeframe");
        int n = time.length;
        if (open.length != n || high.length != n || low.length != n || close.length != n || volume.length != n) {
            throw new IllegalArgumentException("column lengths differ for " + instrument.symbol());
        }
        for (int i = 1; i < n; i++) {
            if (time[i] <= time[i - 1]) {
                throw new IllegalArgumentException(instrument.symbol() + ": bar times must be strictly increasing, row "
                        + i + " (" + java.time.Instant.ofEpochMilli(time[i]) + ") follows " + java.time.Instant.ofEpochMilli(time[i - 1]));
            }
        }
        return new BarSeries(instrument, timeframe, time.clone(), open.clone(), high.clone(), low.clone(),
                close.clone(), volume.clone(), 0, n);
    }

    /** Like {@link #of} but takes ownership of freshly made arrays instead of copying them. */
    static BarSeries ofOwned(Instrument instrument, Timeframe timeframe, long[] time, double[] open, double[] high,
                             double[] low, double[] close, double[] volume) {
        Objects.requireNonNull(instrument, "instrument");
        Objects.requireNonNull(timeframe, "timeframe");
        for (int i = 1; i < time.length; i++) {
            if (time[i] <= time[i - 1]) {
                return of(instrument, timeframe, time, open, high, low, close, volume); // reports the offending row
            }
        }
        if (open.length != time.length || high.length != time.length || low.length != time.length
                || close.length != time.length || volume.length != time.length) {
            throw new IllegalArgumentException("column lengths differ for " + instrument.symbol());
        }
        return new BarSeries(instrument, timeframe, time, open, high, low, close, volume, 0, time.length);
    }

    public static Builder builder(Instrument instrument, Timeframe timeframe) {
        return new Builder(instrument, timeframe);
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

    public int size() {
        return length;
    }

    public boolean isEmpty() {
        return length == 0;
    }

    public long time(int i) {
        return time[index(i)];
    }

    public double open(int i) {
        return open[index(i)];
    }

    public double high(int i) {
        return high[index(i)];
    }

    public double low(int i) {
        return low[index(i)];
    }

    public double close(int i) {
        return close[index(i)];
    }

    public double volume(int i) {
        return volume[index(i)];
    }

    public Bar bar(int i) {
        int k = index(i);
        return new Bar(time[k], open[k], high[k], low[k], close[k], volume[k]);
    }

    public long firstTime() {
        return time(0);
    }

    public long lastTime() {
        return time(length - 1);
    }

    /** Bars {@code [from, to)} as a view sharing this series' arrays. */
    public BarSeries slice(int from, int to) {
        if (from < 0 || to > length || from > to) {
            throw new IndexOutOfBoundsException("slice [" + from + ", " + to + ") of a series of " + length + " bars");
        }
        return new BarSeries(instrument, timeframe, time, open, high, low, close, volume, offset + from, to - from);
    }

    /** Bars whose close time lies in {@code [fromMillis, toMillis]}, as a view. */
    public BarSeries between(long fromMillis, long toMillis) {
        return slice(ceilIndex(fromMillis), floorIndex(toMillis) + 1);
    }

    /** Index of the last bar closing at or before {@code t}, or -1 when none. */
    public int floorIndex(long t) {
        int k = Arrays.binarySearch(time, offset, offset + length, t);
        return (k >= 0 ? k : -k - 2) - offset;
    }

    /** Index of the first bar closing at or after {@code t}, or {@code size()} when none. */
    public int ceilIndex(long t) {
        int k = Arrays.binarySearch(time, offset, offset + length, t);
        return (k >= 0 ? k : -k - 1) - offset;
    }

    public long[] times() {
        return Arrays.copyOfRange(time, offset, offset + length);
    }

    public double[] opens() {
        return copyColumn(Field.OPEN);
    }

    public double[] highs() {
        return copyColumn(Field.HIGH);
    }

    public double[] lows() {
        return copyColumn(Field.LOW);
    }

    public double[] closes() {
        return copyColumn(Field.CLOSE);
    }

    public double[] volumes() {
        return copyColumn(Field.VOLUME);
    }

    /** A copy of one column of this (possibly sliced) series. */
    public double[] copyColumn(Field field) {
        return Arrays.copyOfRange(column(field), offset, offset + length);
    }

    /** Copies one column into {@code dest} starting at {@code destPos}: lets a panel fill without extra arrays. */
    public void copyColumn(Field field, double[] dest, int destPos) {
        System.arraycopy(column(field), offset, dest, destPos, length);
    }

    /** A series of the same bars under another instrument description (for example after a symbol rename). */
    public BarSeries withInstrument(Instrument other) {
        return new BarSeries(other, timeframe, time, open, high, low, close, volume, offset, length);
    }

    private double[] column(Field field) {
        return switch (field) {
            case OPEN -> open;
            case HIGH -> high;
            case LOW -> low;
            case CLOSE -> close;
            case VOLUME -> volume;
        };
    }

    private int index(int i) {
        if (i < 0 || i >= length) {
            throw new IndexOutOfBoundsException("bar " + i + " of a series of " + length + " bars (" + symbol() + ")");
        }
        return offset + i;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof BarSeries s) || s.length != length || !s.instrument.equals(instrument) || s.timeframe != timeframe) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (time(i) != s.time(i) || !same(open(i), s.open(i)) || !same(high(i), s.high(i)) || !same(low(i), s.low(i))
                    || !same(close(i), s.close(i)) || !same(volume(i), s.volume(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean same(double a, double b) {
        return Double.doubleToLongBits(a) == Double.doubleToLongBits(b);
    }

    @Override
    public int hashCode() {
        return Objects.hash(instrument, timeframe, length, length == 0 ? 0 : firstTime(), length == 0 ? 0 : lastTime());
    }

    @Override
    public String toString() {
        return "BarSeries[" + symbol() + " " + timeframe + ", " + length + " bars"
                + (length == 0 ? "" : ", " + java.time.Instant.ofEpochMilli(firstTime()) + " .. " + java.time.Instant.ofEpochMilli(lastTime()))
                + "]";
    }

    /** The OHLCV columns. */
    public enum Field {
        OPEN, HIGH, LOW, CLOSE, VOLUME;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** Appends bars in time order; growing arrays, no boxing. */
    public static final class Builder {
        private final Instrument instrument;
        private final Timeframe timeframe;
        private long[] t = new long[256];
        private double[] o = new double[256], h = new double[256], l = new double[256], c = new double[256], v = new double[256];
        private int n;

        private Builder(Instrument instrument, Timeframe timeframe) {
            this.instrument = instrument;
            this.timeframe = timeframe;
        }

        public Builder add(long time, double open, double high, double low, double close, double volume) {
            if (n == t.length) grow();
            t[n] = time;
            o[n] = open;
            h[n] = high;
            l[n] = low;
            c[n] = close;
            v[n] = volume;
            n++;
            return this;
        }

        public Builder add(Bar b) {
            return add(b.time(), b.open(), b.high(), b.low(), b.close(), b.volume());
        }

        public int size() {
            return n;
        }

        private void grow() {
            int m = t.length * 2;
            t = Arrays.copyOf(t, m);
            o = Arrays.copyOf(o, m);
            h = Arrays.copyOf(h, m);
            l = Arrays.copyOf(l, m);
            c = Arrays.copyOf(c, m);
            v = Arrays.copyOf(v, m);
        }

        public BarSeries build() {
            return BarSeries.ofOwned(instrument, timeframe, Arrays.copyOf(t, n), Arrays.copyOf(o, n), Arrays.copyOf(h, n),
                    Arrays.copyOf(l, n), Arrays.copyOf(c, n), Arrays.copyOf(v, n));
        }
    }
}
