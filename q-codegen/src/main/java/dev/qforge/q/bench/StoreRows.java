package dev.qforge.q.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Row mapping of {@link QbenchStore}: writes a run to the four qbench tables and reads it back. */
final class StoreRows {
    private StoreRows() {
    }

    static void insert(Connection c, BenchResult r) throws SQLException {
        BenchConfig k = r.config();
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO qbench_run (run_id, model, executor, samples, ks, temperature, "
                + "top_p, max_tokens, concurrency, timeout_ms, started_at, finished_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)")) {
            ps.setString(1, r.runId());
            ps.setString(2, r.model());
            ps.setString(3, r.executor());
            ps.setInt(4, k.samples());
            ps.setString(5, k.ks().stream().map(String::valueOf).collect(Collectors.joining(",")));
            ps.setDouble(6, k.temperature());
            ps.setDouble(7, k.topP());
            ps.setInt(8, k.maxTokens());
            ps.setInt(9, k.concurrency());
            ps.setLong(10, k.timeout().toMillis());
            ps.setObject(11, r.startedAt().atOffset(ZoneOffset.UTC));
            ps.setObject(12, r.finishedAt().atOffset(ZoneOffset.UTC));
            ps.executeUpdate();
        }
        try (PreparedStatement pp = c.prepareStatement("INSERT INTO qbench_problem (run_id, ordinal, problem_id, title, difficulty, "
                + "test_count, n, c) VALUES (?,?,?,?,?,?,?,?)");
             PreparedStatement sp = c.prepareStatement("INSERT INTO qbench_sample (run_id, problem_id, sample_index, answer, code, "
                     + "failure, passed) VALUES (?,?,?,?,?,?,?)");
             PreparedStatement tp = c.prepareStatement("INSERT INTO qbench_test (run_id, problem_id, sample_index, test_index, passed, "
                     + "reason, stdout, millis) VALUES (?,?,?,?,?,?,?,?)")) {
            int ordinal = 0;
            for (ProblemResult p : r.problems()) {
                pp.setString(1, r.runId());
                pp.setInt(2, ordinal++);
                pp.setString(3, p.problemId());
                pp.setString(4, p.title());
                pp.setString(5, p.difficulty().label());
                pp.setInt(6, p.testCount());
                pp.setInt(7, p.n());
                pp.setInt(8, p.c());
                pp.addBatch();
                for (SampleResult s : p.samples()) {
                    sp.setString(1, r.runId());
                    sp.setString(2, p.problemId());
                    sp.setInt(3, s.sample());
                    sp.setString(4, s.answer());
                    sp.setString(5, s.code());
                    setNullable(sp, 6, s.failure());
                    sp.setBoolean(7, s.passed());
                    sp.addBatch();
                    for (TestResult t : s.tests()) {
                        tp.setString(1, r.runId());
                        tp.setString(2, p.problemId());
                        tp.setInt(3, s.sample());
                        tp.setInt(4, t.index());
                        tp.setBoolean(5, t.passed());
                        setNullable(tp, 6, t.reason());
                        tp.setString(7, t.stdout());
                        tp.setLong(8, t.millis());
                        tp.addBatch();
                    }
                }
            }
            pp.executeBatch();
            sp.executeBatch();
            tp.executeBatch();
        }
    }

    private static void setNullable(PreparedStatement ps, int i, String v) throws SQLException {
        if (v == null) ps.setNull(i, Types.CLOB);
        else ps.setString(i, v);
    }

    static List<Integer> ks(String text) {
        return Arrays.stream(text.split(",")).map(String::strip).map(Integer::valueOf).toList();
    }

    static Optional<BenchResult> read(Connection c, String runId) throws SQLException {
        String model, executor;
        BenchConfig config;
        OffsetDateTime start, end;
        try (PreparedStatement ps = c.prepareStatement("SELECT model, executor, samples, ks, temperature, top_p, max_tokens, "
                + "concurrency, timeout_ms, started_at, finished_at FROM qbench_run WHERE run_id = ?")) {
            ps.setString(1, runId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) return Optional.empty();
                model = rs.getString(1);
                executor = rs.getString(2);
                config = new BenchConfig(rs.getInt(3), ks(rs.getString(4)), rs.getDouble(5), rs.getDouble(6), rs.getInt(7),
                        rs.getInt(8), Duration.ofMillis(rs.getLong(9)));
                start = rs.getObject(10, OffsetDateTime.class);
                end = rs.getObject(11, OffsetDateTime.class);
            }
        }
        Map<String, Map<Integer, List<TestResult>>> tests = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT problem_id, sample_index, test_index, passed, reason, stdout, millis "
                + "FROM qbench_test WHERE run_id = ? ORDER BY problem_id, sample_index, test_index")) {
            ps.setString(1, runId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    tests.computeIfAbsent(rs.getString(1), x -> new LinkedHashMap<>()).computeIfAbsent(rs.getInt(2), x -> new ArrayList<>())
                            .add(new TestResult(rs.getInt(3), rs.getBoolean(4), rs.getString(5), rs.getString(6), rs.getLong(7)));
                }
            }
        }
        Map<String, List<SampleResult>> samples = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT problem_id, sample_index, answer, code, failure FROM qbench_sample "
                + "WHERE run_id = ? ORDER BY problem_id, sample_index")) {
            ps.setString(1, runId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String pid = rs.getString(1);
                    int si = rs.getInt(2);
                    List<TestResult> ts = tests.getOrDefault(pid, Map.of()).getOrDefault(si, List.of());
                    samples.computeIfAbsent(pid, x -> new ArrayList<>()).add(new SampleResult(si, rs.getString(3), rs.getString(4), rs.getString(5), ts));
                }
            }
        }
        List<ProblemResult> problems = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT problem_id, title, difficulty, test_count FROM qbench_problem "
                + "WHERE run_id = ? ORDER BY ordinal")) {
            ps.setString(1, runId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String pid = rs.getString(1);
                    problems.add(new ProblemResult(pid, rs.getString(2), Difficulty.parse(rs.getString(3)), rs.getInt(4),
                            samples.getOrDefault(pid, List.of())));
                }
            }
        }
        return Optional.of(new BenchResult(runId, model, executor, config, start.toInstant(), end.toInstant(), problems));
    }
}
