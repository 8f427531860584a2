package dev.qforge.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;

/**
 * The plain peer parser of the data benchmark: what a programmer writes in ten minutes. Reads a (gzipped when
 * the name ends in {@code .gz}) CSV with a header whose first column is a {@code yyyy-MM-dd} date and whose
 * {@code open, high, low, close, volume} columns are found by name; splits each line on commas, parses
 * numbers with {@link Double#parseDouble}, stamps a bar at UTC midnight of its date, and checks nothing else
 * (no validation, no ordering, no repair). A malformed file is an {@link IllegalArgumentException}.
 */
public final class PlainCsv {

    private PlainCsv() {
    }

    /** Columns of parsed bars; the arrays may be longer than {@code size}. */
    public record Columns(int size, long[] time, double[] open, double[] high, double[] low, double[] close, double[] volume) {
    }

    public static Columns parse(Path file) throws IOException {
        try (InputStream raw = Files.newInputStream(file);
             InputStream in = file.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
            String header = r.readLine();
            if (header == null) throw new IllegalArgumentException(file + ": empty file");
            String[] names = header.split(",");
            int o = index(names, "open", file), h = index(names, "high", file), l = index(names, "low", file),
                    c = index(names, "close", file), v = index(names, "volume", file);
            int cap = 1024, n = 0;
            long[] t = new long[cap];
            double[][] cols = new double[5][cap];
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isEmpty()) continue;
                String[] f = line.split(",");
                if (n == cap) {
                    cap *= 2;
                    t = Arrays.copyOf(t, cap);
                    for (int k = 0; k < 5; k++) cols[k] = Arrays.copyOf(cols[k], cap);
                }
                try {
                    String d = f[0];
                    t[n] = LocalDate.of(Integer.parseInt(d, 0, 4, 10), Integer.parseInt(d, 5, 7, 10),
                            Integer.parseInt(d, 8, 10, 10)).toEpochDay() * 86_400_000L;
                    cols[0][n] = Double.parseDouble(f[o]);
                    cols[1][n] = Double.parseDouble(f[h]);
                    cols[2][n] = Double.parseDouble(f[l]);
                    cols[3][n] = Double.parseDouble(f[c]);
                    cols[4][n] = Double.parseDouble(f[v]);
                } catch (RuntimeException e) {
                    throw new IllegalArgumentException(file + ": line " + (n + 2) + ": " + e.getMessage(), e);
                }
                n++;
            }
            return new Columns(n, t, cols[0], cols[1], cols[2], cols[3], cols[4]);
        }
    }

    private static int index(String[] names, String name, Path file) {
        for (int i = 0; i < names.length; i++) {
            if (names[i].trim().equalsIgnoreCase(name)) return i;
        }
        throw new IllegalArgumentException(file + ": no column '" + name + "' in the header " + Arrays.toString(names));
    }
}
