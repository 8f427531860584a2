package dev.qforge.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.qforge.data.BarSeries;
import dev.qforge.data.MarketData;
import dev.qforge.data.TestFiles;
import dev.qforge.data.Timeframe;
import dev.qforge.data.store.BarStore;
import dev.qforge.data.store.Database;
import dev.qforge.data.validate.Policy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole real S&P 500 set through `qforge data import` (skipped when ../shared/data is absent). */
class Sp500ImportTest {

    @Test
    void importsEverySymbolWithPolicyDropAndBfbFailsAlone(@TempDir Path dir) throws Exception {
        Path shared = TestFiles.sharedData();
        assumeTrue(shared != null && Files.isDirectory(shared.resolve("sp500-daily")),
                "skipped: the shared real data folder (shared/data/sp500-daily) is not present");
        List<String> files;
        try (Stream<Path> s = Files.list(shared.resolve("sp500-daily"))) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".csv.gz")).map(Path::toString).sorted().toList();
        }
        Path db = dir.resolve("db");
        String[] args = Stream.concat(Stream.of("data", "import", "--policy", "drop", "--json"), files.stream()).toArray(String[]::new);
        CliRun r = CliRun.run(db, args);
        assertThat(r.code()).as("exit code is 1 because one file failed").isEqualTo(1);
        var json = Json.mapper().readTree(r.out());
        long imported = 0;
        List<String> failed = new java.util.ArrayList<>();
        for (var f : json.get("files")) {
            if (f.get("status").asText().equals("FAILED")) {
                failed.add(Path.of(f.get("path").asText()).getFileName().toString());
                assertThat(f.get("message").asText()).contains("BF.B.csv.gz").contains("not market data");
            } else {
                imported++;
                assertThat(f.get("rows").asInt()).isPositive();
            }
        }
        assertThat(failed).containsExactly("BF.B.csv.gz");
        assertThat(imported).isEqualTo(files.size() - 1);

        try (Database database = Database.open(db.toString())) {
            BarStore store = new BarStore(database, Clock.systemUTC());
            assertThat(store.list()).hasSize(files.size() - 1);
            // the stored AAPL equals a fresh read of the file under the same policy, bar for bar
            BarSeries fresh = MarketData.load(shared.resolve("sp500-daily/AAPL.csv.gz"), null, Policy.DROP).series();
            assertThat(store.load("AAPL", Timeframe.D1)).contains(fresh);
        }

        // importing two of them again changes nothing
        CliRun again = CliRun.run(db, "data", "import", "--policy", "drop", files.get(0), files.get(1));
        assertThat(again.code()).isZero();
        assertThat(again.out()).contains("0 imported, 2 unchanged");
    }
}
