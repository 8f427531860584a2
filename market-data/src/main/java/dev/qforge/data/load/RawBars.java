package dev.qforge.data.load;

import dev.qforge.data.Instrument;
import dev.qforge.data.Timeframe;
import dev.qforge.data.validate.Problem;
import dev.qforge.data.validate.ProblemKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Objects;

/**
 * Rows exactly as a loader parsed them, before any validation: columns of primitives in source order
 * (JSON candles are already sorted by time), the 1-based source line of every row, and the problems
 * the loader found.
 *
 * <p>Times are bar <em>close</em> stamps in epoch milliseconds (each loader converts its source's
 * convention). A value that could not be parsed is NaN and its row is marked {@linkplain #isUnparsable
 * unparsable} with an {@link ProblemKind#UNPARSABLE} problem; an unparsable time is stored as
 * {@link Long#MIN_VALUE}. {@code adjClose} is null unless the source has an adjusted-close column.
 * {@code skippedLines} counts source lines that could not become a row at all (an unparsable trade).
 * Instances are immutable; arrays are copied on access.
 */
public final class RawBars {

    private final String source;
    private final Instrument instrument;
    private final Timeframe timeframe;
    private final long[] time;
    private final double[] open, high, low, close, volume, adjClose;
    private final long[] line;
    private final BitSet unparsable;
    private final List<Problem> problems;
    private final boolean hasVolume;
    private final int skippedLines;

    private RawBars(Builder b, Timeframe timeframe) {
        int n = b.n;
        this.source = b.source;
        this.instrument = b.instrument;
        this.timeframe = timeframe;
        this.time = Arrays.copyOf(b.t, n);
        this.open = Arrays.copyOf(b.o, n);
        this.high = Arrays.copyOf(b.h, n);
        this.low = Arrays.copyOf(b.l, n);
        this.close = Arrays.copyOf(b.c, n);
        this.volume = Arrays.copyOf(b.v, n);
        this.adjClose = b.hasAdj ? Arrays.copyOf(b.a, n) : null;
        this.line = Arrays.copyOf(b.ln, n);
        this.unparsable = (BitSet) b.bad.clone();
        this.problems = List.copyOf(b.problems);
        this.hasVolume = b.hasVolume;
        this.skippedLines = b.skipped;
    }

    public static Builder builder(String source, Instrument instrument) {
        return new Builder(source, instrument);
    }

    /** The same rows with another timeframe (for example one inferred later). */
    public RawBars withTimeframe(Timeframe tf) {
        Builder b = toBuilder();
        return new RawBars(b, tf);
    }

    private Builder toBuilder() {
        Builder b = new Builder(source, instrument);
        for (int i = 0; i < size(); i++) {
            b.add(line[i], time[i], open[i], high[i], low[i], close[i], volume[i], adjClose == null ? Double.NaN : adjClose[i]);
        }
        b.hasAdj = adjClose != null;
        b.bad.or(unparsable);
        b.problems.addAll(problems);
        b.hasVolume = hasVolume;
        b.skipped = skippedLines;
        return b;
    }

    public String source() { return source; }
    public Instrument instrument() { return instrument; }
    /** The timeframe given or found by the loader, or null when the validator must infer it. */
    public Timeframe timeframe() { return timeframe; }
    public int size() { return time.length; }
    public long time(int i) { return time[i]; }
    public double open(int i) { return open[i]; }
    public double high(int i) { return high[i]; }
    public double low(int i) { return low[i]; }
    public double close(int i) { return close[i]; }
    public double volume(int i) { return volume[i]; }
    public long line(int i) { return line[i]; }
    public boolean hasAdjClose() { return adjClose != null; }
    /** Adjusted close of row {@code i}; NaN when the source has none. */
    public double adjClose(int i) { return adjClose == null ? Double.NaN : adjClose[i]; }
    /** False when the source had no volume column (volumes are then 0 and not checked). */
    public boolean hasVolume() { return hasVolume; }
    public boolean isUnparsable(int i) { return unparsable.get(i); }
    public int unparsableCount() { return unparsable.cardinality(); }
    public int skippedLines() { return skippedLines; }
    public List<Problem> problems() { return problems; }
    public long[] times() { return time.clone(); }

    @Override
    public String toString() {
        return "RawBars[" + source + " " + instrument.symbol() + " " + timeframe + ", " + size() + " rows, "
                + problems.size() + " parse problems]";
    }

    /** Collects rows; loaders call {@link #add} per row and {@link #problem} for what they could not parse. */
    public static final class Builder {
        private final String source;
        private final Instrument instrument;
        private long[] t = new long[256], ln = new long[256];
        private double[] o = new double[256], h = new double[256], l = new double[256], c = new double[256],
                v = new double[256], a = new double[256];
        private int n;
        private boolean hasAdj;
        private boolean hasVolume = true;
        private int skipped;
        private final BitSet bad = new BitSet();
        private final List<Problem> problems = new ArrayList<>();

        private Builder(String source, Instrument instrument) {
            this.source = Objects.requireNonNull(source, "source");
            this.instrument = Objects.requireNonNull(instrument, "instrument");
        }

        public Builder add(long line, long time, double open, double high, double low, double close, double volume,
                           double adjClose) {
            if (n == t.length) grow();
            t[n] = time; o[n] = open; h[n] = high; l[n] = low; c[n] = close; v[n] = volume; a[n] = adjClose; ln[n] = line;
            n++;
            return this;
        }

        public Builder add(long line, long time, double open, double high, double low, double close, double volume) {
            return add(line, time, open, high, low, close, volume, Double.NaN);
        }

        /** Declares that the source carries an adjusted-close column. */
        public Builder withAdjClose() { hasAdj = true; return this; }

        /** Declares that the source has no volume column. */
        public Builder withoutVolume() { hasVolume = false; return this; }

        /** Records an unparsable value at {@code line}; marks the last added row bad when {@code row} is true. */
        public Builder unparsable(long line, String column, String message, boolean row) {
            problems.add(new Problem(ProblemKind.UNPARSABLE, source, line, column, message));
            if (row && n > 0) bad.set(n - 1);
            return this;
        }

        /** Records a source line that produced no row (counted as dropped). */
        public Builder skipLine() { skipped++; return this; }

        public int size() { return n; }
        public String source() { return source; }

        private void grow() {
            int m = t.length * 2;
            t = Arrays.copyOf(t, m); ln = Arrays.copyOf(ln, m);
            o = Arrays.copyOf(o, m); h = Arrays.copyOf(h, m); l = Arrays.copyOf(l, m);
            c = Arrays.copyOf(c, m); v = Arrays.copyOf(v, m); a = Arrays.copyOf(a, m);
        }

        /** Sorts the rows collected so far by time, stably (for sources whose order does not matter). */
        void sortByTime() {
            Integer[] idx = new Integer[n];
            for (int i = 0; i < n; i++) idx[i] = i;
            Arrays.sort(idx, (x, y) -> Long.compare(t[x], t[y]));
            long[] t2 = new long[t.length], ln2 = new long[t.length];
            double[] o2 = new double[t.length], h2 = new double[t.length], l2 = new double[t.length],
                    c2 = new double[t.length], v2 = new double[t.length], a2 = new double[t.length];
            BitSet bad2 = new BitSet();
            for (int k = 0; k < n; k++) {
                int i = idx[k];
                t2[k] = t[i]; ln2[k] = ln[i]; o2[k] = o[i]; h2[k] = h[i]; l2[k] = l[i]; c2[k] = c[i]; v2[k] = v[i]; a2[k] = a[i];
                if (bad.get(i)) bad2.set(k);
            }
            t = t2; ln = ln2; o = o2; h = h2; l = l2; c = c2; v = v2; a = a2;
            bad.clear();
            bad.or(bad2);
        }

        long time(int i) { return t[i]; }

        void setTime(int i, long time) { t[i] = time; }

        public RawBars build(Timeframe timeframe) {
            return new RawBars(this, timeframe);
        }
    }
}
