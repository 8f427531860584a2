package dev.qforge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataCommandsTest {

    @TempDir
    Path dir;

    private Path db() {
        return dir.resolve("db");
    }

    @Test
    void generatedDataIsStoredShownAndIdempotentForTheSameSeed() throws Exception {
        CliRun first = CliRun.run(db(), "data", "generate", "gbm", "--symbol", "GEN", "--bars", "50", "--seed", "7");
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.out()).contains("GEN 1d: 50 bars imported");
        assertThat(CliRun.run(db(), "data", "generate", "gbm", "--symbol", "GEN", "--bars", "50", "--seed", "7").out())
                .contains("50 bars unchanged");

        CliRun show = CliRun.run(db(), "data", "show", "GEN", "--tail", "3", "--json");
        assertThat(show.code()).as(show.err()).isZero();
        JsonNode json = Json.mapper().readTree(show.out());
        assertThat(json.get("bars")).hasSize(3);
        JsonNode last = json.get("bars").get(2);
        assertThat(last.get("high").asDouble()).isGreaterThanOrEqualTo(Math.max(last.get("open").asDouble(), last.get("close").asDouble()));

        CliRun list = CliRun.run(db(), "data", "list");
        assertThat(list.out()).contains("GEN").contains("synthetic:gbm:seed=7");
    }

    @Test
    void unknownSymbolsGetAClearErrorWithNearMatches() {
        CliRun.run(db(), "data", "generate", "gbm", "--symbol", "AAPL", "--bars", "5");
        CliRun r = CliRun.run(db(), "data", "show", "AAPM");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("AAPM").contains("AAPL").doesNotContain("Exception");
    }

    @Test
    void validateNamesFileLineAndColumnAndFailsOnErrors() throws Exception {
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "date,open,high,low,close,volume\n"
                + "2013-01-02,10,11,9,10.5,100\n"
                + "2013-01-03,10,9.5,9,10.5,100\n"); // high below the close
        CliRun r = CliRun.run(db(), "data", "validate", bad.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains("bad.csv:3").contains("'high'").contains("1 errors");
    }

    @Test
    void exportWritesWhatTheStoreHolds() throws Exception {
        CliRun.run(db(), "data", "generate", "ou", "--symbol", "MR", "--bars", "20", "--seed", "3");
        Path csv = dir.resolve("mr.csv");
        CliRun r = CliRun.run(db(), "data", "export", "MR", "--to", csv.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(Files.readAllLines(csv)).hasSize(21).first().isEqualTo("time,open,high,low,close,volume");
        // reading the export back gives the very same bars: same content fingerprint, so the store calls it unchanged
        CliRun back = CliRun.run(db(), "data", "import", csv.toString(), "--symbol", "MR");
        assertThat(back.code()).as(back.err()).isZero();
        assertThat(back.out()).contains("0 imported, 1 unchanged");
    }

    @Test
    void everyCommandHasHelp() {
        java.util.List<String[]> all = new java.util.ArrayList<>();
        walk(new picocli.CommandLine(new QforgeCommand()), new java.util.ArrayList<>(), all);
        assertThat(all.size()).isGreaterThan(15);
        for (String[] cmd : all) {
            CliRun r = CliRun.run(db(), cmd);
            assertThat(r.code()).as(String.join(" ", cmd)).isZero();
            assertThat(r.out()).as(String.join(" ", cmd)).contains("Usage:");
        }
    }

    private static void walk(picocli.CommandLine cl, java.util.List<String> path, java.util.List<String[]> out) {
        java.util.List<String> help = new java.util.ArrayList<>(path);
        help.add("--help");
        out.add(help.toArray(String[]::new));
        cl.getSubcommands().forEach((name, sub) -> {
            if (name.equals("help")) return;
            java.util.List<String> p = new java.util.ArrayList<>(path);
            p.add(name);
            walk(sub, p, out);
        });
    }

    @Test
    void usageErrorsExitWithTwo() {
        CliRun r = CliRun.run(db(), "data", "show");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("Missing required parameter");
    }
}
