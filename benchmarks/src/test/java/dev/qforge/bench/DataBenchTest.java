package dev.qforge.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the whole bench on a few generated files; the qforge side parses with a PlainCsv stand-in. Timings are not checked. */
class DataBenchTest {

    @Test
    void runsEveryComparisonAndPrintsTheTable(@TempDir Path dir) throws Exception {
        SmallData.write(dir, "AAA", 300);
        SmallData.write(dir, "BBB", 200);
        Files.writeString(dir.resolve("BF.B.csv.gz.txt"), "not data"); // not a CSV name: ignored
        Files.writeString(dir.resolve("ERR.csv"), "{\"Error Message\": \"x\"}\n"); // a CSV that fails on both sides
        Files.writeString(dir.resolve("constituents.csv"), "Symbol,Name\nAAA,A Inc\n");

        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        DataBench bench = new DataBench(SmallData::load).printTo(new PrintStream(buf, true, StandardCharsets.UTF_8));
        int code = DataBench.commandLine(bench).execute("--data", dir.toString(), "-r", "2", "--policy", "drop");
        String out = buf.toString(StandardCharsets.UTF_8);

        assertThat(code).as(out).isZero();
        assertThat(DataBench.files(dir, 0)).extracting(p -> p.getFileName().toString()).containsExactly("AAA.csv.gz", "BBB.csv.gz", "ERR.csv");
        assertThat(out).contains("3 files", "parse CSV", "import into H2", "read back into a panel", "qforge/peer", "aims:")
                .contains("2 imported", "1 failed; 500 rows");
        List<Comparison> rows = new DataBench(SmallData::load).printTo(new PrintStream(new ByteArrayOutputStream()))
                .run(DataBench.files(dir, 0));
        assertThat(rows).extracting(Comparison::qforgeRows).containsExactly(500L, 500L, 500L);
        assertThat(rows).extracting(Comparison::peerRows).containsExactly(500L, 500L, 500L);
    }

    @Test
    void aMissingDataFolderIsAClearMessage(@TempDir Path dir) {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        DataBench bench = new DataBench(SmallData::load).printTo(new PrintStream(buf, true, StandardCharsets.UTF_8));
        int code = DataBench.commandLine(bench).execute("--data", dir.resolve("nope").toString());
        assertThat(code).isEqualTo(2);
        assertThat(buf.toString(StandardCharsets.UTF_8)).contains("no data folder", "--data");
    }
}
