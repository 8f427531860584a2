package dev.qforge.data.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.qforge.data.BarSeries;
import dev.qforge.data.Instrument;
import dev.qforge.data.MarketData;
import dev.qforge.data.TestFiles;
import dev.qforge.data.Timeframe;
import dev.qforge.data.validate.DataValidationException;
import dev.qforge.data.validate.Policy;
import dev.qforge.data.validate.Problem;
import dev.qforge.data.validate.ProblemKind;
import dev.qforge.data.validate.Severity;
import dev.qforge.data.validate.ValidationOptions;
import dev.qforge.data.validate.ValidationResult;
import dev.qforge.data.validate.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The real data sets of shared/data (see its README), loaded under AUTO. Skipped when the folder is absent
 * (a fresh clone): set -Dqforge.shared=... or QFORGE_SHARED to point at it.
 */
class SharedDataTest {

    private static Path data;

    @BeforeAll
    static void locate() {
        data = TestFiles.sharedData();
        Assumptions.assumeTrue(data != null, "shared/data not found (walked up from " + Path.of("").toAbsolutePath()
                + "; set -Dqforge.shared or QFORGE_SHARED): skipping the real-data tests");
    }

    private static ValidationResult load(Path p, Policy policy) {
        return MarketData.load(p, LoadOptions.auto(), policy);
    }

    private static List<Path> files(String folder, String glob) throws IOException {
        try (var s = Files.newDirectoryStream(data.resolve(folder), glob)) {
            return Stream.of(s).flatMap(d -> java.util.stream.StreamSupport.stream(d.spliterator(), false)).sorted().toList();
        }
    }

    private static long lines(Path p) throws IOException {
        try (InputStream raw = Files.newInputStream(p);
             InputStream in = p.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).count();
        }
    }

    @Test
    void crypto1mHas30240BarsEachWithoutGaps() throws IOException {
        List<Path> fs = files("crypto-1m", "*.csv.gz");
        assertThat(fs).hasSize(3);
        for (Path f : fs) {
            ValidationResult r = load(f, Policy.REJECT);
            BarSeries s = r.series();
            assertThat(s.size()).as(f.toString()).isEqualTo(30_240);
            assertThat(s.timeframe()).isEqualTo(Timeframe.M1);
            assertThat(s.firstTime()).isEqualTo(Instant.parse("2023-03-01T00:01:00Z").toEpochMilli());
            assertThat(r.count(ProblemKind.GAP)).as(f.toString()).isZero();
            assertThat(r.errorCount()).isZero();
        }
        ValidationResult usdc = load(data.resolve("crypto-1m/BTCUSDC_1m_20230301_20230321.csv.gz"), Policy.REJECT);
        assertThat(usdc.count(ProblemKind.ZERO_VOLUME_RUN)).isPositive();
        assertThat(java.util.Arrays.stream(usdc.series().volumes()).filter(v -> v == 0).count()).isEqualTo(12_971);
    }

    @Test
    void spyMinutesAreCompleteInsideRegularHoursWhenReadAsUtc() throws IOException {
        for (Path f : files("spy-1m", "*.csv")) {
            ValidationResult r = load(f, Policy.REJECT);
            BarSeries s = r.series();
            assertThat(s.size()).as(f.toString()).isEqualTo(lines(f));
            assertThat(s.timeframe()).isEqualTo(Timeframe.M1);
            assertThat(r.count(ProblemKind.GAP)).as("every regular minute traded").isZero();
            // cross-check: 390 regular minutes per trading day present
            long regular = 0;
            java.util.Set<LocalDate> days = new java.util.TreeSet<>();
            var session = s.instrument().session();
            for (int i = 0; i < s.size(); i++) {
                if (session.inRegularHours(s.time(i), 60_000)) {
                    regular++;
                    days.add(session.dateOf(s.time(i)));
                }
            }
            assertThat(regular).isEqualTo(390L * days.size());
        }
    }

    @Test
    void spyReadAsNewYorkTimeHasManyGapsButOnlyWarnings() {
        Path f = data.resolve("spy-1m/nt-spy-minute-2011-01.csv");
        RawBars raw = new NinjaTraderLoader(Instrument.NEW_YORK).read(f, Instrument.usEquity("SPY"), null);
        ValidationResult r = Validator.validate(raw, Policy.REJECT);
        assertThat(r.count(ProblemKind.GAP)).isGreaterThan(500);
        assertThat(r.problems()).allMatch(p -> p.kind().severity() == Severity.WARNING);
    }

    @Test
    void etfDailyJson() throws IOException {
        List<Path> fs = files("etf-daily", "*.json");
        assertThat(fs).hasSize(36);
        for (Path f : fs) {
            ValidationResult r = load(f, Policy.REJECT);
            assertThat(r.series().size()).as(f.toString()).isEqualTo(1890);
            assertThat(r.series().timeframe()).isEqualTo(Timeframe.D1);
            assertThat(r.errorCount()).isZero();
        }
    }

    @Test
    void crypto4hJson() {
        BarSeries btc = load(data.resolve("crypto-4h/Coinbase-BTC-USD-PT4H-20160518_20251028.json"), Policy.REJECT).series();
        BarSeries eth = load(data.resolve("crypto-4h/Coinbase-ETH-USD-PT4H-20160518_20251028.json"), Policy.REJECT).series();
        assertThat(btc.symbol()).isEqualTo("BTC-USD");
        assertThat(btc.size()).isEqualTo(20_695);
        assertThat(eth.size()).isEqualTo(20_675);
        assertThat(btc.timeframe()).isEqualTo(Timeframe.H4);
    }

    @Test
    void sp500WeeklyHasOneOverlappingWeekWhereYahooChangedItsLabels() throws IOException {
        Path f = files("index", "YahooFinance-*").get(0);
        DataValidationException e = catchThrowableOfType(DataValidationException.class, () -> load(f, Policy.REJECT));
        assertThat(e.problems()).singleElement().extracting(Problem::kind).isEqualTo(ProblemKind.DUPLICATE_TIME);
        ValidationResult r = load(f, Policy.DROP);
        assertThat(r.series().timeframe()).isEqualTo(Timeframe.W1);
        assertThat(r.series().size()).isEqualTo(3977 - 1);
    }

    @Test
    void sp500DailyAdjustedRemovesRawSplits() throws IOException {
        Path aapl = data.resolve("sp500-daily/AAPL.csv.gz");
        ValidationResult r = load(aapl, Policy.REJECT);
        assertThat(r.series().size()).isEqualTo(lines(aapl) - 1);
        long[] splitDays = {nyClose(2000, 6, 21), nyClose(2005, 2, 28), nyClose(2014, 6, 9), nyClose(2020, 8, 31)};
        assertThat(r.problems()).filteredOn(p -> p.kind() == ProblemKind.SPLIT_LIKE_JUMP)
                .noneMatch(p -> java.util.Arrays.stream(splitDays).anyMatch(d -> p.message().contains(Instant.ofEpochMilli(d).toString())));
        ValidationResult raw = Validator.validate(Loaders.read(aapl, LoadOptions.auto()), Policy.REJECT,
                ValidationOptions.defaults().withAdjust(false));
        for (long d : splitDays) {
            assertThat(raw.problems()).as("raw split at " + Instant.ofEpochMilli(d))
                    .anyMatch(p -> p.kind() == ProblemKind.SPLIT_LIKE_JUMP && p.message().contains(Instant.ofEpochMilli(d).toString()));
        }
    }

    @Test
    void sp500DailyQuirks() {
        ValidationResult antm = load(data.resolve("sp500-daily/ANTM.csv.gz"), Policy.REJECT);
        assertThat(antm.problems()).filteredOn(p -> p.kind() == ProblemKind.SPLIT_LIKE_JUMP).extracting(Problem::message)
                .anyMatch(m -> m.contains(Instant.ofEpochMilli(nyClose(2001, 10, 30)).toString()))
                .anyMatch(m -> m.contains(Instant.ofEpochMilli(nyClose(2002, 3, 18)).toString()));
        assertThat(antm.errorCount()).isZero();
        assertThat(load(data.resolve("sp500-daily/WELL.csv.gz"), Policy.REJECT).count(ProblemKind.GAP)).isPositive();
        BarSeries carr = load(data.resolve("sp500-daily/CARR.csv.gz"), Policy.REJECT).series();
        assertThat(Instant.ofEpochMilli(carr.firstTime()).toString()).startsWith("2020-");
        for (String sym : new String[] {"MSFT", "JPM", "XOM", "KO"}) {
            ValidationResult r = load(data.resolve("sp500-daily/" + sym + ".csv.gz"), Policy.REJECT);
            assertThat(r.series().size()).as(sym).isGreaterThan(5000);
            assertThat(r.errorCount()).isZero();
        }
        assertThatThrownBy(() -> load(data.resolve("sp500-daily/BF.B.csv.gz"), Policy.REJECT))
                .isInstanceOf(NotMarketDataException.class).hasMessageContaining("BF.B.csv.gz").hasMessageContaining("Error Message");
    }

    private static long nyClose(int y, int m, int d) {
        return java.time.ZonedDateTime.of(y, m, d, 16, 0, 0, 0, Instrument.NEW_YORK).toInstant().toEpochMilli();
    }
}
