package dev.qforge.q.bench;

import org.flywaydb.core.Flyway;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Benchmark runs in an H2 database (any JDBC URL H2 accepts: {@code jdbc:h2:mem:x}, {@code jdbc:h2:file:...}).
 * Opening applies this module's Flyway migrations ({@code classpath:db/migration/qbench}, history table
 * {@code flyway_history_qbench}, so it shares a database with other modules without sharing their version
 * sequence). A run is saved in one transaction, with every sample's answer, code and test verdicts, and loads
 * back equal to what was saved. While open, one idle connection is held so an in-memory database lives as long
 * as the store. User {@code sa} with an empty password unless the URL carries {@code USER=}.
 */
public final class QbenchStore implements AutoCloseable {

    /** One row of the run list. */
    public record RunInfo(String runId, String model, String executor, int samples, List<Integer> ks,
                          java.time.Instant startedAt, java.time.Instant finishedAt, int problems) {
    }

    private final String url;
    private final Connection keeper;

    private QbenchStore(String url) throws SQLException {
        this.url = url;
        this.keeper = connect();
    }

    /** Opens (and migrates) the database at this JDBC URL. */
    public static QbenchStore open(String jdbcUrl) {
        try {
            QbenchStore s = new QbenchStore(jdbcUrl);
            boolean own = ownCredentials(jdbcUrl);
            Flyway.configure(QbenchStore.class.getClassLoader())
                    .dataSource(jdbcUrl, own ? null : "sa", own ? null : "")
                    .locations("classpath:db/migration/qbench")
                    .table("flyway_history_qbench")
                    .baselineOnMigrate(true)
                    .baselineVersion("0")
                    .failOnMissingLocations(true)
                    .load()
                    .migrate();
            return s;
        } catch (SQLException | RuntimeException e) {
            throw new IllegalStateException("cannot open the qbench store at " + jdbcUrl + ": " + e.getMessage(), e);
        }
    }

    private Connection connect() throws SQLException {
        return ownCredentials(url) ? DriverManager.getConnection(url) : DriverManager.getConnection(url, "sa", "");
    }

    private static boolean ownCredentials(String url) {
        return url.toUpperCase(Locale.ROOT).contains(";USER=");
    }

    /** Saves a run; a run id already stored is an error. */
    public void save(BenchResult r) {
        try (Connection c = connect()) {
            c.setAutoCommit(false);
            try {
                StoreRows.insert(c, r);
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot save run " + r.runId() + ": " + e.getMessage(), e);
        }
    }

    /** The stored run, if any. */
    public Optional<BenchResult> load(String runId) {
        try (Connection c = connect()) {
            return StoreRows.read(c, runId);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot load run " + runId + ": " + e.getMessage(), e);
        }
    }

    /** All stored runs, newest first. */
    public List<RunInfo> runs() {
        String sql = "SELECT r.run_id, r.model, r.executor, r.samples, r.ks, r.started_at, r.finished_at, "
                + "(SELECT COUNT(*) FROM qbench_problem p WHERE p.run_id = r.run_id) FROM qbench_run r "
                + "ORDER BY r.started_at DESC, r.run_id DESC";
        try (Connection c = connect(); PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            List<RunInfo> out = new ArrayList<>();
            while (rs.next()) {
                out.add(new RunInfo(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4), StoreRows.ks(rs.getString(5)),
                        rs.getObject(6, OffsetDateTime.class).toInstant(), rs.getObject(7, OffsetDateTime.class).toInstant(), rs.getInt(8)));
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot list runs: " + e.getMessage(), e);
        }
    }

    /** Deletes a run with its problems, samples and tests; false when there was none. */
    public boolean delete(String runId) {
        try (Connection c = connect(); PreparedStatement ps = c.prepareStatement("DELETE FROM qbench_run WHERE run_id = ?")) {
            ps.setString(1, runId);
            return ps.executeUpdate() > 0;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot delete run " + runId + ": " + e.getMessage(), e);
        }
    }

    public String url() {
        return url;
    }

    @Override
    public void close() {
        try {
            keeper.close();
        } catch (SQLException e) {
            throw new IllegalStateException("closing " + url, e);
        }
    }
}
