package dev.qforge.backtest.run;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.qforge.backtest.order.Fill;
import dev.qforge.backtest.order.Order;
import dev.qforge.backtest.order.OrderEvent;
import dev.qforge.data.store.Database;
import dev.qforge.data.store.StoreException;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Backtest runs in H2: the run row (spec, data fingerprints, seed, metrics, digest), its equity points,
 * orders, fills and order log, and for sweeps the points. Opening migrates the {@code backtest} module's
 * schema (Flyway history {@code flyway_history_backtest}).
 */
public final class RunStore {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final Database db;

    public RunStore(Database db) {
        this.db = db;
        db.migrate("backtest");
    }

    /** Equity points to store with a run (for example one per trading day). */
    public record EquityPoints(long[] time, double[] equity, double[] cash, double[] gross) {
        public static final EquityPoints NONE = new EquityPoints(new long[0], new double[0], new double[0], new double[0]);
    }

    /** Saves a run with its details in one transaction and returns the stored record with its id. */
    public RunRecord save(RunRecord run, EquityPoints equity, List<Order> orders, List<Fill> fills, List<OrderEvent> events,
                          List<RunPoint> points) {
        try (Connection c = db.connect()) {
            c.setAutoCommit(false);
            long id;
            try (PreparedStatement ps = c.prepareStatement("insert into bt_runs(kind, strategy, spec, data, seed, started_at,"
                    + " elapsed_ms, metrics, final_equity, result_digest, output_dir, parent_id, note) values (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, run.kind());
                ps.setString(2, run.strategy());
                ps.setString(3, json(run.spec()));
                ps.setString(4, joinFingerprints(run.dataFingerprints()));
                ps.setLong(5, run.seed());
                ps.setObject(6, OffsetDateTime.ofInstant(run.startedAt(), ZoneOffset.UTC));
                ps.setLong(7, run.elapsedMs());
                ps.setString(8, json(Metrics.jsonSafe(run.metrics())));
                setDouble(ps, 9, run.finalEquity());
                ps.setString(10, run.digest());
                ps.setString(11, run.outputDir());
                if (run.parentId() > 0) ps.setLong(12, run.parentId()); else ps.setNull(12, Types.BIGINT);
                ps.setString(13, run.note());
                ps.executeUpdate();
                try (ResultSet k = ps.getGeneratedKeys()) {
                    k.next();
                    id = k.getLong(1);
                }
            }
            insertEquity(c, id, equity);
            insertOrders(c, id, orders);
            insertFills(c, id, fills);
            insertEvents(c, id, events);
            insertPoints(c, id, points);
            c.commit();
            return run.withId(id);
        } catch (SQLException e) {
            throw new StoreException("saving run of " + run.strategy() + " to " + db.url() + " failed: " + e.getMessage(), e);
        }
    }

    public void setOutputDir(long id, String dir) {
        update("update bt_runs set output_dir = ? where id = ?", dir, id);
    }

    public List<RunRecord> list(int limit) {
        return query("select * from bt_runs order by id desc limit " + Math.max(1, limit));
    }

    public Optional<RunRecord> get(long id) {
        List<RunRecord> r = query("select * from bt_runs where id = " + id);
        return r.isEmpty() ? Optional.empty() : Optional.of(r.get(0));
    }

    /** The run or a clear error: "no run 42 in jdbc:...; qforge runs list shows the stored runs". */
    public RunRecord require(long id) {
        return get(id).orElseThrow(() -> new IllegalArgumentException("no run " + id + " in " + db.url()
                + "; 'qforge runs list' shows the stored runs"));
    }

    public EquityPoints equity(long id) {
        List<long[]> t = new ArrayList<>();
        List<double[]> v = new ArrayList<>();
        try (Connection c = db.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select t, equity, cash, gross from bt_equity where run_id = " + id + " order by seq")) {
            while (rs.next()) {
                t.add(new long[] {rs.getLong(1)});
                v.add(new double[] {rs.getDouble(2), rs.getDouble(3), rs.getDouble(4)});
            }
        } catch (SQLException e) {
            throw new StoreException("reading equity of run " + id + " failed: " + e.getMessage(), e);
        }
        int n = t.size();
        long[] time = new long[n];
        double[] eq = new double[n], cash = new double[n], gross = new double[n];
        for (int i = 0; i < n; i++) {
            time[i] = t.get(i)[0];
            eq[i] = v.get(i)[0];
            cash[i] = v.get(i)[1];
            gross[i] = v.get(i)[2];
        }
        return new EquityPoints(time, eq, cash, gross);
    }

    public List<Fill> fills(long id) {
        List<Fill> out = new ArrayList<>();
        try (Connection c = db.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select order_id, symbol, side, quantity, price, commission, t from bt_fills where run_id = "
                     + id + " order by seq")) {
            while (rs.next()) {
                out.add(new Fill(rs.getLong(1), rs.getString(2), dev.qforge.backtest.order.Side.valueOf(rs.getString(3)),
                        rs.getDouble(4), rs.getDouble(5), rs.getDouble(6), rs.getLong(7), ""));
            }
        } catch (SQLException e) {
            throw new StoreException("reading fills of run " + id + " failed: " + e.getMessage(), e);
        }
        return out;
    }

    public List<OrderEvent> events(long id) {
        List<OrderEvent> out = new ArrayList<>();
        try (Connection c = db.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select t, order_id, symbol, status, filled, reason from bt_events where run_id = "
                     + id + " order by seq")) {
            while (rs.next()) {
                out.add(new OrderEvent(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        dev.qforge.backtest.order.OrderStatus.valueOf(rs.getString(4)), rs.getDouble(5), rs.getString(6)));
            }
        } catch (SQLException e) {
            throw new StoreException("reading the order log of run " + id + " failed: " + e.getMessage(), e);
        }
        return out;
    }

    public List<RunPoint> points(long id) {
        List<RunPoint> out = new ArrayList<>();
        try (Connection c = db.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select params, score, metrics, error from bt_points where run_id = " + id + " order by seq")) {
            while (rs.next()) {
                double score = rs.getDouble(2);
                if (rs.wasNull()) score = Double.NaN;
                out.add(new RunPoint(map(rs.getString(1)), score, map(rs.getString(3)), rs.getString(4)));
            }
        } catch (SQLException e) {
            throw new StoreException("reading the points of run " + id + " failed: " + e.getMessage(), e);
        }
        return out;
    }

    public boolean delete(long id) {
        return update("delete from bt_runs where id = ?", null, id) > 0;
    }

    private List<RunRecord> query(String sql) {
        List<RunRecord> out = new ArrayList<>();
        try (Connection c = db.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                double fe = rs.getDouble("final_equity");
                if (rs.wasNull()) fe = Double.NaN;
                long parent = rs.getLong("parent_id");
                out.add(new RunRecord(rs.getLong("id"), rs.getString("kind"), rs.getString("strategy"),
                        JSON.readValue(rs.getString("spec"), RunSpec.class), splitFingerprints(rs.getString("data")),
                        rs.getLong("seed"), rs.getObject("started_at", OffsetDateTime.class).toInstant(), rs.getLong("elapsed_ms"),
                        map(rs.getString("metrics")), fe, rs.getString("result_digest"), rs.getString("output_dir"),
                        rs.wasNull() ? 0 : parent, rs.getString("note")));
            }
        } catch (SQLException | JsonProcessingException e) {
            throw new StoreException("reading runs from " + db.url() + " failed: " + e.getMessage(), e);
        }
        return out;
    }

    private int update(String sql, String value, long id) {
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            int k = 1;
            if (value != null || sql.contains("output_dir")) ps.setString(k++, value);
            ps.setLong(k, id);
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("updating run " + id + " failed: " + e.getMessage(), e);
        }
    }

    private static void insertEquity(Connection c, long id, EquityPoints e) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("insert into bt_equity values (?,?,?,?,?,?)")) {
            for (int i = 0; i < e.time().length; i++) {
                ps.setLong(1, id);
                ps.setInt(2, i);
                ps.setLong(3, e.time()[i]);
                ps.setDouble(4, e.equity()[i]);
                ps.setDouble(5, e.cash()[i]);
                ps.setDouble(6, e.gross()[i]);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void insertOrders(Connection c, long id, List<Order> orders) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("insert into bt_orders values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
            for (Order o : orders) {
                var r = o.request();
                ps.setLong(1, id);
                ps.setLong(2, o.id());
                ps.setString(3, r.symbol());
                ps.setString(4, r.side().name());
                ps.setString(5, r.type().name());
                setDouble(ps, 6, r.quantity());
                setDouble(ps, 7, r.limitPrice());
                setDouble(ps, 8, r.stopPrice());
                ps.setString(9, r.timeInForce().name());
                ps.setString(10, o.status().name());
                ps.setDouble(11, o.filledQuantity());
                setDouble(ps, 12, o.avgFillPrice());
                ps.setLong(13, o.submittedAt());
                ps.setLong(14, o.updatedAt());
                ps.setString(15, clip(o.reason()));
                ps.setString(16, clip(r.tag()));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void insertFills(Connection c, long id, List<Fill> fills) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("insert into bt_fills values (?,?,?,?,?,?,?,?,?)")) {
            int seq = 0;
            for (Fill f : fills) {
                ps.setLong(1, id);
                ps.setInt(2, seq++);
                ps.setLong(3, f.orderId());
                ps.setString(4, f.symbol());
                ps.setString(5, f.side().name());
                ps.setDouble(6, f.quantity());
                ps.setDouble(7, f.price());
                ps.setDouble(8, f.commission());
                ps.setLong(9, f.time());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void insertEvents(Connection c, long id, List<OrderEvent> events) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("insert into bt_events values (?,?,?,?,?,?,?,?)")) {
            int seq = 0;
            for (OrderEvent e : events) {
                ps.setLong(1, id);
                ps.setInt(2, seq++);
                ps.setLong(3, e.time());
                ps.setLong(4, e.orderId());
                ps.setString(5, e.symbol());
                ps.setString(6, e.status().name());
                ps.setDouble(7, e.filledQuantity());
                ps.setString(8, clip(e.reason()));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void insertPoints(Connection c, long id, List<RunPoint> points) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("insert into bt_points values (?,?,?,?,?,?)")) {
            int seq = 0;
            for (RunPoint p : points) {
                ps.setLong(1, id);
                ps.setInt(2, seq++);
                ps.setString(3, json(p.params()));
                setDouble(ps, 4, p.score());
                ps.setString(5, json(Metrics.jsonSafe(p.metrics())));
                ps.setString(6, clip(p.error()));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void setDouble(PreparedStatement ps, int i, double v) throws SQLException {
        if (Double.isFinite(v)) ps.setDouble(i, v); else ps.setNull(i, Types.DOUBLE);
    }

    private static String clip(String s) {
        return s == null || s.length() <= 1000 ? s : s.substring(0, 997) + "...";
    }

    private static String joinFingerprints(Map<String, String> fp) {
        StringBuilder b = new StringBuilder();
        fp.forEach((k, v) -> b.append(b.isEmpty() ? "" : ",").append(k).append('=').append(v));
        return b.length() <= 4000 ? b.toString() : b.substring(0, 3997) + "...";
    }

    private static Map<String, String> splitFingerprints(String s) {
        Map<String, String> m = new LinkedHashMap<>();
        if (s == null || s.isEmpty()) return m;
        for (String part : s.split(",")) {
            int eq = part.lastIndexOf('=');
            if (eq > 0) m.put(part.substring(0, eq), part.substring(eq + 1));
        }
        return m;
    }

    static String json(Object o) {
        try {
            return o == null ? null : JSON.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON: " + e.getMessage(), e);
        }
    }

    private static Map<String, Object> map(String json) {
        if (json == null) return Map.of();
        try {
            return JSON.readValue(json, new TypeReference<LinkedHashMap<String, Object>>() { });
        } catch (JsonProcessingException e) {
            throw new StoreException("stored JSON is unreadable: " + e.getMessage(), e);
        }
    }
}
