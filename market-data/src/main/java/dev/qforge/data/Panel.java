package dev.qforge.data;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An aligned time x instrument matrix per field, built from many series.
 *
 * <p>Rows are the sorted union of all bar close times; columns are instruments in the order given.
 * A cell is NaN where the instrument has no bar at that time (before listing, after delisting, or on
 * a day it did not trade). Values are stored row-major in one {@code double[]} per field, so a
 * cross-section at one time is contiguous and a whole field can be handed to vectorised code.
 */
public final class Panel {

    private final long[] times;
    private final String[] symbols;
    private final Map<String, Integer> column;
    private final Map<String, double[]> fields;

    private Panel(long[] times, String[] symbols, Map<String, double[]> fields) {
        this.times = times;
        this.symbols = symbols;
        this.fields = fields;
        this.column = new HashMap<>();
        for (int i = 0; i < symbols.length; i++) {
            if (column.put(symbols[i], i) != null) {
                throw new IllegalArgumentException("symbol " + symbols[i] + " appears twice in a panel");
            }
        }
    }

    /** Aligns the OHLCV columns of {@code series} on the union of their times. */
    public static Panel of(Collection<BarSeries> series) {
        List<BarSeries> list = List.copyOf(series);
        int total = 0;
        for (BarSeries s : list) total += s.size();
        long[] all = new long[total];
        int k = 0;
        for (BarSeries s : list) {
            for (int i = 0; i < s.size(); i++) all[k++] = s.time(i);
        }
        Arrays.sort(all);
        int u = 0;
        for (int i = 0; i < all.length; i++) {
            if (i == 0 || all[i] != all[i - 1]) all[u++] = all[i];
        }
        long[] times = Arrays.copyOf(all, u);
        int n = list.size();
        String[] symbols = new String[n];
        Map<String, double[]> fields = new java.util.LinkedHashMap<>();
        EnumMap<BarSeries.Field, double[]> cols = new EnumMap<>(BarSeries.Field.class);
        for (BarSeries.Field f : BarSeries.Field.values()) {
            double[] m = new double[u * n];
            Arrays.fill(m, Double.NaN);
            cols.put(f, m);
            fields.put(f.label(), m);
        }
        for (int j = 0; j < n; j++) {
            BarSeries s = list.get(j);
            symbols[j] = s.symbol();
            int row = 0;
            for (int i = 0; i < s.size(); i++) {
                long t = s.time(i);
                while (times[row] != t) row++; // both sorted: one merge pass per series
                int cell = row * n + j;
                cols.get(BarSeries.Field.OPEN)[cell] = s.open(i);
                cols.get(BarSeries.Field.HIGH)[cell] = s.high(i);
                cols.get(BarSeries.Field.LOW)[cell] = s.low(i);
                cols.get(BarSeries.Field.CLOSE)[cell] = s.close(i);
                cols.get(BarSeries.Field.VOLUME)[cell] = s.volume(i);
            }
        }
        return new Panel(times, symbols, fields);
    }

    /**
     * Wraps prepared row-major matrices (each of length {@code times.length * symbols.length}); used by
     * stores and factor code that already hold aligned data. Arrays are taken as they are, not copied.
     */
    public static Panel ofMatrices(long[] times, List<String> symbols, Map<String, double[]> fields) {
        int cells = times.length * symbols.size();
        for (Map.Entry<String, double[]> e : fields.entrySet()) {
            if (e.getValue().length != cells) {
                throw new IllegalArgumentException("field " + e.getKey() + " has " + e.getValue().length
                        + " cells, expected " + times.length + " x " + symbols.size());
            }
        }
        for (int i = 1; i < times.length; i++) {
            if (times[i] <= times[i - 1]) throw new IllegalArgumentException("panel times must be strictly increasing at row " + i);
        }
        return new Panel(times, symbols.toArray(String[]::new), new java.util.LinkedHashMap<>(fields));
    }

    public int timeCount() {
        return times.length;
    }

    public int instrumentCount() {
        return symbols.length;
    }

    public long time(int row) {
        return times[row];
    }

    public long[] times() {
        return times.clone();
    }

    public List<String> symbols() {
        return List.of(symbols);
    }

    public String symbol(int col) {
        return symbols[col];
    }

    /** Column of {@code symbol}, or -1 when the panel does not hold it. */
    public int columnOf(String symbol) {
        Integer c = column.get(symbol);
        return c == null ? -1 : c;
    }

    public java.util.Set<String> fieldNames() {
        return java.util.Collections.unmodifiableSet(fields.keySet());
    }

    public boolean hasField(String name) {
        return fields.containsKey(name);
    }

    /** Value of {@code field} at time row {@code row} for instrument column {@code col}; NaN when missing. */
    public double get(String field, int row, int col) {
        return matrix(field)[row * symbols.length + col];
    }

    public double get(BarSeries.Field field, int row, int col) {
        return get(field.label(), row, col);
    }

    /**
     * The row-major matrix of a field, shared with this panel: read it, do not write it. Exposed so that
     * vectorised factor code can run over it without copying 2.4M cells.
     */
    public double[] matrix(String field) {
        double[] m = fields.get(field);
        if (m == null) throw new IllegalArgumentException("panel has no field '" + field + "'; it has " + fields.keySet());
        return m;
    }

    /** One instrument's values of a field over time (a copy, NaN where missing). */
    public double[] column(String field, int col) {
        double[] m = matrix(field);
        double[] out = new double[times.length];
        for (int r = 0; r < times.length; r++) out[r] = m[r * symbols.length + col];
        return out;
    }

    /** A new panel with one more field (same shape), for derived columns such as vwap or adjusted close. */
    public Panel withField(String name, double[] matrix) {
        if (matrix.length != times.length * symbols.length) {
            throw new IllegalArgumentException("field " + name + " has the wrong shape");
        }
        Map<String, double[]> f = new java.util.LinkedHashMap<>(fields);
        f.put(name, matrix);
        return new Panel(times, symbols, f);
    }

    /** Number of non-NaN cells of a field. */
    public long count(String field) {
        long c = 0;
        for (double v : matrix(field)) if (!Double.isNaN(v)) c++;
        return c;
    }

    @Override
    public String toString() {
        return "Panel[" + times.length + " times x " + symbols.length + " instruments, fields " + fields.keySet() + "]";
    }
}
