package dev.qforge.paper.exchange;

import dev.qforge.data.store.StoreException;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The exchange's inputs in the order it handled them (incoming application messages, bar acknowledgements,
 * published steps), in H2. The exchange's books are a deterministic function of this sequence, so a
 * restarted exchange replays it with its answers discarded and carries on; each input is written after its
 * answers were sent, so an input lost in a crash is one whose answers may be sent again, with the same
 * ExecIDs, and clients drop them.
 */
final class ExchangeJournal implements AutoCloseable {

    record Entry(String session, String kind, String payload) {
    }

    private final String exchangeId;
    private final Connection c;
    private final PreparedStatement insert;
    private long seq;

    ExchangeJournal(DataSource ds, String exchangeId) {
        this.exchangeId = exchangeId;
        try {
            c = ds.getConnection();
            insert = c.prepareStatement("INSERT INTO paper_exchange_journal (exchange_id, seq, session_id, kind, payload) VALUES (?, ?, ?, ?, ?)");
            try (PreparedStatement q = c.prepareStatement("SELECT COALESCE(MAX(seq), 0) FROM paper_exchange_journal WHERE exchange_id = ?")) {
                q.setString(1, exchangeId);
                try (ResultSet rs = q.executeQuery()) {
                    rs.next();
                    seq = rs.getLong(1);
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot open the exchange journal of " + exchangeId, e);
        }
    }

    List<Entry> readAll() {
        List<Entry> out = new ArrayList<>();
        try (PreparedStatement q = c.prepareStatement(
                "SELECT session_id, kind, payload FROM paper_exchange_journal WHERE exchange_id = ? ORDER BY seq")) {
            q.setString(1, exchangeId);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) out.add(new Entry(rs.getString(1), rs.getString(2), rs.getString(3)));
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the exchange journal of " + exchangeId, e);
        }
        return out;
    }

    void append(String session, String kind, String payload) {
        try {
            insert.setString(1, exchangeId);
            insert.setLong(2, ++seq);
            insert.setString(3, session);
            insert.setString(4, kind);
            insert.setString(5, payload);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("cannot append to the exchange journal of " + exchangeId, e);
        }
    }

    @Override
    public void close() {
        try {
            c.close();
        } catch (SQLException e) {
            throw new StoreException("closing the exchange journal", e);
        }
    }
}
