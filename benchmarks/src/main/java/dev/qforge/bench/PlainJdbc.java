package dev.qforge.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;

/**
 * The plain JDBC peer of the data benchmark: the obvious row-per-bar layout, one bare table {@code plain_bars} keyed
 * by (symbol, time) (qforge itself stores columnar blocks of bars, see {@code BarStore}), filled by a
 * one-row-per-statement JDBC batch in one transaction per file, and read back by one {@code SELECT} looped into
 * primitive arrays.
 */
public final class PlainJdbc {

    private PlainJdbc() {
    }

    /** Everything read back: parallel arrays of {@code size} rows. */
    public record Rows(int size, int[] symbol, long[] time, double[] open, double[] high, double[] low, double[] close, double[] volume) {
    }

    public static void createTable(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("DROP TABLE IF EXISTS plain_bars");
            st.execute("CREATE TABLE plain_bars (symbol_id INT NOT NULL, time_ms BIGINT NOT NULL, open DOUBLE PRECISION, "
                    + "high DOUBLE PRECISION, low DOUBLE PRECISION, close DOUBLE PRECISION, volume DOUBLE PRECISION, "
                    + "PRIMARY KEY (symbol_id, time_ms))");
        }
    }

    /** Inserts {@code cols} under {@code symbolId} in one transaction (batches of 2048 rows). */
    public static void insert(Connection c, int symbolId, PlainCsv.Columns cols) throws SQLException {
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO plain_bars VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < cols.size(); i++) {
                ps.setInt(1, symbolId);
                ps.setLong(2, cols.time()[i]);
                ps.setDouble(3, cols.open()[i]);
                ps.setDouble(4, cols.high()[i]);
                ps.setDouble(5, cols.low()[i]);
                ps.setDouble(6, cols.close()[i]);
                ps.setDouble(7, cols.volume()[i]);
                ps.addBatch();
                if ((i + 1) % 2048 == 0) ps.executeBatch();
            }
            ps.executeBatch();
            c.commit();
        } catch (SQLException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
    }

    public static Rows readAll(Connection c) throws SQLException {
        int cap = 1 << 16, n = 0;
        int[] s = new int[cap];
        long[] t = new long[cap];
        double[][] v = new double[5][cap];
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT symbol_id, time_ms, open, high, low, close, volume FROM plain_bars")) {
            while (rs.next()) {
                if (n == cap) {
                    cap *= 2;
                    s = Arrays.copyOf(s, cap);
                    t = Arrays.copyOf(t, cap);
                    for (int k = 0; k < 5; k++) v[k] = Arrays.copyOf(v[k], cap);
                }
                s[n] = rs.getInt(1);
                t[n] = rs.getLong(2);
                for (int k = 0; k < 5; k++) v[k][n] = rs.getDouble(3 + k);
                n++;
            }
        }
        return new Rows(n, s, t, v[0], v[1], v[2], v[3], v[4]);
    }
}
