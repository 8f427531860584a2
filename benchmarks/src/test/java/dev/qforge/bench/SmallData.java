package dev.qforge.bench;

import dev.qforge.data.BarSeries;
import dev.qforge.data.Instrument;
import dev.qforge.data.Timeframe;
import dev.qforge.data.validate.ValidationResult;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/** Small generated files in the sp500-daily layout, and a stand-in for MarketData.load built on PlainCsv. */
final class SmallData {

    static final String HEADER = "timestamp,open,high,low,close,adjusted_close,volume,dividend_amount,split_coefficient";

    private SmallData() {
    }

    /** Writes {@code SYMBOL.csv.gz} with {@code days} rows starting 2020-01-01. */
    static Path write(Path dir, String symbol, int days) throws IOException {
        StringBuilder sb = new StringBuilder(HEADER).append('\n');
        java.time.LocalDate d = java.time.LocalDate.of(2020, 1, 1);
        for (int i = 0; i < days; i++) {
            double p = 10 + i * 0.25;
            sb.append(d.plusDays(i)).append(',').append(p).append(',').append(p + 1).append(',').append(p - 1).append(',')
                    .append(p + 0.5).append(",0.5,").append(1000 + i).append(",0.0,1.0\n");
        }
        Path f = dir.resolve(symbol + ".csv.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(f))) {
            out.write(sb.toString().getBytes(StandardCharsets.UTF_8));
        }
        return f;
    }

    /** Parses with PlainCsv into a validated-looking result (no problems), symbol from the file name. */
    static ValidationResult load(Path f) {
        try {
            PlainCsv.Columns c = PlainCsv.parse(f);
            int n = c.size();
            String symbol = f.getFileName().toString().split("\\.")[0];
            BarSeries s = BarSeries.of(Instrument.usEquity(symbol), Timeframe.D1, Arrays.copyOf(c.time(), n),
                    Arrays.copyOf(c.open(), n), Arrays.copyOf(c.high(), n), Arrays.copyOf(c.low(), n),
                    Arrays.copyOf(c.close(), n), Arrays.copyOf(c.volume(), n));
            return new ValidationResult(s, List.of(), 0, 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
