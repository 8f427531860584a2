package dev.qforge.data.store;

import dev.qforge.data.BarSeries;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** Writes rows of the {@code bars} table. */
final class BarRows {

    /** Rows per executed JDBC batch (the test seam runs after each). */
    static final int BATCH = 2048;
    static final int ROWS_PER_STATEMENT = 8;

    private BarRows() {
    }

    /**
     * Inserts the bars as JDBC batches of multi-row {@code INSERT ... VALUES (..), (..)} statements of
     * {@link #ROWS_PER_STATEMENT} rows (fewer statement executions per row than one row per statement), the
     * remainder one row per statement.
     */
    static void insert(Connection c, long id, BarSeries s, BarStore.BatchHook hook) throws SQLException {
        int n = s.size();
        int multi = n / ROWS_PER_STATEMENT * ROWS_PER_STATEMENT;
        try (PreparedStatement ps = c.prepareStatement(insertSql(ROWS_PER_STATEMENT))) {
            for (int i = 0; i < multi; i += ROWS_PER_STATEMENT) {
                for (int r = 0; r < ROWS_PER_STATEMENT; r++) bind(ps, r * 7, id, s, i + r);
                ps.addBatch();
                int done = i + ROWS_PER_STATEMENT;
                if (done % BATCH == 0 || done == multi) {
                    ps.executeBatch();
                    hook.afterBatch(c, done);
                }
            }
        }
        if (multi == n) return;
        try (PreparedStatement ps = c.prepareStatement(insertSql(1))) {
            for (int i = multi; i < n; i++) {
                bind(ps, 0, id, s, i);
                ps.addBatch();
            }
            ps.executeBatch();
            hook.afterBatch(c, n);
        }
    }

    private static String insertSql(int rows) {
        StringBuilder sb = new StringBuilder("INSERT INTO bars (series_id, time_ms, open, high, low, close, volume) VALUES ");
        for (int r = 0; r < rows; r++) sb.append(r == 0 ? "" : ", ").append("(?, ?, ?, ?, ?, ?, ?)");
        return sb.toString();
    }

    private static void bind(PreparedStatement ps, int base, long id, BarSeries s, int i) throws SQLException {
        ps.setLong(base + 1, id);
        ps.setLong(base + 2, s.time(i));
        ps.setDouble(base + 3, s.open(i));
        ps.setDouble(base + 4, s.high(i));
        ps.setDouble(base + 5, s.low(i));
        ps.setDouble(base + 6, s.close(i));
        ps.setDouble(base + 7, s.volume(i));
    }
}
