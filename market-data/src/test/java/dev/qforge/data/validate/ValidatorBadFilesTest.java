package dev.qforge.data.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.qforge.data.BarSeries;
import dev.qforge.data.Instrument;
import dev.qforge.data.MarketData;
import dev.qforge.data.TestFiles;
import dev.qforge.data.load.LoadOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One crafted file per problem kind (each an excerpt of the bundled AAPL 2013 file with one defect), checked
 * for the kind, file, line and column, and for what each policy does with it.
 */
class ValidatorBadFilesTest {

    private static Path bad(String name) {
        return TestFiles.resource("bad/" + name);
    }

    private static ValidationResult load(String name, Policy policy) {
        return MarketData.load(bad(name), LoadOptions.auto(), policy);
    }

    private static long nyClose(int m, int d) {
        return ZonedDateTime.of(2013, m, d, 16, 0, 0, 0, Instrument.NEW_YORK).toInstant().toEpochMilli();
    }

    @ParameterizedTest
    @CsvSource({
        "unparsable.csv, UNPARSABLE, 5, high",
        "non-increasing-time.csv, NON_INCREASING_TIME, 6, time",
        "duplicate-time.csv, DUPLICATE_TIME, 5, time",
        "not-finite.csv, NOT_FINITE, 7, close",
        "non-positive-price.csv, NON_POSITIVE_PRICE, 8, low",
        "high-below-open-close.csv, HIGH_BELOW_OPEN_CLOSE, 9, high",
        "low-above-open-close.csv, LOW_ABOVE_OPEN_CLOSE, 10, low",
        "negative-volume.csv, NEGATIVE_VOLUME, 11, volume"})
    void eachErrorIsRejectedNamingFileLineAndColumn(String file, ProblemKind kind, long line, String column) {
        DataValidationException e = catchThrowableOfType(DataValidationException.class, () -> load(file, Policy.REJECT));
        assertThat(e).as(file).isNotNull();
        assertThat(e.problems()).hasSize(1);
        Problem p = e.problems().get(0);
        assertThat(p.kind()).isEqualTo(kind);
        assertThat(p.source()).endsWith(file);
        assertThat(p.line()).isEqualTo(line);
        assertThat(p.column()).isEqualTo(column);
        assertThat(e.getMessage()).contains("1 problem").contains(file + ":" + line + ": column '" + column + "'");
    }

    @ParameterizedTest
    @CsvSource({
        "gap.csv, GAP, 6, time",
        "zero-volume-run.csv, ZERO_VOLUME_RUN, 6, volume",
        "split-like-jump.csv, SPLIT_LIKE_JUMP, 8, close"})
    void eachWarningIsReportedButNotRejected(String file, ProblemKind kind, long line, String column) {
        ValidationResult r = load(file, Policy.REJECT);
        assertThat(r.errorCount()).isZero();
        assertThat(r.problems()).hasSize(1);
        Problem p = r.problems().get(0);
        assertThat(p.kind()).isEqualTo(kind);
        assertThat(p.kind().severity()).isEqualTo(Severity.WARNING);
        assertThat(p.source()).endsWith(file);
        assertThat(p.line()).isEqualTo(line);
        assertThat(p.column()).isEqualTo(column);
    }

    @Test
    void warningMessagesSayWhatWasFound() {
        assertThat(load("gap.csv", Policy.REJECT).problems().get(0).message()).contains("1 missing 1d bar").contains("2013-01-08");
        assertThat(load("zero-volume-run.csv", Policy.REJECT).problems().get(0).message()).contains("3 consecutive").contains("runs of 3 or more");
        assertThat(load("split-like-jump.csv", Policy.REJECT).problems().get(0).message()).contains("2:1 split");
    }

    @Test
    void rejectCountsAllErrors(@TempDir Path dir) throws IOException {
        List<String> lines = Files.readAllLines(bad("high-below-open-close.csv"));
        lines.set(1, lines.get(1).replace("549.03", "NaN"));   // line 2 close
        lines.set(2, lines.get(2).replace("12605900", "-1"));  // line 3 volume
        Path f = Files.write(dir.resolve("three.csv"), lines);
        assertThatThrownBy(() -> MarketData.load(f, null, null)).isInstanceOf(DataValidationException.class)
                .hasMessageContaining("three.csv: 3 problems").hasMessageContaining("three.csv:2: column 'close'")
                .hasMessageContaining("three.csv:3: column 'volume'").hasMessageContaining("three.csv:9: column 'high'");
    }

    @ParameterizedTest
    @CsvSource({
        "unparsable.csv, 1, 7", "non-increasing-time.csv, 1, 4", "duplicate-time.csv, 1, 4", "not-finite.csv, 1, 9",
        "non-positive-price.csv, 1, 10", "high-below-open-close.csv, 1, 11", "low-above-open-close.csv, 1, 14",
        "negative-volume.csv, 1, 15"})
    void dropRemovesExactlyTheBadRow(String file, int dropped, int day) {
        ValidationResult r = load(file, Policy.DROP);
        BarSeries s = r.series();
        assertThat(r.droppedRows()).isEqualTo(dropped);
        assertThat(r.repairedRows()).isZero();
        assertThat(s.size()).isEqualTo(file.startsWith("duplicate") ? 12 : 11);
        if (!file.startsWith("duplicate")) assertThat(s.times()).as("2013-01-%d is gone", day).doesNotContain(nyClose(1, day));
    }

    @Test
    void dropOfADuplicateKeepsTheFirstRow() {
        BarSeries s = load("duplicate-time.csv", Policy.DROP).series();
        assertThat(s.close(s.floorIndex(nyClose(1, 4)))).isEqualTo(527.00);
    }

    @Test
    void repairFixesAsDocumented() {
        BarSeries high = load("high-below-open-close.csv", Policy.REPAIR).series();
        assertThat(high.size()).isEqualTo(12);
        assertThat(high.high(high.floorIndex(nyClose(1, 11)))).isEqualTo(521.00); // max(open 521.00, close 520.30)

        BarSeries low = load("low-above-open-close.csv", Policy.REPAIR).series();
        assertThat(low.low(low.floorIndex(nyClose(1, 14)))).isEqualTo(501.75); // min(open 502.68, close 501.75)

        ValidationResult vol = load("negative-volume.csv", Policy.REPAIR);
        assertThat(vol.series().volume(vol.series().floorIndex(nyClose(1, 15)))).isZero();
        assertThat(vol.repairedRows()).isEqualTo(1);

        ValidationResult nan = load("not-finite.csv", Policy.REPAIR);
        int k = nan.series().floorIndex(nyClose(1, 9));
        assertThat(nan.series().close(k)).isEqualTo(525.31); // close of 2013-01-08
        assertThat(nan.series().high(k)).isEqualTo(525.31);  // then high 525.01 < close: raised, and reported
        assertThat(nan.problems()).extracting(Problem::kind)
                .containsExactly(ProblemKind.NOT_FINITE, ProblemKind.HIGH_BELOW_OPEN_CLOSE);

        BarSeries sorted = load("non-increasing-time.csv", Policy.REPAIR).series();
        assertThat(sorted.size()).isEqualTo(12);
        assertThat(sorted.time(2)).isEqualTo(nyClose(1, 4));

        BarSeries dup = load("duplicate-time.csv", Policy.REPAIR).series();
        assertThat(dup.size()).isEqualTo(12);
        assertThat(dup.close(2)).isEqualTo(527.10); // the last row of that time is kept

        // what cannot be repaired is dropped, and the hole it leaves is then filled like any gap
        ValidationResult unparsable = load("unparsable.csv", Policy.REPAIR);
        assertThat(unparsable.droppedRows()).isEqualTo(1);
        assertThat(unparsable.series().size()).isEqualTo(12);
        int u = unparsable.series().floorIndex(nyClose(1, 7));
        assertThat(unparsable.series().bar(u)).extracting("open", "close", "volume").containsExactly(527.00, 527.00, 0.0);
        assertThat(unparsable.problems()).extracting(Problem::kind).containsExactly(ProblemKind.UNPARSABLE, ProblemKind.GAP);

        ValidationResult nonPositive = load("non-positive-price.csv", Policy.REPAIR);
        assertThat(nonPositive.droppedRows()).isEqualTo(1);
        assertThat(nonPositive.problems().get(0).message()).contains("cannot be repaired").contains("dropped");
        assertThat(nonPositive.series().volume(nonPositive.series().floorIndex(nyClose(1, 10)))).isZero();
    }

    @Test
    void repairFillsGapsAndBackAdjustsSplits() {
        ValidationResult gap = load("gap.csv", Policy.REPAIR);
        BarSeries g = gap.series();
        assertThat(g.size()).isEqualTo(12);
        int k = g.floorIndex(nyClose(1, 8));
        assertThat(g.time(k)).isEqualTo(nyClose(1, 8));
        assertThat(g.bar(k)).extracting("open", "high", "low", "close", "volume")
                .containsExactly(523.90, 523.90, 523.90, 523.90, 0.0); // flat at the 2013-01-07 close

        BarSeries split = load("split-like-jump.csv", Policy.REPAIR).series();
        assertThat(split.close(0)).isEqualTo(549.03 * 0.5);
        assertThat(split.volume(0)).isEqualTo(20018500 * 2.0);
        assertThat(split.close(6)).isEqualTo(261.755); // from the split on, untouched
    }

    @Test
    void warningsStayUnderDropAndZeroVolumeThresholdIsAnOption() {
        assertThat(load("zero-volume-run.csv", Policy.DROP).series().size()).isEqualTo(12);
        var raw = dev.qforge.data.load.Loaders.read(bad("zero-volume-run.csv"), LoadOptions.auto());
        assertThat(Validator.validate(raw, Policy.REJECT, ValidationOptions.defaults().withMinZeroVolumeRun(4)).problems()).isEmpty();
    }
}
