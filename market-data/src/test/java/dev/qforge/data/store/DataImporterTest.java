package dev.qforge.data.store;

import static dev.qforge.data.store.TestData.daily;
import static org.assertj.core.api.Assertions.assertThat;

import dev.qforge.data.BarSeries;
import dev.qforge.data.Timeframe;
import dev.qforge.data.validate.DataValidationException;
import dev.qforge.data.validate.Policy;
import dev.qforge.data.validate.Problem;
import dev.qforge.data.validate.ProblemKind;
import dev.qforge.data.validate.ValidationResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DataImporterTest {

    private final Database db = Database.inMemory("importer-" + System.nanoTime());
    private final BarStore store = new BarStore(db, new TestData.MutableClock(Instant.EPOCH));
    /** What the fake source returns per file name: a result, or an exception to throw. */
    private final Map<String, Object> files = new HashMap<>();
    private final Function<Path, ValidationResult> source = p -> {
        Object o = files.get(p.getFileName().toString());
        if (o instanceof RuntimeException e) throw e;
        if (o == null) throw new IllegalArgumentException(p + ": not a market data file (no date column)");
        return (ValidationResult) o;
    };

    @AfterEach
    void close() {
        db.close();
    }

    private static Problem problem(ProblemKind kind, String file, long line) {
        return new Problem(kind, file, line, "close", "test");
    }

    private static ValidationResult ok(BarSeries s, int dropped, int repaired, Problem... problems) {
        return new ValidationResult(s, List.of(problems), dropped, repaired);
    }

    private List<Path> paths(String... names) {
        return java.util.Arrays.stream(names).map(Path::of).toList();
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void aFailingFileIsReportedAndTheOthersAreImported(boolean prefetch) {
        files.put("AAPL.csv", ok(daily("AAPL", 30, 1), 1, 2, problem(ProblemKind.GAP, "AAPL.csv", 5),
                problem(ProblemKind.GAP, "AAPL.csv", 9), problem(ProblemKind.NOT_FINITE, "AAPL.csv", 12)));
        files.put("BAD.csv", new DataValidationException("BAD.csv", List.of(problem(ProblemKind.NON_POSITIVE_PRICE, "BAD.csv", 3))));
        files.put("MSFT.csv", ok(daily("MSFT", 20, 2), 0, 0));
        files.put("EMPTY.csv", ok(daily("EMPTY", 0, 3), 4, 0, problem(ProblemKind.UNPARSABLE, "EMPTY.csv", 2)));
        List<String> events = new ArrayList<>();
        DataImporter.Listener listener = new DataImporter.Listener() {
            @Override
            public void started(int n) {
                events.add("start " + n);
            }

            @Override
            public void fileDone(FileResult r, int done, int n, long rows) {
                events.add(done + "/" + n + " " + rows);
            }
        };
        ImportReport report = new DataImporter(store, Policy.REPAIR, source, prefetch)
                .importAll(paths("AAPL.csv", "constituents.csv", "BAD.csv", "EMPTY.csv", "MSFT.csv"), listener);

        assertThat(report.files()).extracting(FileResult::status).containsExactly(ImportStatus.IMPORTED, ImportStatus.FAILED,
                ImportStatus.FAILED, ImportStatus.FAILED, ImportStatus.IMPORTED);
        FileResult aapl = report.files().get(0);
        assertThat(aapl.symbol()).isEqualTo("AAPL");
        assertThat(aapl.rows()).isEqualTo(30);
        assertThat(aapl.droppedRows()).isEqualTo(1);
        assertThat(aapl.repairedRows()).isEqualTo(2);
        assertThat(aapl.problems()).containsOnly(Map.entry(ProblemKind.GAP, 2L), Map.entry(ProblemKind.NOT_FINITE, 1L));
        assertThat(report.files().get(1).message()).contains("constituents.csv", "not a market data file");
        assertThat(report.files().get(2).problems()).containsOnly(Map.entry(ProblemKind.NON_POSITIVE_PRICE, 1L));
        assertThat(report.files().get(2).message()).contains("BAD.csv", "policy reject");
        assertThat(report.files().get(3).message()).contains("no bars left");
        assertThat(events).containsExactly("start 5", "1/5 30", "2/5 30", "3/5 30", "4/5 30", "5/5 50");
        assertThat(report.rows()).isEqualTo(50);
        assertThat(report.summary()).isEqualTo("5 files: 2 imported, 0 unchanged, 0 replaced, 3 failed; 50 rows");

        assertThat(store.list()).extracting(SeriesInfo::symbol).containsExactly("AAPL", "MSFT");
        SeriesInfo stored = store.info("AAPL", Timeframe.D1).orElseThrow();
        assertThat(stored.policy()).isEqualTo(Policy.REPAIR);
        assertThat(stored.source()).endsWith("AAPL.csv");
        assertThat(stored.problemCounts()).isEqualTo(aapl.problems());
    }

    @Test
    void runningAgainIsUnchangedAndNewContentReplaces() {
        files.put("AAPL.csv", ok(daily("AAPL", 30, 1), 0, 0));
        files.put("MSFT.csv", ok(daily("MSFT", 20, 2), 0, 0));
        DataImporter importer = new DataImporter(store, Policy.REJECT, source, true);
        importer.importAll(paths("AAPL.csv", "MSFT.csv"));
        files.put("MSFT.csv", ok(daily("MSFT", 25, 9), 0, 0));
        ImportReport again = importer.importAll(paths("AAPL.csv", "MSFT.csv"));
        assertThat(again.files()).extracting(FileResult::status).containsExactly(ImportStatus.UNCHANGED, ImportStatus.REPLACED);
        assertThat(store.load("MSFT", Timeframe.D1).orElseThrow().size()).isEqualTo(25);
    }

    @Test
    void aDatabaseFailureFailsOnlyThatFile() {
        files.put("AAPL.csv", ok(daily("AAPL", BarStore.BLOCK_BARS + 5, 1), 0, 0));
        files.put("MSFT.csv", ok(daily("MSFT", 20, 2), 0, 0));
        store.setBatchHook((c, rows) -> {
            if (rows >= BarStore.BLOCK_BARS) throw new SQLException("simulated write failure");
        });
        ImportReport r = new DataImporter(store, Policy.REJECT, source, true).importAll(paths("AAPL.csv", "MSFT.csv"));
        assertThat(r.files()).extracting(FileResult::status).containsExactly(ImportStatus.FAILED, ImportStatus.IMPORTED);
        assertThat(r.files().get(0).message()).contains("AAPL", "simulated write failure");
        assertThat(store.list()).extracting(SeriesInfo::symbol).containsExactly("MSFT");
    }

    @Test
    void anInterruptedImportStopsAndSaysSo() {
        files.put("AAPL.csv", ok(daily("AAPL", 3, 1), 0, 0));
        files.put("MSFT.csv", ok(daily("MSFT", 3, 2), 0, 0));
        DataImporter.Listener interruptAfterFirst = new DataImporter.Listener() {
            @Override
            public void fileDone(FileResult r, int done, int n, long rows) {
                Thread.currentThread().interrupt();
            }
        };
        ImportReport r = new DataImporter(store, Policy.REJECT, source, true).importAll(paths("AAPL.csv", "MSFT.csv"), interruptAfterFirst);
        assertThat(Thread.interrupted()).isTrue(); // clears the flag for the next test
        assertThat(r.interrupted()).isTrue();
        assertThat(r.files()).hasSize(1);
        assertThat(r.summary()).endsWith("(interrupted)");
    }

    @Test
    void foldersExpandToTheirVisibleFilesInNameOrder(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("MSFT.csv"), "x");
        Files.writeString(dir.resolve("AAPL.csv.gz"), "x");
        Files.writeString(dir.resolve(".hidden"), "x");
        Files.createDirectory(dir.resolve("sub"));
        Path single = dir.resolve("sub/ONE.csv");
        Files.writeString(single, "x");
        assertThat(DataImporter.expand(List.of(dir, single)))
                .containsExactly(dir.resolve("AAPL.csv.gz"), dir.resolve("MSFT.csv"), single);
    }

    @Test
    void bundledSetsAreRecordedByNameAndFilesByAbsolutePath(@TempDir Path dir) throws Exception {
        assertThat(DataImporter.sourceName(Path.of("aapl-2013-daily"))).isEqualTo("bundled:aapl-2013-daily");
        Path file = dir.resolve("aapl-2013-daily");
        Files.writeString(file, "x"); // a real file of that name wins over the bundled set
        assertThat(DataImporter.sourceName(file)).isEqualTo(file.toAbsolutePath().normalize().toString());
        assertThat(DataImporter.sourceName(dir.resolve("sub/../X.csv"))).isEqualTo(dir.resolve("X.csv").toAbsolutePath().toString());
    }
}
