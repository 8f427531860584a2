package dev.qforge.cli;

import dev.qforge.data.BarSeries;
import dev.qforge.data.export.CsvBarWriter;
import dev.qforge.data.synth.SyntheticUniverse;
import dev.qforge.data.synth.UniverseGenerator;
import dev.qforge.data.synth.UniverseSpec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Bad command-line input to the factors commands gets an error that names the option at fault. */
class FactorsBadInputTest {

    @TempDir
    static Path dir;

    static Path data;
    static Path small;

    @BeforeAll
    static void writeUniverses() {
        SyntheticUniverse u = UniverseGenerator.generate(UniverseSpec.of(12, 120, 0.1), 5);
        data = dir.resolve("universe");
        for (BarSeries s : u.series()) CsvBarWriter.write(s, data.resolve(s.symbol() + ".csv"));
        small = dir.resolve("small");
        for (BarSeries s : u.series().subList(0, 4)) CsvBarWriter.write(s, small.resolve(s.symbol() + ".csv"));
    }

    private static CliRun run(String... args) {
        return CliRun.run(dir.resolve("db/qforge"), args);
    }

    @Test
    void fromAfterToIsReportedAsSuch() {
        CliRun r = run("factors", "eval", "--expr", "Ref($close,5)/$close", "--data", data.toString(), "--no-cache",
                "--from", "2021-03-01", "--to", "2021-01-01");
        assertThat(r.code()).isNotZero();
        assertThat(r.err()).contains("--from 2021-03-01 is after --to 2021-01-01");
    }

    @Test
    void aMissingSectorsFileIsNamedWithItsOption() {
        Path missing = dir.resolve("no-such-constituents.csv");
        CliRun r = run("factors", "eval", "--expr", "Ref($close,5)/$close", "--data", data.toString(), "--no-cache",
                "--sectors", missing.toString());
        assertThat(r.code()).isNotZero();
        assertThat(r.err()).contains("--sectors", "no such file", missing.toString());
    }

    @Test
    void aUniverseTooSmallForDailyIcsIsExplainedNotSilentlyNan() {
        CliRun r = run("factors", "eval", "--expr", "Ref($close,5)/$close", "--data", small.toString(), "--no-cache");
        assertThat(r.code()).as(r.err()).isZero();
        // 4 instruments: every day has fewer than the 10 pairs an IC needs, so the table is all NaN; say why
        assertThat(r.err()).contains("4 instruments", "at least 10");
    }

    @Test
    void aFactorThatReadsTheFutureIsFlagged() {
        // Ref with a negative offset looks ahead (fine for a label, a leak in a factor): IC 1.0 on its own would mislead
        CliRun r = run("factors", "eval", "--expr", "Ref($close,-1)/$close-1", "--data", data.toString(), "--no-cache");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).contains("looks 1 row ahead");
        CliRun past = run("factors", "eval", "--expr", "Ref($close,1)/$close-1", "--data", data.toString(), "--no-cache");
        assertThat(past.err()).doesNotContain("ahead");
    }
}
