package dev.qforge.data.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.qforge.data.Instrument;
import dev.qforge.data.TestFiles;
import dev.qforge.data.Timeframe;
import dev.qforge.data.TradingSession;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The fast CSV paths (plain decimals, yyyy-MM-dd, memoised session closes) give exactly what the general ones give. */
class FastPathsTest {

    /** Either NaN (not taken) or bit for bit what Double.parseDouble gives. */
    private static void agrees(String s) {
        double fast = FastParse.decimal(s, 0, s.length());
        if (Double.isNaN(fast)) return;
        assertThat(Double.doubleToRawLongBits(fast)).as(s).isEqualTo(Double.doubleToRawLongBits(Double.parseDouble(s)));
    }

    @Test
    void decimalsAgreeWithParseDoubleOnEdgeCases() {
        for (String s : List.of("0", "-0", "+0", "-0.0", "+1.5", "1.", ".5", "-.5", "+.5", "0.1", "0.2", "0.3", "29.1067214009",
                "123456789012345", "-123456789012345", "99999999999999.9", "0.000000000000001", "000000000000001", "1.000000000000000",
                "44739900", "9007199254740993", "1234567890123456", "0.30000000000000004", "1e5", "1.5E-3", "-2.5e+10", "1d", "1f",
                "NaN", "Infinity", "-Infinity", "0x1p3", "", "-", "+", ".", "-.", "1.2.3", " 1", "1 ", "1,5", "--1", "+-1", "１")) {
            agrees(s);
        }
        assertThat(FastParse.decimal("1e5", 0, 3)).isNaN();
        assertThat(FastParse.decimal("", 0, 0)).isNaN();
        assertThat(FastParse.decimal(".", 0, 1)).isNaN();
        assertThat(FastParse.decimal("1234567890123456", 0, 16)).isNaN(); // 16 digits: left to parseDouble
        assertThat(Double.doubleToRawLongBits(FastParse.decimal("-0", 0, 2))).isEqualTo(Double.doubleToRawLongBits(-0.0));
        assertThat(FastParse.decimal("x-12.50y", 1, 7)).isEqualTo(-12.5);
    }

    @Test
    void randomDecimalsAgreeWithParseDouble() {
        SplittableRandom r = new SplittableRandom(42);
        for (int k = 0; k < 300_000; k++) {
            int digits = 1 + r.nextInt(16);
            StringBuilder sb = new StringBuilder();
            int sign = r.nextInt(3);
            if (sign == 1) sb.append('-');
            if (sign == 2) sb.append('+');
            int dot = r.nextInt(digits + 1);
            for (int i = 0; i < digits; i++) {
                if (i == dot && r.nextBoolean()) sb.append('.');
                sb.append((char) ('0' + r.nextInt(10)));
            }
            agrees(sb.toString());
            double x = r.nextDouble() * Math.pow(10, r.nextInt(12) - 4);
            agrees(Double.toString(x));
            agrees(String.format(Locale.ROOT, "%." + r.nextInt(12) + "f", x));
        }
    }

    @Test
    void isoDatesAgreeWithLocalDateParse() {
        for (LocalDate d = LocalDate.of(1895, 1, 1); d.getYear() < 2105; d = d.plusDays(1)) {
            String s = d.toString();
            long fast = FastParse.isoEpochDay(s, 0, s.length());
            if (fast != -1) assertThat(fast).as(s).isEqualTo(d.toEpochDay());
        }
        for (String s : List.of("2023-02-29", "2023-13-01", "2023-00-10", "2023-04-31", "2023-04-00", "abcd-01-01", "2023-1-015",
                "2023/01/01", "20230101", "2023-01-01 ", "+2023-01-1", "0000-01-01", "9999-12-31", "1900-02-29", "2000-02-29")) {
            long fast = FastParse.isoEpochDay(s, 0, s.length());
            Long slow;
            try {
                slow = LocalDate.parse(s).toEpochDay();
            } catch (DateTimeParseException e) {
                slow = null;
            }
            if (fast != -1) assertThat(fast).as(s).isEqualTo(slow);
            else assertThat(slow == null || slow == -1 || !s.matches("\\d{4}-\\d{2}-\\d{2}")).as(s).isTrue();
        }
    }

    @Test
    void memoisedClosesAreTheSessionCloses() {
        for (Instrument inst : List.of(Instrument.guess("AAPL"), Instrument.guess("BTCUSDT"))) {
            TradingSession s = inst.session();
            for (LocalDate d = LocalDate.of(1899, 12, 1); d.getYear() < 2101; d = d.plusDays(1)) {
                assertThat(BarStamps.closeOfDay(s, d.toEpochDay())).as(d.toString()).isEqualTo(s.closeMillis(d));
                assertThat(BarStamps.closeOfDay(s, d.toEpochDay())).isEqualTo(s.closeMillis(d)); // memoised now
            }
        }
    }

    @Test
    void craftedRowsReadTheSameWithAndWithoutTheFastPath() {
        String csv = "\uFEFF\n  \nDate;Open;High;Low;Close;Adj Close;Volume\r\n"
                + "2020-01-02;1.5;2;1;1.75;1.7;100\r\n"
                + "2020-01-03;+1.5;2.0e0;1;1.75;1.7;1e3\n"
                + "\"2020-01-06\"; 1.5 ;'2';1;1.75;1.7;-5\n"
                + "2020-01-07;-1.5;2;1;1.75;1.7;\n"
                + "2020-01-08;1.5;2;1;1.75;1.7\n"
                + "2020-01-09;1.5;2;1;NaN;1.7;100;extra\n"
                + "2020-02-30;1.5;2;1;1.75;1.7;100\n"
                + "2020-01-10 16:00:00;1.5;2;1;1.75;1.7;100\n"
                + "20200113;1.5;2;1;1.75;1.7;100\n"
                + "2020-01-14;0.30000000000000004;2;1;12345678901234567890;1.7;100\n"
                + "2020-01-15;abc;2;1;1.75;1.7;100\n"
                + "\t\n"
                + "2020-01-16;1.5;2;1;1.75;1.7;100";
        compare("crafted.csv", csv.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        compare("plain.csv", "date,open,high,low,close,volume\n2021-03-01,1,2,0.5,1.5,10\n2021-03-02,1,2,0.5,1.5,10\n\n".getBytes());
        compare("headerless.csv", "2021-03-01,1,2,0.5,1.5,10\n2021-03-02,1,2,0.5,1.5\n".getBytes());
    }

    @Test
    void realFilesReadTheSameWithAndWithoutTheFastPath() throws IOException {
        Path data = TestFiles.sharedData();
        Assumptions.assumeTrue(data != null && Files.isDirectory(data.resolve("sp500-daily")), "shared/data/sp500-daily not found");
        List<Path> files;
        try (Stream<Path> s = Files.list(data.resolve("sp500-daily"))) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".csv.gz")).sorted().toList();
        }
        int compared = 0;
        for (Path f : files) {
            if (compare(f.toString(), Files.readAllBytes(f))) compared++;
        }
        assertThat(compared).isGreaterThan(400);
    }

    /** Reads {@code bytes} both ways; false when the source is not CSV market data (both ways then fail alike). */
    private static boolean compare(String name, byte[] bytes) {
        SourceText src;
        try {
            src = SourceText.of(name, bytes);
            if (FormatDetector.detect(src) != DataFormat.CSV && FormatDetector.detect(src) != DataFormat.ALPHAVANTAGE) return false;
        } catch (NotMarketDataException e) {
            return false;
        }
        Instrument inst = Instrument.guess(SourceNames.symbolOf(name));
        RawBars fast = CsvLoader.load(src, inst, Timeframe.D1, CsvLoader.TimeMeaning.CLOSE, true);
        RawBars slow = CsvLoader.load(src, inst, Timeframe.D1, CsvLoader.TimeMeaning.CLOSE, false);
        assertThat(fast.size()).as(name).isEqualTo(slow.size());
        assertThat(fast.problems()).as(name).isEqualTo(slow.problems());
        assertThat(fast.hasAdjClose()).isEqualTo(slow.hasAdjClose());
        assertThat(fast.hasVolume()).isEqualTo(slow.hasVolume());
        for (int i = 0; i < fast.size(); i++) {
            String at = name + " row " + i;
            assertThat(fast.line(i)).as(at).isEqualTo(slow.line(i));
            assertThat(fast.time(i)).as(at).isEqualTo(slow.time(i));
            assertThat(fast.isUnparsable(i)).as(at).isEqualTo(slow.isUnparsable(i));
            double[] a = {fast.open(i), fast.high(i), fast.low(i), fast.close(i), fast.volume(i), fast.adjClose(i)};
            double[] b = {slow.open(i), slow.high(i), slow.low(i), slow.close(i), slow.volume(i), slow.adjClose(i)};
            for (int k = 0; k < a.length; k++) {
                assertThat(Double.doubleToRawLongBits(a[k])).as(at + " value " + k).isEqualTo(Double.doubleToRawLongBits(b[k]));
            }
        }
        return true;
    }
}
