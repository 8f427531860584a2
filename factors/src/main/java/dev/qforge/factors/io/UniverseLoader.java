package dev.qforge.factors.io;

import dev.qforge.data.BarSeries;
import dev.qforge.data.Fingerprint;
import dev.qforge.data.MarketData;
import dev.qforge.data.Panel;
import dev.qforge.data.load.NotMarketDataException;
import dev.qforge.data.validate.Policy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Reads a folder of daily bar files (one instrument per file, e.g. {@code sp500-daily/}) into a
 * {@link Panel}, validated under a policy (AlphaVantage files are split- and dividend-adjusted from their
 * adjusted close by the validator, so factors see adjusted prices, as Qlib's do). Files that are not
 * market data ({@code constituents.csv}, README) are left out; files the policy rejects are skipped and
 * reported through {@code warn}. The universe's fingerprint hashes the per-series fingerprints, so cached
 * factor values are tied to exactly these bars.
 */
public final class UniverseLoader {

    /** A loaded universe. */
    public record Universe(Panel panel, List<BarSeries> series, String fingerprint, List<String> skipped) {
    }

    private UniverseLoader() {
    }

    public static Universe load(Path folder, Policy policy, Consumer<String> warn) {
        List<Path> files;
        try (Stream<Path> s = Files.list(folder)) {
            files = s.filter(Files::isRegularFile).filter(f -> {
                String n = f.getFileName().toString().toLowerCase(Locale.ROOT);
                return !n.startsWith(".") && !n.endsWith(".md") && !n.startsWith("constituents");
            }).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder + ": " + e.getMessage(), e);
        }
        ConcurrentLinkedQueue<String> skipped = new ConcurrentLinkedQueue<>();
        // files parse independently: read them in parallel, keep the file order
        List<BarSeries> loaded = files.parallelStream().map(f -> {
            try {
                return MarketData.load(f, null, policy).series();
            } catch (NotMarketDataException e) {
                return null;
            } catch (RuntimeException e) {
                String m = e.getMessage() == null ? e.toString() : e.getMessage().lines().findFirst().orElse("");
                skipped.add(f.getFileName() + ": " + m);
                return null;
            }
        }).toList();
        List<BarSeries> series = new ArrayList<>();
        for (BarSeries s : loaded) if (s != null && !s.isEmpty()) series.add(s);
        if (series.isEmpty()) throw new IllegalArgumentException("no readable market data in " + folder);
        List<String> sk = skipped.stream().sorted().toList();
        if (warn != null) for (String s : sk) warn.accept("skipped " + s);
        return new Universe(Panel.of(series), List.copyOf(series), fingerprint(series), sk);
    }

    /** A universe from series already in memory. */
    public static Universe of(List<BarSeries> series) {
        return new Universe(Panel.of(series), List.copyOf(series), fingerprint(series), List.of());
    }

    static String fingerprint(List<BarSeries> series) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (BarSeries s : series) {
                md.update(s.symbol().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                md.update(Fingerprint.of(s).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(md.digest()).substring(0, 32);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
