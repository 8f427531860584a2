package dev.qforge.data.store;

import dev.qforge.data.Panel;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads stored bars straight into the row-major matrices of a {@link Panel}: each series is read in time order
 * (primary-key order, no sort in the database) into one flat staging array per column, the union of times is
 * sorted once, and each series is then merged into its matrix column. No per-bar objects.
 */
final class PanelReader {

    static final String[] FIELDS = {"open", "high", "low", "close", "volume"};

    private PanelReader() {
    }

    static Panel read(Connection c, List<SeriesInfo> series, long from, long to) throws SQLException {
        int n = series.size();
        long cap = 0;
        for (SeriesInfo s : series) cap += s.barCount();
        if (cap > Integer.MAX_VALUE) throw new IllegalArgumentException("panel of " + cap + " bars is too large");
        long[] time = new long[(int) cap];
        double[][] stage = new double[5][(int) cap];
        int[] start = new int[n + 1];
        int k = 0;
        try (PreparedStatement ps = c.prepareStatement("SELECT time_ms, open, high, low, close, volume FROM bars "
                + "WHERE series_id = ? AND time_ms BETWEEN ? AND ? ORDER BY time_ms")) {
            ps.setFetchSize(4096);
            for (int j = 0; j < n; j++) {
                start[j] = k;
                ps.setLong(1, series.get(j).id());
                ps.setLong(2, from);
                ps.setLong(3, to);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        time[k] = rs.getLong(1);
                        stage[0][k] = rs.getDouble(2);
                        stage[1][k] = rs.getDouble(3);
                        stage[2][k] = rs.getDouble(4);
                        stage[3][k] = rs.getDouble(5);
                        stage[4][k] = rs.getDouble(6);
                        k++;
                    }
                }
            }
        }
        start[n] = k;
        long[] times = unionOfTimes(time, k);
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
            for (int i = start[j]; i < start[j + 1]; i++) {
                long t = time[i];
                while (times[row] != t) row++; // both ascending: one merge pass per series
                int cell = row * n + j;
                for (int f = 0; f < 5; f++) m[f][cell] = stage[f][i];
            }
        }
        return Panel.ofMatrices(times, series.stream().map(SeriesInfo::symbol).toList(), fields);
    }

    private static long[] unionOfTimes(long[] time, int k) {
        long[] all = Arrays.copyOf(time, k);
        Arrays.sort(all);
        int u = 0;
        for (int i = 0; i < k; i++) {
            if (u == 0 || all[i] != all[u - 1]) all[u++] = all[i];
        }
        return Arrays.copyOf(all, u);
    }
}
