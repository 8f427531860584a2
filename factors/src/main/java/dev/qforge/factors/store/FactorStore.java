package dev.qforge.factors.store;

import dev.qforge.data.store.Database;
import dev.qforge.data.store.StoreException;
import dev.qforge.factors.analysis.FactorEvaluation;
import dev.qforge.factors.analysis.IcStats;
import dev.qforge.factors.expr.Expression;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Factor definitions and their metrics in H2 (tables from {@code db/migration/factors}). A definition is a
 * name for an expression; metrics are stored per data fingerprint and horizon, so the same factor evaluated
 * on two data sets keeps both results. Saving a name again replaces its expression and that data set's metrics.
 */
public final class FactorStore {

    /** A stored factor; {@code metrics} maps "fingerprint/h{horizon}/{metric}" to the value. */
    public record StoredFactor(String name, String expression, String canonical, String description, Map<String, Double> metrics) {
    }

    private final Database db;

    public FactorStore(Database db) {
        this.db = db;
        db.migrate("factors");
    }

    public void save(String name, Expression e, String description) {
        if (name == null || !name.matches("[A-Za-z0-9_.\\-]{1,200}")) {
            throw new IllegalArgumentException("factor name '" + name + "' must be 1-200 letters, digits, '_', '-' or '.'");
        }
        try (Connection c = db.connect();
             PreparedStatement ps = c.prepareStatement("MERGE INTO factor_definition (name, expression, canonical, description) KEY (name) VALUES (?, ?, ?, ?)")) {
            ps.setString(1, name);
            ps.setString(2, e.text());
            ps.setString(3, e.canonical());
            ps.setString(4, description);
            ps.executeUpdate();
        } catch (SQLException ex) {
            throw new StoreException("saving factor " + name, ex);
        }
    }

    /** Stores the IC summaries of an evaluation (replacing earlier metrics of this factor on these data). */
    public void saveMetrics(String name, String fingerprint, FactorEvaluation.Result r) {
        try (Connection c = db.connect()) {
            c.setAutoCommit(false);
            try (PreparedStatement del = c.prepareStatement("DELETE FROM factor_metric WHERE name = ? AND data_fingerprint = ?");
                 PreparedStatement ins = c.prepareStatement("INSERT INTO factor_metric VALUES (?, ?, ?, ?, ?)")) {
                del.setString(1, name);
                del.setString(2, fingerprint);
                del.executeUpdate();
                for (FactorEvaluation.Horizon h : r.horizons()) {
                    Map<String, Double> m = new LinkedHashMap<>();
                    put(m, "ic", h.ic());
                    put(m, "rank_ic", h.rankIc());
                    m.put("top_minus_bottom", h.quantiles().meanSpread());
                    m.put("top_turnover", h.quantiles().meanTopTurnover());
                    if (h.h() == r.horizons()[0].h()) {
                        m.put("coverage", r.coverage());
                        m.put("rank_autocorrelation", r.rankAutocorrelation());
                    }
                    for (Map.Entry<String, Double> e : m.entrySet()) {
                        ins.setString(1, name);
                        ins.setString(2, fingerprint);
                        ins.setInt(3, h.h());
                        ins.setString(4, e.getKey());
                        if (Double.isFinite(e.getValue())) ins.setDouble(5, e.getValue());
                        else ins.setNull(5, java.sql.Types.DOUBLE);
                        ins.addBatch();
                    }
                }
                ins.executeBatch();
                c.commit();
            } catch (SQLException ex) {
                c.rollback();
                throw ex;
            }
        } catch (SQLException ex) {
            throw new StoreException("saving metrics of factor " + name, ex);
        }
    }

    private static void put(Map<String, Double> m, String prefix, IcStats s) {
        m.put(prefix + "_mean", s.mean());
        m.put(prefix + "_std", s.std());
        m.put(prefix + "_ir", s.icir());
        m.put(prefix + "_t", s.tStat());
        m.put(prefix + "_hit_rate", s.hitRate());
    }

    public List<StoredFactor> list() {
        List<StoredFactor> out = new ArrayList<>();
        try (Connection c = db.connect();
             ResultSet rs = c.createStatement().executeQuery("SELECT name, expression, canonical, description FROM factor_definition ORDER BY name")) {
            while (rs.next()) out.add(new StoredFactor(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), metrics(c, rs.getString(1))));
        } catch (SQLException ex) {
            throw new StoreException("listing factors", ex);
        }
        return out;
    }

    /** The factor called {@code name}, or null. */
    public StoredFactor find(String name) {
        for (StoredFactor f : list()) if (f.name().equals(name)) return f;
        return null;
    }

    public boolean delete(String name) {
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement("DELETE FROM factor_definition WHERE name = ?")) {
            ps.setString(1, name);
            return ps.executeUpdate() > 0;
        } catch (SQLException ex) {
            throw new StoreException("deleting factor " + name, ex);
        }
    }

    private static Map<String, Double> metrics(Connection c, String name) throws SQLException {
        Map<String, Double> m = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT data_fingerprint, horizon, metric, metric_value FROM factor_metric WHERE name = ? ORDER BY data_fingerprint, horizon, metric")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    double v = rs.getDouble(4);
                    m.put(rs.getString(1) + "/h" + rs.getInt(2) + "/" + rs.getString(3), rs.wasNull() ? Double.NaN : v);
                }
            }
        }
        return m;
    }
}
