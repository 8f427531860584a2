package dev.qforge.data.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.qforge.data.BarSeries;
import dev.qforge.data.Instrument;
import dev.qforge.data.MarketData;
import dev.qforge.data.TestFiles;
import dev.qforge.data.Timeframe;
import dev.qforge.data.validate.Policy;
import dev.qforge.data.validate.ValidationResult;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each loader on a short excerpt of a real file; expected values are read off the raw text. */
class LoaderSamplesTest {

    private static long nyClose(int y, int m, int d) {
        return ZonedDateTime.of(y, m, d, 16, 0, 0, 0, Instrument.NEW_YORK).toInstant().toEpochMilli();
    }

    private static BarSeries load(String sample) {
        return MarketData.load(TestFiles.resource("samples/" + sample), LoadOptions.auto(), Policy.REJECT).series();
    }

    @Test
    void genericCsvDailyStampedAtTheNewYorkClose() {
        BarSeries s = load("appleinc-2013-excerpt.csv");
        assertThat(s.size()).isEqualTo(12);
        assertThat(s.timeframe()).isEqualTo(Timeframe.D1);
        assertThat(s.symbol()).isEqualTo("APPLEINC");
        // 2013-01-03,547.88,549.67,541.00,542.10,12605900
        assertThat(s.time(1)).isEqualTo(nyClose(2013, 1, 3));
        assertThat(s.bar(1)).extracting("open", "high", "low", "close", "volume")
                .containsExactly(547.88, 549.67, 541.00, 542.10, 12605900.0);
    }

    @Test
    void genericCsvWithSemicolonsTabsAndGzipUnderAnyName(@TempDir Path dir) throws IOException {
        String text = Files.readString(TestFiles.resource("samples/appleinc-2013-excerpt.csv"));
        Files.writeString(dir.resolve("semi.csv"), text.replace(',', ';'));
        Files.writeString(dir.resolve("tab.txt"), text.replace(',', '\t').replace("date", "Date").replace("close", "Close"));
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        Files.write(dir.resolve("AAPL.csv.gz"), gz.toByteArray());
        Files.write(dir.resolve("plain-name.csv"), gz.toByteArray()); // gzip found by magic bytes, not by name
        for (String f : new String[] {"semi.csv", "tab.txt", "AAPL.csv.gz", "plain-name.csv"}) {
            BarSeries s = MarketData.load(dir.resolve(f), LoadOptions.auto(), Policy.REJECT).series();
            assertThat(s.size()).as(f).isEqualTo(12);
            assertThat(s.close(11)).as(f).isEqualTo(502.68);
        }
        assertThat(MarketData.load(dir.resolve("AAPL.csv.gz"), LoadOptions.auto(), Policy.REJECT).series().symbol()).isEqualTo("AAPL");
    }

    @Test
    void alphaVantageIsScaledByAdjustedClose() {
        ValidationResult r = MarketData.load(TestFiles.resource("samples/AAPL-alphavantage-excerpt.csv"), LoadOptions.auto(), Policy.REJECT);
        BarSeries s = r.series();
        assertThat(s.size()).isEqualTo(16);
        // 2020-08-26,504.7165,507.97,500.33,506.09,126.115304731,40755567: factor = 126.115304731 / 506.09
        double f = 126.115304731 / 506.09;
        assertThat(s.time(0)).isEqualTo(nyClose(2020, 8, 26));
        assertThat(s.open(0)).isCloseTo(504.7165 * f, within(1e-9));
        assertThat(s.high(0)).isCloseTo(507.97 * f, within(1e-9));
        assertThat(s.close(0)).isCloseTo(126.115304731, within(1e-9));
        assertThat(s.volume(0)).isCloseTo(40755567 / f, within(1e-3));
        // the 4:1 split of 2020-08-31 (close 499.23 -> 129.04) is gone after adjustment
        assertThat(r.problems()).isEmpty();
    }

    @Test
    void binanceOpenTimeBecomesCloseStamp() {
        BarSeries s = load("BTCUSDT_1m_excerpt.csv");
        assertThat(s.size()).isEqualTo(15);
        assertThat(s.symbol()).isEqualTo("BTCUSDT");
        assertThat(s.instrument().assetClass()).isEqualTo(dev.qforge.data.AssetClass.CRYPTO);
        assertThat(s.timeframe()).isEqualTo(Timeframe.M1);
        // 2023-03-01 00:00:00+00:00,23140.48,23150.77,23128.52,23142.31,2.131777 opens at 00:00, closes 00:01
        assertThat(s.time(0)).isEqualTo(Instant.parse("2023-03-01T00:01:00Z").toEpochMilli());
        assertThat(s.bar(0)).extracting("open", "high", "low", "close", "volume")
                .containsExactly(23140.48, 23150.77, 23128.52, 23142.31, 2.131777);
    }

    @Test
    void ninjaTraderMinutesAreUtcCloseStamps() {
        BarSeries s = load("nt-spy-minute-excerpt.csv");
        assertThat(s.size()).isEqualTo(20);
        assertThat(s.symbol()).isEqualTo("SPY");
        int k = s.floorIndex(Instant.parse("2011-01-04T14:31:00Z").toEpochMilli());
        // 20110104 143100;127.33;127.37;127.3;127.32;1168549 : the opening minute 09:30-09:31 New York
        assertThat(s.time(k)).isEqualTo(Instant.parse("2011-01-04T14:31:00Z").toEpochMilli());
        assertThat(s.bar(k)).extracting("open", "high", "low", "close", "volume")
                .containsExactly(127.33, 127.37, 127.3, 127.32, 1168549.0);
        assertThat(s.time(k)).isEqualTo(ZonedDateTime.of(2011, 1, 4, 9, 31, 0, 0, Instrument.NEW_YORK).toInstant().toEpochMilli());
    }

    @Test
    void yahooCandlesDailyFromStringNumbers() {
        BarSeries s = load("YahooFinance-FCOM-PT1D-excerpt.json");
        assertThat(s.size()).isEqualTo(12);
        assertThat(s.symbol()).isEqualTo("FCOM");
        assertThat(s.timeframe()).isEqualTo(Timeframe.D1);
        // {"start":"1546439400","low":"26.15493596","high":"27.04487898","open":"26.19240629","close":"26.95120049","volume":"109300"}
        assertThat(s.time(0)).isEqualTo(nyClose(2019, 1, 2));
        assertThat(s.bar(0)).extracting("open", "high", "low", "close", "volume")
                .containsExactly(26.19240629, 27.04487898, 26.15493596, 26.95120049, 109300.0);
    }

    @Test
    void coinbaseCandlesNewestFirstAreSorted() {
        BarSeries s = load("Coinbase-ETH-USD-PT4H-newest-first-excerpt.json");
        assertThat(s.size()).isEqualTo(12);
        assertThat(s.symbol()).isEqualTo("ETH-USD");
        assertThat(s.timeframe()).isEqualTo(Timeframe.H4);
        // the oldest candle is the last in the file: "start": "1761451200", open 3932.18, close 3952.12
        assertThat(s.time(0)).isEqualTo((1761451200L + 4 * 3600) * 1000);
        assertThat(s.open(0)).isEqualTo(3932.18);
        assertThat(s.close(0)).isEqualTo(3952.12);
        // and the newest, first in the file: "start": "1761609600", close 4094.15
        assertThat(s.lastTime()).isEqualTo((1761609600L + 4 * 3600) * 1000);
        assertThat(s.close(11)).isEqualTo(4094.15);
    }

    @Test
    void ta4jOhlcEndTimeRoundedToTheWholeMinute() {
        BarSeries s = load("ETH-USD-PT5M-excerpt.json");
        assertThat(s.size()).isEqualTo(10);
        assertThat(s.timeframe()).isEqualTo(Timeframe.M5);
        // "endTime": 1678730699999, "openPrice": 1673.58, "highPrice": 1677.62, "lowPrice": 1672.44, "closePrice": 1672.99
        assertThat(s.time(0)).isEqualTo(Instant.parse("2023-03-13T18:05:00Z").toEpochMilli());
        assertThat(s.bar(0)).extracting("open", "high", "low", "close", "volume")
                .containsExactly(1673.58, 1677.62, 1672.44, 1672.99, 65.3033);
    }

    @Test
    void ta4jWeeklyLabelIsTheWeekStartAndStampIsFridayClose() {
        BarSeries s = load("YahooFinance-SP500-PT7D-excerpt.json");
        assertThat(s.symbol()).isEqualTo("SP500");
        assertThat(s.timeframe()).isEqualTo(Timeframe.W1);
        // "endTime": -631047600000 is Monday 1950-01-02 00:00 New York: the week closes Friday 1950-01-06
        assertThat(s.time(0)).isEqualTo(nyClose(1950, 1, 6));
        assertThat(s.close(0)).isEqualTo(17.09000015258789);
    }

    @Test
    void tradesAggregateIntoMinuteBars() {
        BarSeries s = MarketData.load(TestFiles.resource("samples/bitstamp-trades-excerpt.csv"),
                LoadOptions.auto().withSymbol("BTCUSD"), Policy.REJECT).series();
        // 30 trades fall into 6 minutes (11, 2, 4, 4, 8, 1 trades)
        assertThat(s.size()).isEqualTo(6);
        assertThat(s.timeframe()).isEqualTo(Timeframe.M1);
        assertThat(s.time(0)).isEqualTo(Instant.parse("2013-11-25T00:01:00Z").toEpochMilli());
        assertThat(s.open(0)).isEqualTo(800.01);
        assertThat(s.high(0)).isEqualTo(807.47);
        assertThat(s.low(0)).isEqualTo(800.01);
        assertThat(s.close(0)).isEqualTo(807.47);
        assertThat(s.volume(0)).isCloseTo(2.85664446, within(1e-9)); // summed by hand
        BarSeries five = MarketData.load(TestFiles.resource("samples/bitstamp-trades-excerpt.csv"),
                LoadOptions.auto().withTimeframe(Timeframe.M5), Policy.REJECT).series();
        assertThat(five.size()).isEqualTo(2); // 00:00-00:05 and 00:05-00:10
        assertThat(five.time(0)).isEqualTo(Instant.parse("2013-11-25T00:05:00Z").toEpochMilli());
        assertThat(five.close(0)).isEqualTo(806.5); // last trade before 00:05: 1385337898,806.5
    }

    @Test
    void detectorPicksEachFormat() throws IOException {
        String[][] cases = {
            {"appleinc-2013-excerpt.csv", "CSV"}, {"AAPL-alphavantage-excerpt.csv", "ALPHAVANTAGE"},
            {"BTCUSDT_1m_excerpt.csv", "BINANCE"}, {"nt-spy-minute-excerpt.csv", "NINJATRADER"},
            {"YahooFinance-FCOM-PT1D-excerpt.json", "JSON_CANDLES"}, {"ETH-USD-PT5M-excerpt.json", "JSON_CANDLES"},
            {"bitstamp-trades-excerpt.csv", "TRADES"}};
        for (String[] c : cases) {
            String text = Files.readString(TestFiles.resource("samples/" + c[0]));
            assertThat(FormatDetector.detect(c[0], text)).as(c[0]).isEqualTo(DataFormat.valueOf(c[1]));
        }
    }
}
