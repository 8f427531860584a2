package dev.qforge.data.export;

import dev.qforge.data.BarSeries;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.zip.GZIPOutputStream;

/**
 * Writes a series as a generic OHLCV CSV: {@code time,open,high,low,close,volume}, time being the bar
 * <em>close</em> as an ISO-8601 UTC instant, numbers in Java's shortest round-trip form so that reading
 * the file back gives the same doubles bit for bit. A path ending in {@code .gz} is gzip-compressed.
 */
public final class CsvBarWriter {

    public static final String HEADER = "time,open,high,low,close,volume";

    private CsvBarWriter() {
    }

    public static Path write(BarSeries series, Path file) {
        try {
            if (file.toAbsolutePath().getParent() != null) Files.createDirectories(file.toAbsolutePath().getParent());
            var raw = Files.newOutputStream(file);
            var stream = file.getFileName().toString().endsWith(".gz") ? new GZIPOutputStream(raw, 1 << 16) : raw;
            try (Writer w = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16)) {
                write(series, w);
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    public static void write(BarSeries s, Writer w) throws IOException {
        w.write(HEADER);
        w.write('\n');
        StringBuilder line = new StringBuilder(96);
        for (int i = 0; i < s.size(); i++) {
            line.setLength(0);
            line.append(Instant.ofEpochMilli(s.time(i))).append(',').append(s.open(i)).append(',').append(s.high(i)).append(',')
                    .append(s.low(i)).append(',').append(s.close(i)).append(',').append(s.volume(i)).append('\n');
            w.append(line);
        }
    }
}
