package dev.qforge.data.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.qforge.data.MarketData;
import dev.qforge.data.TestFiles;
import dev.qforge.data.validate.Policy;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sources that are not market data get one clear error naming the file and what was found. */
class NotMarketDataTest {

    @TempDir
    Path dir;

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.toByteArray();
    }

    private void expect(Path file, String... found) {
        assertThatThrownBy(() -> MarketData.load(file, LoadOptions.auto(), Policy.REJECT))
                .isInstanceOf(NotMarketDataException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("not market data")
                .hasMessageContainingAll(found);
    }

    @Test
    void errorMessageInsteadOfData() throws IOException {
        expect(TestFiles.resource("bad/error-message.csv"), "Error Message");
        Path gz = dir.resolve("BF.B.csv.gz"); // as in sp500-daily: gzip of '{ Error Message }'
        Files.write(gz, gzip(Files.readAllBytes(TestFiles.resource("bad/error-message.csv"))));
        expect(gz, "Error Message");
    }

    @Test
    void emptyFile() throws IOException {
        Path f = Files.write(dir.resolve("empty.csv"), new byte[0]);
        expect(f, "empty");
        Path g = Files.write(dir.resolve("empty.csv.gz"), gzip(new byte[0]));
        expect(g, "empty");
    }

    @Test
    void headerOnly() throws IOException {
        expect(Files.writeString(dir.resolve("header.csv"), "date,open,high,low,close,volume\n"), "no data rows");
        expect(Files.writeString(dir.resolve("BTCUSDT_1m.csv"), "open_time,open,high,low,close,volume\n"), "no data rows");
        expect(Files.writeString(dir.resolve("trades.csv"), "timestamp,price,amount\n"), "no trades");
        expect(Files.writeString(dir.resolve("c.json"), "{\"candles\":[]}"), "empty");
    }

    @Test
    void truncatedGzip() throws IOException {
        byte[] whole = gzip(Files.readAllBytes(TestFiles.resource("samples/appleinc-2013-excerpt.csv")));
        Path f = Files.write(dir.resolve("AAPL.csv.gz"), Arrays.copyOf(whole, whole.length / 2));
        expect(f, "truncated or corrupt gzip");
    }

    @Test
    void binaryFile() throws IOException {
        byte[] bytes = new byte[512];
        for (int i = 0; i < bytes.length; i++) bytes[i] = (byte) (i * 31);
        expect(Files.write(dir.resolve("blob.csv"), bytes), "binary");
    }

    @Test
    void textThatIsNoTable() throws IOException {
        expect(Files.writeString(dir.resolve("notes.csv"), "Dear reader,\nthis is a letter.\n"), "Dear reader");
        expect(Files.writeString(dir.resolve("broken.json"), "{\"candles\":[{\"start\":\"1\",\"open\":"), "invalid JSON");
    }

    @Test
    void explicitFormatThatDoesNotFit() {
        assertThatThrownBy(() -> MarketData.load(TestFiles.resource("samples/appleinc-2013-excerpt.csv"),
                LoadOptions.auto().withFormat(DataFormat.BINANCE), Policy.REJECT))
                .isInstanceOf(NotMarketDataException.class).hasMessageContaining("open_time");
    }

    @Test
    void missingFileSaysSo() {
        assertThatThrownBy(() -> MarketData.load(dir.resolve("nope.csv").toString(), null, null))
                .hasMessageContaining("nope.csv").hasMessageContaining("no such file");
    }

    @Test
    void symbolsFromFileNames() {
        assertThat(SourceNames.symbolOf("/x/AAPL.csv.gz")).isEqualTo("AAPL");
        assertThat(SourceNames.symbolOf("BF.B.csv.gz")).isEqualTo("BF.B");
        assertThat(SourceNames.symbolOf("BTCUSDT_1m_20230301_20230321.csv.gz")).isEqualTo("BTCUSDT");
        assertThat(SourceNames.symbolOf("YahooFinance-FCOM-PT1D-20190102_20260710.json")).isEqualTo("FCOM");
        assertThat(SourceNames.symbolOf("Coinbase-BTC-USD-PT4H-20160518_20251028.json")).isEqualTo("BTC-USD");
        assertThat(SourceNames.symbolOf("ETH-USD-PT5M-2023-3-13_2023-3-15.json")).isEqualTo("ETH-USD");
        assertThat(SourceNames.symbolOf("nt-spy-minute-2011-01.csv")).isEqualTo("SPY");
    }

    @Test
    void timeLayouts() {
        java.time.ZoneId ny = dev.qforge.data.Instrument.NEW_YORK;
        long noonUtc = java.time.Instant.parse("2023-03-01T12:00:00Z").toEpochMilli();
        assertThat(TimeParsing.parse("2023-03-01", ny).date()).isEqualTo(java.time.LocalDate.of(2023, 3, 1));
        assertThat(TimeParsing.parse("20230301", ny).date()).isEqualTo(java.time.LocalDate.of(2023, 3, 1));
        assertThat(TimeParsing.parse("03/01/2023", ny).date()).isEqualTo(java.time.LocalDate.of(2023, 3, 1));
        assertThat(TimeParsing.parse("2023-03-01T12:00:00Z", ny).millis()).isEqualTo(noonUtc);
        assertThat(TimeParsing.parse("2023-03-01 12:00:00+00:00", ny).millis()).isEqualTo(noonUtc);
        assertThat(TimeParsing.parse("2023-03-01 07:00", ny).millis()).isEqualTo(noonUtc); // EST = UTC-5
        assertThat(TimeParsing.parse("2023-03-01 07:00:00", ny).millis()).isEqualTo(noonUtc);
        assertThat(TimeParsing.parse("1677672000", ny).millis()).isEqualTo(noonUtc);
        assertThat(TimeParsing.parse("1677672000000", ny).millis()).isEqualTo(noonUtc);
        assertThatThrownBy(() -> TimeParsing.parse("yesterday", ny)).isInstanceOf(IllegalArgumentException.class);
    }
}
