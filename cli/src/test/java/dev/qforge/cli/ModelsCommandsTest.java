package dev.qforge.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.qforge.agents.models.Forecasters;
import dev.qforge.data.BarSeries;
import dev.qforge.data.export.CsvBarWriter;
import dev.qforge.data.synth.SyntheticUniverse;
import dev.qforge.data.synth.UniverseGenerator;
import dev.qforge.data.synth.UniverseSpec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code qforge models fit/list} end to end on a synthetic universe written as CSV files. */
class ModelsCommandsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SPLIT = "2020:2020,2021-01-01:2021-06-30,2021-07-01:2021-12-31";

    @TempDir
    static Path dir;

    static Path data, features;

    @BeforeAll
    static void writeUniverse() throws Exception {
        SyntheticUniverse u = UniverseGenerator.generate(UniverseSpec.of(30, 640, 0.1).withStart(LocalDate.of(2019, 7, 1)), 5);
        data = dir.resolve("universe");
        for (BarSeries s : u.series()) CsvBarWriter.write(s, data.resolve(s.symbol() + ".csv"));
        features = dir.resolve("features.txt");
        Files.writeString(features, "# two price features\nRET1: $close/Ref($close,1)-1\nMean($close,5)/$close\n");
    }

    private static CliRun run(String... args) {
        return CliRun.run(dir.resolve("db/qforge"), args);
    }

    @Test
    void fitReportsBothPeriodsSavesTheModelAndListsIt() throws Exception {
        Path models = dir.resolve("models");
        CliRun r = run("models", "fit", "--model", "xgboost", "--features", features.toString(), "--data", data.toString(), "--split", SPLIT,
                "--param", "num_round=20", "--param", "max_depth=3", "--seed", "4", "--json", "--no-cache", "--models", models.toString(), "--save", "x1");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode j = JSON.readTree(r.out());
        assertThat(j.get("model").asText()).isEqualTo("xgboost");
        assertThat(j.get("params").get("num_round").asInt()).isEqualTo(20);
        assertThat(j.get("features").get("RET1").asText()).isEqualTo("$close/Ref($close,1)-1");
        assertThat(j.get("fit").get("bestIteration").asInt()).isBetween(1, 20);
        assertThat(j.get("valid").get("days").asInt()).isBetween(115, 125);
        assertThat(j.get("test").has("ARR")).isTrue();
        assertThat(j.get("test").get("days").asInt()).isBetween(115, 130);
        Path saved = models.resolve("x1");
        assertThat(saved.resolve("spec.json")).exists();
        assertThat(saved.resolve("experiment.json")).exists();
        assertThat(Forecasters.load(saved).spec().seed()).isEqualTo(4);

        CliRun list = run("models", "list", "--models", models.toString());
        assertThat(list.code()).as(list.err()).isZero();
        assertThat(list.out()).contains("x1", "xgboost", "2021-07-01:2021-12-31");
    }

    @Test
    void textOutputNamesTheFitAndTheTable() {
        CliRun r = run("models", "fit", "--model", "ridge", "--features", features.toString(), "--data", data.toString(), "--split", SPLIT,
                "--no-cache", "--no-save");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("fit: 1 iterations", "valid", "test", "Rank ICIR", "MDD");
    }

    @Test
    void badInputIsNamedBeforeLoading() {
        CliRun t = run("models", "fit", "--model", "lightgbm", "--data", data.toString(), "--no-save");
        assertThat(t.code()).isNotZero();
        assertThat(t.err()).contains("'lightgbm'", "xgboost");
        CliRun p = run("models", "fit", "--model", "xgboost", "--param", "etta=0.1", "--data", data.toString(), "--no-save");
        assertThat(p.err()).contains("unknown parameter 'etta'");
        CliRun kv = run("models", "fit", "--model", "xgboost", "--param", "eta", "--data", data.toString(), "--no-save");
        assertThat(kv.err()).contains("--param eta: expected KEY=VALUE");
        CliRun s = run("models", "fit", "--model", "ridge", "--split", "2020:2021", "--data", data.toString(), "--no-save");
        assertThat(s.err()).contains("three periods");
    }

    @Test
    void aBadFeatureFileNamesTheLine() throws Exception {
        Path bad = dir.resolve("bad.txt");
        Files.writeString(bad, "$close/Ref($close,1)\nMean($close,\n");
        CliRun r = run("models", "fit", "--model", "ridge", "--features", bad.toString(), "--data", data.toString(), "--no-save");
        assertThat(r.code()).isNotZero();
        assertThat(r.err()).contains("line 2");
        Files.writeString(bad, "Ref($close,-1)/$close\n");
        assertThat(run("models", "fit", "--model", "ridge", "--features", bad.toString(), "--data", data.toString(), "--no-save").err())
                .contains("line 1", "future");
    }
}
