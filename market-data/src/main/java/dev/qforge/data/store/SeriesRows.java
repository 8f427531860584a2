package dev.qforge.data.store;

import dev.qforge.data.BarSeries;
import dev.qforge.data.Instrument;
import dev.qforge.data.Timeframe;
import dev.qforge.data.validate.Policy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/** Reads and writes rows of the {@code series} and {@code instruments} tables. */
final class SeriesRows {

    private SeriesRows() {
    }

    /** Reads a row selected with {@code BarStore.SERIES_COLUMNS}. */
    static SeriesInfo read(ResultSet rs) throws SQLException {
        String policy = rs.getString(10);
        return new SeriesInfo(rs.getLong(1), rs.getString(2), Timeframe.parse(rs.getString(3)), rs.getString(4),
                rs.getString(5).trim(), rs.getInt(6), rs.getLong(7), rs.getLong(8),
                rs.getObject(9, OffsetDateTime.class).toInstant(), policy == null ? null : Policy.valueOf(policy),
                rs.getInt(11), rs.getInt(12), SourceInfo.parseCounts(rs.getString(13)));
    }

    static void upsertInstrument(Connection c, Instrument in) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("MERGE INTO instruments (symbol, asset_class, currency, zone, tick_size, "
                + "lot_size, multiplier) KEY (symbol) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, in.symbol());
            ps.setString(2, in.assetClass().name());
            ps.setString(3, in.currency());
            ps.setString(4, in.exchangeZone().getId());
            ps.setDouble(5, in.tickSize());
            ps.setDouble(6, in.lotSize());
            ps.setDouble(7, in.multiplier());
            ps.executeUpdate();
        }
    }

    static long insert(Connection c, BarSeries s, SourceInfo src, String fingerprint, Instant importedAt) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO series (symbol, timeframe, source, fingerprint, bar_count, "
                + "first_time_ms, last_time_ms, imported_at, policy, dropped_rows, repaired_rows, error_count, warning_count, "
                + "problem_counts) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, s.symbol());
            ps.setString(2, s.timeframe().label());
            ps.setString(3, src.source());
            ps.setString(4, fingerprint);
            ps.setInt(5, s.size());
            ps.setObject(6, s.isEmpty() ? null : s.firstTime(), java.sql.Types.BIGINT);
            ps.setObject(7, s.isEmpty() ? null : s.lastTime(), java.sql.Types.BIGINT);
            ps.setObject(8, importedAt.truncatedTo(ChronoUnit.MILLIS).atOffset(ZoneOffset.UTC));
            ps.setString(9, src.policy() == null ? null : src.policy().name());
            ps.setInt(10, src.droppedRows());
            ps.setInt(11, src.repairedRows());
            ps.setLong(12, src.errorCount());
            ps.setLong(13, src.warningCount());
            ps.setString(14, src.countsText());
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }
}
