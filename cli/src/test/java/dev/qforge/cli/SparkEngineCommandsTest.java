package dev.qforge.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.qforge.data.Instrument;
import dev.qforge.data.Timeframe;
import dev.qforge.data.export.CsvBarWriter;
import dev.qforge.data.synth.GbmGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code --engine spark} on sweep, walkforward and factors alpha158 gives what {@code --engine local} gives. */
class SparkEngineCommandsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private CliRun run(String... args) {
        return CliRun.run(dir.resolve("db/qforge"), args);
    }

    @Test
    void sweepOnSparkRanksEveryPointAsTheLocalEngineAndDrawsTheSameHeatMap() throws Exception {
        String[] common = {"sweep", "--strategy", "sma-cross", "--grid", "fast=5..25:5", "--grid", "slow=10..40:10", "--data", "aapl-2013-daily",
                "--json", "--top", "100"};
        CliRun local = run(concat(common, "--out", dir.resolve("local").toString()));
        CliRun spark = run(concat(common, "--out", dir.resolve("spark").toString(), "--engine", "spark", "--master", "local[2]"));
        assertThat(local.code()).as(local.err()).isZero();
        assertThat(spark.code()).as(spark.err()).isZero();
        JsonNode a = JSON.readTree(local.out()), b = JSON.readTree(spark.out());
        assertThat(b.get("points")).isEqualTo(a.get("points")); // every point, in rank order: params, metric, equity, fills, status, error
        assertThat(b.get("points")).hasSize(20);
        // fast >= slow: (10,10), (15,10), (20,10), (20,20), (25,10), (25,20) are reported, not dropped
        assertThat(b.get("points").findValuesAsText("status")).filteredOn("invalid"::equals).hasSize(6);
        Path heatA = Path.of(a.get("report").asText()).resolveSibling("heatmap.png");
        Path heatB = Path.of(b.get("report").asText()).resolveSibling("heatmap.png");
        assertThat(Files.readAllBytes(heatB)).isEqualTo(Files.readAllBytes(heatA));
        assertThat(run("runs", "list").out()).contains("sweep");
    }

    @Test
    void walkForwardOnSparkChoosesAndTradesAsTheLocalEngine() throws Exception {
        String[] common = {"walkforward", "--strategy", "sma-cross", "--train", "100", "--test", "50", "--grid", "fast=3..9:3",
                "--grid", "slow=12..30:6", "--data", "aapl-2013-daily", "--json", "--no-report"};
        CliRun local = run(common);
        CliRun spark = run(concat(common, "--engine", "spark", "--master", "local[2]"));
        assertThat(local.code()).as(local.err()).isZero();
        assertThat(spark.code()).as(spark.err()).isZero();
        JsonNode a = JSON.readTree(local.out()), b = JSON.readTree(spark.out());
        assertThat(b.get("windows")).isEqualTo(a.get("windows")).hasSizeGreaterThan(1);
        assertThat(b.get("outOfSample")).isEqualTo(a.get("outOfSample"));
    }

    @Test
    void alpha158OnSparkWritesTheSameArrowFile() throws Exception {
        Path data = dir.resolve("universe");
        for (int i = 0; i < 5; i++) {
            CsvBarWriter.write(GbmGenerator.of(0.05, 0.3).generate(Instrument.usEquity("X" + i), Timeframe.D1, LocalDate.of(2019, 1, 2).plusDays(5L * i),
                    150, 40 + i, 9 + i), data.resolve("X" + i + ".csv"));
        }
        Path a = dir.resolve("local.arrow"), b = dir.resolve("spark.arrow");
        CliRun local = run("factors", "alpha158", "--data", data.toString(), "--out", a.toString(), "--no-cache", "--json");
        CliRun spark = run("factors", "alpha158", "--data", data.toString(), "--out", b.toString(), "--no-cache", "--json", "--engine", "spark",
                "--master", "local[2]");
        assertThat(local.code()).as(local.err()).isZero();
        assertThat(spark.code()).as(spark.err()).isZero();
        assertThat(JSON.readTree(spark.out()).get("rows")).isEqualTo(JSON.readTree(local.out()).get("rows"));
        assertThat(Files.readAllBytes(b)).isEqualTo(Files.readAllBytes(a));
    }

    @Test
    void anUnknownEngineOrAMasterWithoutSparkIsAClearError() {
        CliRun e = run("sweep", "--strategy", "sma-cross", "--grid", "fast=5", "--data", "aapl-2013-daily", "--engine", "flink", "--no-report");
        assertThat(e.code()).isNotZero();
        assertThat(e.err()).contains("unknown --engine 'flink'").contains("local or spark");
        CliRun m = run("factors", "alpha158", "--data", "aapl-2013-daily", "--master", "local[2]", "--no-cache");
        assertThat(m.code()).isNotZero();
        assertThat(m.err()).contains("--master local[2] needs --engine spark");
        CliRun bad = run("sweep", "--strategy", "sma-cross", "--grid", "fast=5", "--data", "aapl-2013-daily", "--engine", "spark",
                "--master", "localhost:7077", "--no-report");
        assertThat(bad.code()).isNotZero();
        assertThat(bad.err()).contains("'localhost:7077' is not a Spark master URL");
    }

    private static String[] concat(String[] a, String... b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
