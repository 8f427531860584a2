package dev.qforge.cli;

import dev.qforge.data.BarSeries;
import dev.qforge.data.Panel;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Score panels for cross-sectional strategies (field {@code score}), from the command line's
 * {@code --scores}: {@code momentum:N} (the past N-bar return, known at each close: no look-ahead) or a
 * CSV of {@code date,symbol,score} rows (a date is stamped at the session close of the symbol's
 * exchange, an ISO instant as given; scores of symbols not traded are ignored).
 */
final class ScoreInputs {

    static final String FIELD = "score";

    private ScoreInputs() {
    }

    static Panel load(String source, List<BarSeries> data) {
        if (source.startsWith("momentum:")) {
            int n;
            try {
                n = Integer.parseInt(source.substring("momentum:".length()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--scores " + source + ": N must be a whole number of bars");
            }
            if (n < 1) throw new IllegalArgumentException("--scores " + source + ": N must be at least 1");
            return momentum(data, n);
        }
        return csv(Path.of(source), data);
    }

    static Panel momentum(List<BarSeries> data, int n) {
        TreeSet<Long> all = new TreeSet<>();
        for (BarSeries s : data) for (int i = 0; i < s.size(); i++) all.add(s.time(i));
        long[] times = all.stream().mapToLong(Long::longValue).toArray();
        int cols = data.size();
        double[] m = new double[times.length * cols];
        Arrays.fill(m, Double.NaN);
        for (int c = 0; c < cols; c++) {
            BarSeries s = data.get(c);
            int row = 0;
            for (int i = n; i < s.size(); i++) {
                while (times[row] < s.time(i)) row++;
                double past = s.close(i - n);
                if (past > 0) m[row * cols + c] = s.close(i) / past - 1;
            }
        }
        return Panel.ofMatrices(times, data.stream().map(BarSeries::symbol).toList(), Map.of(FIELD, m));
    }

    static Panel csv(Path file, List<BarSeries> data) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("--scores " + file + ": no such file; use momentum:N or a CSV of date,symbol,score");
        }
        Map<String, BarSeries> bySymbol = new HashMap<>();
        for (BarSeries s : data) bySymbol.put(s.symbol(), s);
        TreeMap<Long, Map<String, Double>> rows = new TreeMap<>();
        try (BufferedReader r = Files.newBufferedReader(file)) {
            String line;
            int no = 0;
            while ((line = r.readLine()) != null) {
                no++;
                if (line.isBlank() || (no == 1 && line.toLowerCase(java.util.Locale.ROOT).startsWith("date"))) continue;
                String[] f = line.split(",");
                if (f.length < 3) throw new IllegalArgumentException(file + ":" + no + ": expected date,symbol,score, got '" + line + "'");
                BarSeries s = bySymbol.get(f[1].trim());
                if (s == null) continue;
                double v;
                try {
                    v = Double.parseDouble(f[2].trim());
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(file + ":" + no + " column score: '" + f[2].trim() + "' is not a number");
                }
                rows.computeIfAbsent(stamp(f[0].trim(), s, file, no), k -> new HashMap<>()).put(s.symbol(), v);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        if (rows.isEmpty()) throw new IllegalArgumentException(file + " has no scores for the traded symbols");
        List<String> symbols = new ArrayList<>(bySymbol.keySet());
        symbols.sort(null);
        long[] times = rows.keySet().stream().mapToLong(Long::longValue).toArray();
        double[] m = new double[times.length * symbols.size()];
        Arrays.fill(m, Double.NaN);
        int row = 0;
        for (Map<String, Double> cells : rows.values()) {
            for (int c = 0; c < symbols.size(); c++) {
                Double v = cells.get(symbols.get(c));
                if (v != null) m[row * symbols.size() + c] = v;
            }
            row++;
        }
        return Panel.ofMatrices(times, symbols, Map.of(FIELD, m));
    }

    private static long stamp(String s, BarSeries series, Path file, int line) {
        try {
            return series.instrument().session().closeMillis(LocalDate.parse(s));
        } catch (DateTimeParseException e) {
            try {
                return Instant.parse(s).toEpochMilli();
            } catch (DateTimeParseException e2) {
                throw new IllegalArgumentException(file + ":" + line + " column date: '" + s + "' is neither a date nor an ISO instant");
            }
        }
    }
}
