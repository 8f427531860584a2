package dev.qforge.data.store;

import dev.qforge.data.Panel;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads stored bar blocks straight into the row-major matrices of a {@link Panel}, with no per-bar objects: for
 * each series, the blocks overlapping the range are read by primary key and checked; the union of their times is
 * sorted once; then each series' values are decoded from the block bytes directly into its matrix column
 * (NaN where it has no bar).
 */
final class PanelReader {

    static final String[] FIELDS = {"open", "high", "low", "close", "volume"};

    private PanelReader() {
    }

    /** Reads {@code series} (the panel's columns, in order) over the closed range {@code [from, to]}. */
    static Panel read(Connection c, List<SeriesInfo> series, long from, long to) throws SQLException {
        int n = series.size();
        @SuppressWarnings("unchecked")
        List<BlockRows.Slice>[] slices = new List[n];
        long total = 0;
        try (PreparedStatement ps = BlockRows.prepareRead(c)) {
            for (int j = 0; j < n; j++) {
                slices[j] = BlockRows.read(ps, series.get(j), from, to);
                for (BlockRows.Slice s : slices[j]) total += s.size();
            }
        }
        if (total > Integer.MAX_VALUE) throw new IllegalArgumentException("a panel of " + total + " bars is too large; ask for fewer symbols or a shorter range");
        long[] times = unionOfTimes(slices, (int) total);
        int rows = times.length;
        if ((long) rows * n > Integer.MAX_VALUE) throw new IllegalArgumentException("a panel of " + rows + " x " + n + " cells is too large");
        double[][] m = new double[5][];
        Map<String, double[]> fields = new LinkedHashMap<>();
        for (int f = 0; f < 5; f++) {
            m[f] = new double[rows * n];
            Arrays.fill(m[f], Double.NaN);
            fields.put(FIELDS[f], m[f]);
        }
        for (int j = 0; j < n; j++) {
            int row = 0;
            for (BlockRows.Slice s : slices[j]) {
                BarBlockCodec.Block b = s.block();
                for (int i = s.from(); i < s.to(); i++) {
                    long t = b.time(i);
                    while (times[row] != t) row++; // both ascending: one merge pass per series
                    int cell = row * n + j;
                    for (int f = 0; f < 5; f++) m[f][cell] = b.value(f, i);
                }
            }
        }
        return Panel.ofMatrices(times, series.stream().map(SeriesInfo::symbol).toList(), fields);
    }

    private static long[] unionOfTimes(List<BlockRows.Slice>[] slices, int total) {
        long[] all = new long[total];
        int k = 0;
        for (List<BlockRows.Slice> list : slices) {
            for (BlockRows.Slice s : list) {
                s.block().copyTimes(s.from(), s.to(), all, k);
                k += s.size();
            }
        }
        Arrays.sort(all);
        int u = 0;
        for (int i = 0; i < total; i++) {
            if (u == 0 || all[i] != all[u - 1]) all[u++] = all[i];
        }
        return Arrays.copyOf(all, u);
    }
}
