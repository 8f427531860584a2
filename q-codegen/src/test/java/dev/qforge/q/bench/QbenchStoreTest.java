package dev.qforge.q.bench;

import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QbenchStoreTest {

    static BenchResult sampleRun(String id) {
        TestResult ok = new TestResult(1, true, null, "45\n", 3);
        TestResult bad = new TestResult(2, false, "error: 'type", "", 4);
        SampleResult s0 = new SampleResult(0, "```q\nsolve:{x}\n```", "solve:{x}", null, List.of(ok, bad));
        SampleResult s1 = new SampleResult(1, "", "", "model call failed: timeout", List.of());
        SampleResult s2 = new SampleResult(0, "a", "solve:{[s] reverse s}", null,
                List.of(new TestResult(1, true, null, "\"olleh\"\n", 1), new TestResult(2, true, null, ",\"a\"\n", 1)));
        SampleResult s3 = new SampleResult(1, "no idea", "", "no code in the answer", List.of());
        BenchConfig cfg = new BenchConfig(2, List.of(1, 2), 0.7, 0.95, 1024, 3, Duration.ofSeconds(2));
        return new BenchResult(id, "gpt-test", "embedded", cfg, Instant.parse("2025-06-01T10:00:00.123Z"),
                Instant.parse("2025-06-01T10:05:00Z"), List.of(
                new ProblemResult("digit-sum", "Digit sum", Difficulty.EASY, 2, List.of(s0, s1)),
                new ProblemResult("reverse-string", "Reverse a string", Difficulty.UNKNOWN, 2, List.of(s2, s3))));
    }

    @Test
    void roundTripsARun() throws Exception {
        String url = "jdbc:h2:mem:qbench_store_rt";
        try (QbenchStore store = QbenchStore.open(url)) {
            BenchResult r = sampleRun("qb-1");
            store.save(r);
            assertThat(store.load("qb-1")).contains(r);
            assertThat(store.load("nope")).isEmpty();
            store.save(sampleRun("qb-2"));
            assertThat(store.runs()).extracting(QbenchStore.RunInfo::runId).containsExactlyInAnyOrder("qb-1", "qb-2");
            assertThat(store.runs().get(0).problems()).isEqualTo(2);
            assertThat(store.runs().get(0).ks()).containsExactly(1, 2);
            assertThatThrownBy(() -> store.save(r)).hasMessageContaining("qb-1");
            assertThat(store.delete("qb-1")).isTrue();
            assertThat(store.delete("qb-1")).isFalse();
            assertThat(store.load("qb-1")).isEmpty();
            try (Connection c = DriverManager.getConnection(url, "sa", "");
                 ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM \"flyway_history_qbench\" WHERE \"success\"")) {
                rs.next();
                assertThat(rs.getInt(1)).isGreaterThanOrEqualTo(1);
            }
        }
    }

    @Test
    void reopeningAMigratedDatabaseKeepsItsRuns(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        String url = "jdbc:h2:file:" + dir.resolve("q").toAbsolutePath();
        try (QbenchStore s = QbenchStore.open(url)) {
            s.save(sampleRun("qb-file"));
        }
        try (QbenchStore s = QbenchStore.open(url)) {
            assertThat(s.load("qb-file")).contains(sampleRun("qb-file"));
        }
    }
}
