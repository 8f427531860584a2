package dev.qforge.data.store;

import dev.qforge.data.Panel;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads stored bars straight into the row-major matrices of a {@link Panel}, with no per-bar objects: bars are
 * staged in flat primitive arrays, one region per series sized by its bar count, the union of times is sorted
 * once, and each series is merged into its matrix column.
 *
 * <p>Two ways to stage: when the asked series hold a large share of all stored bars, one sequential scan of
 * {@code bars} (H2 reads its row store in insertion order, several times faster than an index walk, and bars of
 * other series are skipped in Java); otherwise one primary-key range query per series. A region that does not
 * come back in time order is sorted.
 */
final class PanelReader {

    static final String[] FIELDS = {"open", "high", "low", "close", "volume"};

    private final int n;
    private final int[] start;
    private final int[] count;
    private final long[] time;
    private final double[][] stage;

    private PanelReader(List<SeriesInfo> series) {
        n = series.size();
        start = new int[n];
        count = new int[n];
        long cap = 0;
        for (int j = 0; j < n; j++) {
            if (cap > Integer.MAX_VALUE) break;
            start[j] = (int) cap;
            cap += series.get(j).barCount();
        }
        if (cap > Integer.MAX_VALUE) throw new IllegalArgumentException("a panel of " + cap + " bars is too large; ask for fewer symbols or a shorter range");
        time = new long[(int) cap];
        stage = new double[5][(int) cap];
    }

    /** Reads {@code series} over {@code [from, to]}; {@code scan} picks one table scan over per-series queries. */
    static Panel read(Connection c, List<SeriesInfo> series, long from, long to, boolean scan) throws SQLException {
        PanelReader r = new PanelReader(series);
        if (scan) r.scan(c, series, from, to);
        else r.perSeries(c, series, from, to);
        return r.toPanel(series);
    }

    private void perSeries(Connection c, List<SeriesInfo> series, long from, long to) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT series_id, time_ms, open, high, low, close, volume FROM bars "
                + "WHERE series_id = ? AND time_ms BETWEEN ? AND ? ORDER BY time_ms")) {
            for (int j = 0; j < n; j++) {
                ps.setLong(1, series.get(j).id());
                ps.setLong(2, from);
                ps.setLong(3, to);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) put(j, rs);
                }
            }
        }
    }

    private void scan(Connection c, List<SeriesInfo> series, long from, long to) throws SQLException {
        Map<Long, Integer> column = new HashMap<>();
        for (int j = 0; j < n; j++) column.put(series.get(j).id(), j);
        boolean all = from == Long.MIN_VALUE && to == Long.MAX_VALUE;
        try (PreparedStatement ps = c.prepareStatement("SELECT series_id, time_ms, open, high, low, close, volume FROM bars"
                + (all ? "" : " WHERE time_ms BETWEEN ? AND ?"))) {
            if (!all) {
                ps.setLong(1, from);
                ps.setLong(2, to);
            }
            ps.setFetchSize(8192);
            try (ResultSet rs = ps.executeQuery()) {
                long lastId = Long.MIN_VALUE;
                int j = -1;
                while (rs.next()) {
                    long id = rs.getLong(1);
                    if (id != lastId) { // rows come grouped by series: one map lookup per group
                        Integer col = column.get(id);
                        j = col == null ? -1 : col;
                        lastId = id;
                    }
                    if (j >= 0) put(j, rs);
                }
            }
        }
        for (int j = 0; j < n; j++) sortRegion(j);
    }

    private void put(int j, ResultSet rs) throws SQLException {
        if (count[j] == series(j)) {
            throw new IllegalStateException("series column " + j + " has more bars than its recorded count; the store is inconsistent");
        }
        int k = start[j] + count[j]++;
        time[k] = rs.getLong(2);
        stage[0][k] = rs.getDouble(3);
        stage[1][k] = rs.getDouble(4);
        stage[2][k] = rs.getDouble(5);
        stage[3][k] = rs.getDouble(6);
        stage[4][k] = rs.getDouble(7);
    }

    private int series(int j) {
        return (j + 1 < n ? start[j + 1] : time.length) - start[j];
    }

    /** Sorts region {@code j} by time when it is not already in order (rare: rows are stored in time order). */
    private void sortRegion(int j) {
        int s = start[j], e = s + count[j];
        boolean sorted = true;
        for (int k = s + 1; k < e && sorted; k++) sorted = time[k] > time[k - 1];
        if (sorted) return;
        Integer[] order = new Integer[e - s];
        for (int k = 0; k < order.length; k++) order[k] = s + k;
        Arrays.sort(order, (a, b) -> Long.compare(time[a], time[b]));
        long[] t = new long[order.length];
        for (int k = 0; k < order.length; k++) t[k] = time[order[k]];
        for (double[] col : stage) {
            double[] v = new double[order.length];
            for (int k = 0; k < order.length; k++) v[k] = col[order[k]];
            System.arraycopy(v, 0, col, s, v.length);
        }
        System.arraycopy(t, 0, time, s, t.length);
    }

    private Panel toPanel(List<SeriesInfo> series) {
        long[] times = unionOfTimes();
        int rows = times.length;
        Map<String, double[]> fields = new LinkedHashMap<>();
        double[][] m = new double[5][];
        for (int f = 0; f < 5; f++) {
            m[f] = new double[rows * n];
            Arrays.fill(m[f], Double.NaN);
            fields.put(FIELDS[f], m[f]);
        }
        for (int j = 0; j < n; j++) {
            int row = 0;
            for (int i = start[j]; i < start[j] + count[j]; i++) {
                long t = time[i];
                while (times[row] != t) row++; // both ascending: one merge pass per series
                int cell = row * n + j;
                for (int f = 0; f < 5; f++) m[f][cell] = stage[f][i];
            }
        }
        return Panel.ofMatrices(times, series.stream().map(SeriesInfo::symbol).toList(), fields);
    }

    private long[] unionOfTimes() {
        int total = 0;
        for (int j = 0; j < n; j++) total += count[j];
        long[] all = new long[total];
        int k = 0;
        for (int j = 0; j < n; j++) {
            System.arraycopy(time, start[j], all, k, count[j]);
            k += count[j];
        }
        Arrays.sort(all);
        int u = 0;
        for (int i = 0; i < total; i++) {
            if (u == 0 || all[i] != all[u - 1]) all[u++] = all[i];
        }
        return Arrays.copyOf(all, u);
    }
}
