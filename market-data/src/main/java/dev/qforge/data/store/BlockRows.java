package dev.qforge.data.store;

import dev.qforge.data.BarSeries;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes and reads rows of the {@code bar_blocks} table: a series is cut into blocks of up to {@code blockBars}
 * consecutive bars, numbered from 0 in time order, each encoded by {@link BarBlockCodec}.
 */
final class BlockRows {

    private BlockRows() {
    }

    /** Bars {@code [from, to)} of one block, checked and decoded. */
    record Slice(BarBlockCodec.Block block, int from, int to) {
        int size() {
            return to - from;
        }
    }

    /** Inserts the blocks of {@code s}, one statement execution each; the hook runs after each block. */
    static void insert(Connection c, long id, BarSeries s, int blockBars, boolean deflate, BarStore.BatchHook hook) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO bar_blocks (series_id, block_no, first_time_ms, last_time_ms, "
                + "bar_count, data) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (int from = 0, no = 0; from < s.size(); from += blockBars, no++) {
                int to = Math.min(s.size(), from + blockBars);
                ps.setLong(1, id);
                ps.setInt(2, no);
                ps.setLong(3, s.time(from));
                ps.setLong(4, s.time(to - 1));
                ps.setInt(5, to - from);
                ps.setBytes(6, BarBlockCodec.encode(s, from, to, deflate));
                ps.executeUpdate();
                hook.afterBatch(c, to);
            }
        }
    }

    /**
     * The bars of {@code info} closing in {@code [from, to]}: only blocks overlapping the range are read, each is
     * checked (codec checks, and its row's count and first and last times), and sliced to the range.
     */
    static List<Slice> read(PreparedStatement select, SeriesInfo info, long from, long to) throws SQLException {
        select.setLong(1, info.id());
        select.setLong(2, from);
        select.setLong(3, to);
        List<Slice> out = new ArrayList<>();
        long last = Long.MIN_VALUE;
        try (ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                int no = rs.getInt(1);
                String where = "series " + info.symbol() + " " + info.timeframe() + " (id " + info.id() + "), block " + no;
                BarBlockCodec.Block b = BarBlockCodec.decode(rs.getBytes(5), where);
                if (b.size() != rs.getInt(4) || b.time(0) != rs.getLong(2) || b.time(b.size() - 1) != rs.getLong(3)) {
                    throw BarBlockCodec.corrupt(where, "its bars (" + b.size() + ", " + b.time(0) + ".." + b.time(b.size() - 1)
                            + ") disagree with its row (" + rs.getInt(4) + ", " + rs.getLong(2) + ".." + rs.getLong(3) + ")");
                }
                if (b.time(0) <= last) throw BarBlockCodec.corrupt(where, "overlaps the block before it");
                last = b.time(b.size() - 1);
                int lo = b.lowerBound(from);
                int hi = to == Long.MAX_VALUE ? b.size() : b.lowerBound(to + 1);
                if (hi > lo) out.add(new Slice(b, lo, hi));
            }
        }
        return out;
    }

    /** The statement {@link #read} runs: blocks of one series overlapping a closed range, in block order. */
    static PreparedStatement prepareRead(Connection c) throws SQLException {
        return c.prepareStatement("SELECT block_no, first_time_ms, last_time_ms, bar_count, data FROM bar_blocks "
                + "WHERE series_id = ? AND last_time_ms >= ? AND first_time_ms <= ? ORDER BY block_no");
    }

    static void delete(Connection c, long seriesId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM bar_blocks WHERE series_id = ?")) {
            ps.setLong(1, seriesId);
            ps.executeUpdate();
        }
    }
}
