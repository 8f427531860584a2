package dev.qforge.paper.client;

import dev.qforge.backtest.order.Fill;
import dev.qforge.backtest.order.Order;
import dev.qforge.backtest.portfolio.Portfolio;
import dev.qforge.backtest.portfolio.Position;
import dev.qforge.data.store.StoreException;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The trading client's H2 records of one run: the journal of accepted inputs (execution reports, market data
 * steps, the security list, the end of the replay) deduplicated by key, the orders it has put on the wire,
 * and the orders, fills, positions and status that {@code qforge paper orders|fills|status} show.
 * Appends happen on the FIX thread before QuickFIX/J counts the message as received, so a message is either
 * journaled or asked for again after a crash.
 */
final class ClientJournal implements AutoCloseable {

    record Entry(String kind, String payload) {
    }

    private final String runId;
    private final Connection c;
    private long seq;

    ClientJournal(DataSource ds, String runId) {
        this.runId = runId;
        try {
            c = ds.getConnection();
            try (PreparedStatement q = c.prepareStatement("SELECT COALESCE(MAX(seq), 0) FROM paper_client_journal WHERE run_id = ?")) {
                q.setString(1, runId);
                try (ResultSet rs = q.executeQuery()) {
                    rs.next();
                    seq = rs.getLong(1);
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot open the journal of paper run " + runId, e);
        }
    }

    /** Appends an input; false (and nothing written) when its key is already there: a duplicate. */
    synchronized boolean append(String key, String kind, String payload) {
        try (PreparedStatement p = c.prepareStatement(
                "INSERT INTO paper_client_journal (run_id, seq, dedupe_key, kind, payload) VALUES (?, ?, ?, ?, ?)")) {
            p.setString(1, runId);
            p.setLong(2, seq + 1);
            p.setString(3, key);
            p.setString(4, kind);
            p.setString(5, payload);
            p.executeUpdate();
            seq++;
            return true;
        } catch (SQLException e) {
            if ("23505".equals(e.getSQLState())) return false; // unique key: seen before
            throw new StoreException("cannot journal " + kind + " " + key + " of run " + runId, e);
        }
    }

    synchronized List<Entry> readAll() {
        List<Entry> out = new ArrayList<>();
        try (PreparedStatement q = c.prepareStatement("SELECT kind, payload FROM paper_client_journal WHERE run_id = ? ORDER BY seq")) {
            q.setString(1, runId);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) out.add(new Entry(rs.getString(1), rs.getString(2)));
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the journal of run " + runId, e);
        }
        return out;
    }

    synchronized void markSent(long requestId, String clOrdId, String msgType) {
        try (PreparedStatement p = c.prepareStatement(
                "MERGE INTO paper_client_sent (run_id, request_id, cl_ord_id, msg_type) KEY (run_id, request_id) VALUES (?, ?, ?, ?)")) {
            p.setString(1, runId);
            p.setLong(2, requestId);
            p.setString(3, clOrdId);
            p.setString(4, msgType);
            p.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("cannot record sent order " + clOrdId, e);
        }
    }

    synchronized Set<Long> sent() {
        Set<Long> out = new HashSet<>();
        try (PreparedStatement q = c.prepareStatement("SELECT request_id FROM paper_client_sent WHERE run_id = ?")) {
            q.setString(1, runId);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) out.add(rs.getLong(1));
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read sent orders of run " + runId, e);
        }
        return out;
    }

    synchronized void order(Order o, String clOrdId) {
        try (PreparedStatement p = c.prepareStatement("MERGE INTO paper_order (run_id, order_id, cl_ord_id, symbol, side, order_type,"
                + " quantity, limit_price, stop_price, status, filled, avg_price, reason, updated_at) KEY (run_id, order_id)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            p.setString(1, runId);
            p.setLong(2, o.id());
            p.setString(3, clOrdId);
            p.setString(4, o.symbol());
            p.setString(5, o.side().name());
            p.setString(6, o.request().type().name());
            p.setDouble(7, o.request().quantity());
            setNullable(p, 8, o.request().limitPrice());
            setNullable(p, 9, o.request().stopPrice());
            p.setString(10, o.status().name());
            p.setDouble(11, o.filledQuantity());
            setNullable(p, 12, o.avgFillPrice());
            p.setString(13, o.reason());
            p.setLong(14, o.updatedAt());
            p.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("cannot record order " + o.id() + " of run " + runId, e);
        }
    }

    synchronized void fill(String execId, Fill f) {
        try (PreparedStatement p = c.prepareStatement("MERGE INTO paper_fill (run_id, exec_id, order_id, symbol, side, quantity, price,"
                + " commission, fill_time) KEY (run_id, exec_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            p.setString(1, runId);
            p.setString(2, execId);
            p.setLong(3, f.orderId());
            p.setString(4, f.symbol());
            p.setString(5, f.side().name());
            p.setDouble(6, f.quantity());
            p.setDouble(7, f.price());
            p.setDouble(8, f.commission());
            p.setLong(9, f.time());
            p.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("cannot record fill " + execId + " of run " + runId, e);
        }
    }

    synchronized void status(String strategy, String state, int bars, long lastBar, Portfolio p, Instant wall) {
        try {
            try (PreparedStatement s = c.prepareStatement("MERGE INTO paper_run (run_id, strategy, started_at, state, bars, last_bar_time,"
                    + " cash, equity, updated_at) KEY (run_id) VALUES (?, ?, COALESCE((SELECT started_at FROM paper_run WHERE run_id = ?), ?),"
                    + " ?, ?, ?, ?, ?, ?)")) {
                s.setString(1, runId);
                s.setString(2, strategy);
                s.setString(3, runId);
                s.setTimestamp(4, Timestamp.from(wall));
                s.setString(5, state);
                s.setInt(6, bars);
                if (lastBar == Long.MIN_VALUE) s.setNull(7, java.sql.Types.BIGINT); else s.setLong(7, lastBar);
                s.setDouble(8, p.cash());
                s.setDouble(9, p.equity());
                s.setTimestamp(10, Timestamp.from(wall));
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement("MERGE INTO paper_position (run_id, symbol, quantity, avg_price, last_price,"
                    + " realized_pnl) KEY (run_id, symbol) VALUES (?, ?, ?, ?, ?, ?)")) {
                for (Position pos : p.positions()) {
                    s.setString(1, runId);
                    s.setString(2, pos.symbol());
                    s.setDouble(3, pos.quantity());
                    setNullable(s, 4, pos.avgPrice());
                    setNullable(s, 5, pos.lastPrice());
                    s.setDouble(6, pos.realizedPnl());
                    s.addBatch();
                }
                s.executeBatch();
            }
        } catch (SQLException e) {
            throw new StoreException("cannot record the status of run " + runId, e);
        }
    }

    private static void setNullable(PreparedStatement p, int k, double v) throws SQLException {
        if (Double.isFinite(v)) p.setDouble(k, v); else p.setNull(k, java.sql.Types.DOUBLE);
    }

    @Override
    public synchronized void close() {
        try {
            c.close();
        } catch (SQLException e) {
            throw new StoreException("closing the journal of run " + runId, e);
        }
    }
}
