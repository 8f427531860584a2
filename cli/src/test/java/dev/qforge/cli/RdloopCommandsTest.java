package dev.qforge.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.qforge.data.BarSeries;
import dev.qforge.data.export.CsvBarWriter;
import dev.qforge.data.synth.SyntheticUniverse;
import dev.qforge.data.synth.UniverseGenerator;
import dev.qforge.data.synth.UniverseSpec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The rdloop commands end to end on a small synthetic universe written as CSV files. */
class RdloopCommandsTest {

    static final String SPLIT = "2015-01-01:2015-08-31,2015-09-01:2015-12-31,2016-01-01:2016-03-15";

    @TempDir
    static Path dir;

    static Path data;

    @BeforeAll
    static void writeUniverse() {
        SyntheticUniverse u = UniverseGenerator.generate(UniverseSpec.of(40, 300, 0.1).withSectors(4), 5);
        data = dir.resolve("universe");
        for (BarSeries s : u.series()) CsvBarWriter.write(s, data.resolve(s.symbol() + ".csv"));
    }

    private static CliRun run(String... args) {
        return CliRun.run(dir.resolve("db/qforge"), args);
    }

    @Test
    void runListReportAndResume() throws Exception {
        Path out = dir.resolve("out");
        CliRun r = run("rdloop", "run", "--data", data.toString(), "--split", SPLIT, "--loops", "3", "--seed", "2", "--simulations", "20",
                "--topk", "10", "--ndrop", "2", "--no-baseline", "--out", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).contains("loop 1/3", "loop 3/3", "research agent offline");
        Matcher m = Pattern.compile("run id: (\\S+)").matcher(r.out());
        assertThat(m.find()).as(r.out()).isTrue();
        String id = m.group(1);
        assertThat(r.out()).contains("test 2016-01-01..2016-03-15", "R&D loop", "report: ");

        CliRun list = run("rdloop", "list");
        assertThat(list.out()).contains(id, "done", "3/3", "offline");

        CliRun rep = run("rdloop", "report", id, "--out", out.toString());
        assertThat(rep.code()).as(rep.err()).isZero();
        JsonNode j = new ObjectMapper().readTree(out.resolve(id).resolve("report.json").toFile());
        assertThat(j.get("loops")).hasSize(3);
        assertThat(j.get("split").asText()).isEqualTo(SPLIT);
        assertThat(j.get("test").get(0).get("factors").asInt()).isEqualTo(j.get("factors").size());

        // a finished run resumes to the same state: no loop runs again
        CliRun again = run("rdloop", "resume", id, "--out", out.toString());
        assertThat(again.code()).as(again.err()).isZero();
        assertThat(again.err()).contains("resuming " + id + " after 3 of 3 loops").doesNotContain("loop 1/3");
    }

    @Test
    void resumeRaisesTheLoopBudgetAndKeepsTheSearchScoring() throws Exception {
        Path out = dir.resolve("out-raise");
        CliRun r = run("rdloop", "run", "--data", data.toString(), "--split", SPLIT, "--loops", "2", "--seed", "4", "--simulations", "20",
                "--topk", "10", "--ndrop", "2", "--no-baseline", "--search-on", "train-tail", "--search-days", "60", "--out", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        Matcher m = Pattern.compile("run id: (\\S+)").matcher(r.out());
        assertThat(m.find()).as(r.out()).isTrue();
        String id = m.group(1);

        CliRun lower = run("rdloop", "resume", id, "--loops", "1", "--out", out.toString());
        assertThat(lower.code()).isNotZero();
        assertThat(lower.err()).contains("a loop budget of 1 is below the 2 loops it has already done");

        CliRun raise = run("rdloop", "resume", id, "--loops", "3", "--wall-budget", "3600", "--out", out.toString());
        assertThat(raise.code()).as(raise.err()).isZero();
        assertThat(raise.err()).contains("budgets of " + id + ": loops 2 -> 3, wall budget 0 s -> 3600 s", "resuming " + id + " after 2 of 3 loops", "loop 3/3")
                .doesNotContain("loop 2/3");
        JsonNode j = new ObjectMapper().readTree(out.resolve(id).resolve("report.json").toFile());
        assertThat(j.get("loops")).hasSize(3);
        assertThat(j.get("config").get("searchOn").asText()).isEqualTo("train-tail");
        assertThat(j.get("config").get("searchDays").asInt()).isEqualTo(60);
        assertThat(j.get("config").get("loops").asInt()).isEqualTo(3);
        assertThat(j.get("config").get("wallBudgetSeconds").asInt()).isEqualTo(3600);
    }

    @Test
    void badInputIsNamed() {
        CliRun noModel = run("rdloop", "run", "--data", data.toString(), "--base-url", "http://localhost:8000/v1");
        assertThat(noModel.code()).isNotZero();
        assertThat(noModel.err()).contains("--base-url needs --model NAME");
        CliRun sched = run("rdloop", "run", "--data", data.toString(), "--scheduler", "softmax");
        assertThat(sched.err()).contains("unknown scheduler 'softmax'");
        CliRun metric = run("rdloop", "run", "--data", data.toString(), "--accept", "sortino");
        assertThat(metric.err()).contains("unknown metric 'sortino'");
        CliRun search = run("rdloop", "run", "--data", data.toString(), "--search-on", "test");
        assertThat(search.err()).contains("search scoring must be 'valid' or 'train-tail', got 'test'");
        CliRun unknown = run("rdloop", "report", "nope");
        assertThat(unknown.code()).isNotZero();
        assertThat(unknown.err()).contains("no R&D loop run 'nope'");
    }
}
