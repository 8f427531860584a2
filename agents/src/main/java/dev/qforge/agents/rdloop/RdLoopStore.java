package dev.qforge.agents.rdloop;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.qforge.data.store.Database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * R&amp;D loop runs in H2 (tables {@code rdloop_run}, {@code rdloop_step}, {@code rdloop_attempt} and
 * {@code rdloop_budget_change}, migrated from {@code db/migration/agents}). A loop's step and its attempts are written in one transaction after the loop
 * completes, so an interrupted run holds whole loops only, and {@code resume} starts at the first missing one.
 */
public final class RdLoopStore {

    /** A run's header. */
    public record Run(String id, String researcher, String dataSource, String fingerprint, String split, LoopConfig config,
                      String status, int loopsDone, long createdAt, long updatedAt) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Database db;
    private final Clock clock;

    public RdLoopStore(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
        db.migrate("agents");
    }

    public void createRun(String id, String researcher, String dataSource, String fingerprint, String split, LoopConfig config) {
        long now = clock.millis();
        sql(c -> {
            try (PreparedStatement p = c.prepareStatement("INSERT INTO rdloop_run VALUES (?,?,?,?,?,?,?,?,?,?)")) {
                p.setString(1, id);
                p.setString(2, researcher);
                p.setString(3, dataSource);
                p.setString(4, fingerprint);
                p.setString(5, split);
                p.setString(6, JSON.writeValueAsString(config));
                p.setString(7, "running");
                p.setInt(8, 0);
                p.setLong(9, now);
                p.setLong(10, now);
                p.executeUpdate();
            }
            return null;
        });
    }

    public void saveStep(String runId, StepRecord s) {
        sql(c -> {
            c.setAutoCommit(false);
            try {
                try (PreparedStatement p = c.prepareStatement("INSERT INTO rdloop_step VALUES (?,?,?,?,?,?,?,?,?,?,?,?)")) {
                    p.setString(1, runId);
                    p.setInt(2, s.loop());
                    p.setString(3, s.arm().name());
                    p.setString(4, encode(s.context()));
                    p.setString(5, s.code());
                    p.setString(6, encode(s.candidate().vector()));
                    p.setString(7, s.status().name());
                    p.setString(8, s.reason());
                    p.setString(9, encode(s.bestAfter().vector()));
                    p.setDouble(10, s.reward());
                    p.setInt(11, s.tokens());
                    p.setLong(12, s.millis());
                    p.executeUpdate();
                }
                try (PreparedStatement p = c.prepareStatement("INSERT INTO rdloop_attempt VALUES (?,?,?,?,?,?)")) {
                    for (Attempt a : s.attempts()) {
                        p.setString(1, runId);
                        p.setInt(2, s.loop());
                        p.setInt(3, a.number());
                        p.setString(4, a.code());
                        p.setString(5, a.error());
                        p.setInt(6, a.tokens());
                        p.addBatch();
                    }
                    p.executeBatch();
                }
                try (PreparedStatement p = c.prepareStatement("UPDATE rdloop_run SET loops_done = ?, updated_at = ? WHERE id = ?")) {
                    p.setInt(1, s.loop() + 1);
                    p.setLong(2, clock.millis());
                    p.setString(3, runId);
                    p.executeUpdate();
                }
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            }
            return null;
        });
    }

    /**
     * Raises (or sets) a run's budgets before it is resumed: a null leaves that budget as it is. The run's stored config
     * is replaced and the change recorded (table {@code rdloop_budget_change}) in one transaction; returns the new
     * config. A budget may not be set at or below what the run has already used, which would stop it again at once:
     * the loop budget not below the loops done, a wall or token budget (0: no limit) not at or below the seconds or
     * tokens already spent. Since a loop's draws depend only on the seed and its index, the loops run after the
     * change are the ones a run started with the new budgets would have run.
     */
    public LoopConfig changeBudgets(String runId, Integer loops, Long wallSeconds, Long tokens) {
        return sql(c -> {
            c.setAutoCommit(false);
            try {
                Run run;
                try (PreparedStatement p = c.prepareStatement("SELECT * FROM rdloop_run WHERE id = ? FOR UPDATE")) {
                    p.setString(1, runId);
                    try (ResultSet r = p.executeQuery()) {
                        if (!r.next()) throw new IllegalArgumentException("no R&D loop run '" + runId + "'");
                        run = run(r);
                    }
                }
                long spentMillis, spentTokens;
                try (PreparedStatement p = c.prepareStatement("SELECT COALESCE(SUM(millis), 0), COALESCE(SUM(tokens), 0) FROM rdloop_step WHERE run_id = ?")) {
                    p.setString(1, runId);
                    try (ResultSet r = p.executeQuery()) {
                        r.next();
                        spentMillis = r.getLong(1);
                        spentTokens = r.getLong(2);
                    }
                }
                LoopConfig old = run.config();
                int newLoops = loops == null ? old.loops() : loops;
                long newWall = wallSeconds == null ? old.wallBudgetSeconds() : wallSeconds;
                long newTokens = tokens == null ? old.tokenBudget() : tokens;
                if (newLoops < run.loopsDone()) {
                    throw new IllegalArgumentException("run " + runId + ": a loop budget of " + newLoops + " is below the " + run.loopsDone()
                            + " loops it has already done; a budget can be raised, not set below what is spent");
                }
                if (newWall < 0 || newTokens < 0) throw new IllegalArgumentException("run " + runId + ": budgets must be >= 0 (0: none)");
                if (newWall > 0 && newWall * 1000 <= spentMillis) {
                    throw new IllegalArgumentException(String.format(java.util.Locale.ROOT, "run %s: a wall budget of %d s is not above the %.1f s its loops have already taken",
                            runId, newWall, spentMillis / 1000.0));
                }
                if (newTokens > 0 && newTokens <= spentTokens) {
                    throw new IllegalArgumentException("run " + runId + ": a token budget of " + newTokens + " is not above the " + spentTokens + " tokens it has already spent");
                }
                LoopConfig now = old.withLoops(newLoops).withBudgets(newWall, newTokens);
                if (now.equals(old)) {
                    c.rollback();
                    return old;
                }
                int number;
                try (PreparedStatement p = c.prepareStatement("SELECT COUNT(*) FROM rdloop_budget_change WHERE run_id = ?")) {
                    p.setString(1, runId);
                    try (ResultSet r = p.executeQuery()) {
                        r.next();
                        number = r.getInt(1) + 1;
                    }
                }
                long at = clock.millis();
                try (PreparedStatement p = c.prepareStatement("UPDATE rdloop_run SET config = ?, updated_at = ? WHERE id = ?")) {
                    p.setString(1, JSON.writeValueAsString(now));
                    p.setLong(2, at);
                    p.setString(3, runId);
                    p.executeUpdate();
                }
                try (PreparedStatement p = c.prepareStatement("INSERT INTO rdloop_budget_change VALUES (?,?,?,?,?,?,?,?,?,?)")) {
                    p.setString(1, runId);
                    p.setInt(2, number);
                    p.setLong(3, at);
                    p.setInt(4, run.loopsDone());
                    p.setInt(5, old.loops());
                    p.setInt(6, newLoops);
                    p.setLong(7, old.wallBudgetSeconds());
                    p.setLong(8, newWall);
                    p.setLong(9, old.tokenBudget());
                    p.setLong(10, newTokens);
                    p.executeUpdate();
                }
                c.commit();
                return now;
            } catch (Exception e) {
                c.rollback();
                throw e;
            }
        });
    }

    /** The budget changes of a run, oldest first. */
    public List<BudgetChange> budgetChanges(String runId) {
        return sql(c -> {
            List<BudgetChange> out = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("SELECT * FROM rdloop_budget_change WHERE run_id = ? ORDER BY number")) {
                p.setString(1, runId);
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        out.add(new BudgetChange(r.getInt("number"), r.getLong("changed_at"), r.getInt("loops_done"), r.getInt("loops_before"),
                                r.getInt("loops_after"), r.getLong("wall_before"), r.getLong("wall_after"), r.getLong("tokens_before"), r.getLong("tokens_after")));
                    }
                }
            }
            return out;
        });
    }

    public void setStatus(String runId, String status) {
        sql(c -> {
            try (PreparedStatement p = c.prepareStatement("UPDATE rdloop_run SET status = ?, updated_at = ? WHERE id = ?")) {
                p.setString(1, status);
                p.setLong(2, clock.millis());
                p.setString(3, runId);
                p.executeUpdate();
            }
            return null;
        });
    }

    public Optional<Run> run(String id) {
        return sql(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT * FROM rdloop_run WHERE id = ?")) {
                p.setString(1, id);
                try (ResultSet r = p.executeQuery()) {
                    return r.next() ? Optional.of(run(r)) : Optional.<Run>empty();
                }
            }
        });
    }

    /** Every run, newest first. */
    public List<Run> runs() {
        return sql(c -> {
            List<Run> out = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("SELECT * FROM rdloop_run ORDER BY created_at DESC, id");
                 ResultSet r = p.executeQuery()) {
                while (r.next()) out.add(run(r));
            }
            return out;
        });
    }

    /** The completed loops of a run, in order, with their attempts. */
    public List<StepRecord> steps(String runId) {
        return sql(c -> {
            List<StepRecord> out = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("SELECT * FROM rdloop_step WHERE run_id = ? ORDER BY loop_index");
                 PreparedStatement q = c.prepareStatement("SELECT * FROM rdloop_attempt WHERE run_id = ? AND loop_index = ? ORDER BY number")) {
                p.setString(1, runId);
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        int loop = r.getInt("loop_index");
                        List<Attempt> attempts = new ArrayList<>();
                        q.setString(1, runId);
                        q.setInt(2, loop);
                        try (ResultSet a = q.executeQuery()) {
                            while (a.next()) attempts.add(new Attempt(a.getInt("number"), a.getString("code"), a.getString("error"), a.getInt("tokens")));
                        }
                        out.add(new StepRecord(loop, Arm.valueOf(r.getString("arm")), decode(r.getString("context")), attempts,
                                r.getString("code"), Metrics.of(decode(r.getString("candidate"))), StepStatus.valueOf(r.getString("status")),
                                r.getString("reason"), Metrics.of(decode(r.getString("best_after"))), r.getDouble("reward"),
                                r.getInt("tokens"), r.getLong("millis")));
                    }
                }
            }
            return out;
        });
    }

    private static Run run(ResultSet r) throws Exception {
        return new Run(r.getString("id"), r.getString("researcher"), r.getString("data_source"), r.getString("data_fingerprint"),
                r.getString("split"), JSON.readValue(r.getString("config"), LoopConfig.class), r.getString("status"),
                r.getInt("loops_done"), r.getLong("created_at"), r.getLong("updated_at"));
    }

    /** Doubles as comma-separated {@link Double#toString} texts, which parse back to the same bits (NaN included). */
    static String encode(double[] v) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < v.length; i++) b.append(i > 0 ? "," : "").append(v[i]);
        return b.toString();
    }

    static double[] decode(String s) {
        if (s.isEmpty()) return new double[0];
        String[] parts = s.split(",");
        double[] v = new double[parts.length];
        for (int i = 0; i < v.length; i++) v[i] = Double.parseDouble(parts[i]);
        return v;
    }

    private interface Work<T> {
        T run(Connection c) throws Exception;
    }

    private <T> T sql(Work<T> w) {
        try (Connection c = db.connect()) {
            return w.run(c);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("R&D loop store " + db.url() + ": " + e.getMessage(), e);
        }
    }
}
