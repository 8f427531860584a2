package dev.qforge.distributed;

import dev.qforge.data.BarSeries;
import dev.qforge.data.Fingerprint;
import dev.qforge.data.MarketData;
import dev.qforge.data.load.NotMarketDataException;
import dev.qforge.data.validate.Policy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Executor side of a {@link DataRef}: reads the referenced files once per JVM (the tasks of a sweep on one
 * executor share the parsed, immutable series) and hands back exactly the series the driver used.
 *
 * <p>A folder is read as the command line reads it: every market-data file in it, in name order; files
 * that are not market data (READMEs, constituents lists) are left out, and a file the policy rejects is
 * skipped (the driver already warned about it). Each series is cut to the driver's window and its
 * fingerprint checked.
 */
public final class DataRefLoader {

    private static final Map<DataRef, List<BarSeries>> CACHE = new ConcurrentHashMap<>();

    private DataRefLoader() {
    }

    /** The referenced series, from this JVM's cache after the first call. */
    public static List<BarSeries> load(DataRef ref) {
        return CACHE.computeIfAbsent(ref, DataRefLoader::read);
    }

    /**
     * Puts the series the driver loaded for {@code ref} in this JVM's cache, after checking their fingerprints.
     * In local mode the executors run in the driver's JVM and then skip reading the files again.
     */
    public static DataRef seed(DataRef ref, List<BarSeries> loaded) {
        if (loaded.size() != ref.symbols().size()) throw new IllegalArgumentException("seed " + loaded.size() + " series for " + ref);
        for (int i = 0; i < loaded.size(); i++) {
            if (!Fingerprint.of(loaded.get(i)).equals(ref.fingerprints().get(i))) {
                throw new IllegalArgumentException("the series to seed are not the referenced ones: " + loaded.get(i).symbol());
            }
        }
        CACHE.putIfAbsent(ref, List.copyOf(loaded));
        return ref;
    }

    /** Drops the cached series (tests, long-lived notebook sessions). */
    public static void clearCache() {
        CACHE.clear();
    }

    static List<BarSeries> read(DataRef ref) {
        Policy policy = Policy.valueOf(ref.policy().trim().toUpperCase(Locale.ROOT));
        Map<String, BarSeries> bySymbol = new HashMap<>();
        for (BarSeries s : readAll(ref.refs(), policy)) bySymbol.putIfAbsent(s.symbol(), s);
        List<BarSeries> out = new ArrayList<>();
        for (int i = 0; i < ref.symbols().size(); i++) {
            String sym = ref.symbols().get(i);
            BarSeries s = bySymbol.get(sym);
            if (s == null) {
                throw new IllegalStateException("executor: no series " + sym + " in " + ref.refs() + "; the driver read it there "
                        + "(do the executors see the same files at the same paths?)");
            }
            BarSeries w = s.between(ref.firstTimes()[i], ref.lastTimes()[i]);
            String fp = Fingerprint.of(w);
            if (!fp.equals(ref.fingerprints().get(i))) {
                throw new IllegalStateException("executor: " + sym + " in " + ref.refs() + " has other bars than the driver read "
                        + "(fingerprint " + fp + ", driver " + ref.fingerprints().get(i) + "); the executors need the same files");
            }
            out.add(w);
        }
        return List.copyOf(out);
    }

    /**
     * Every series of {@code refs} in the order the command line reads them: a folder gives its market-data
     * files in name order (files that are not market data, or that the policy rejects, are left out as the
     * driver left them out), a file or bundled set its one series.
     */
    static List<BarSeries> readAll(List<String> refs, Policy policy) {
        List<BarSeries> out = new ArrayList<>();
        for (String r : refs) {
            Path p = Path.of(r);
            if (Files.isDirectory(p)) {
                for (Path f : files(p)) {
                    try {
                        out.add(MarketData.load(f, null, policy).series());
                    } catch (NotMarketDataException e) {
                        // not market data: the driver left it out too
                    } catch (RuntimeException e) {
                        // rejected by the policy: the driver skipped it with a warning
                    }
                }
            } else {
                out.add(MarketData.load(r, null, policy).series());
            }
        }
        return out;
    }

    private static List<Path> files(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith("."))
                    .filter(f -> !f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".md")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("executor: cannot list " + dir + ": " + e.getMessage(), e);
        }
    }
}
