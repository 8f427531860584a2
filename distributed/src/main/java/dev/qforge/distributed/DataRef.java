package dev.qforge.distributed;

import dev.qforge.data.BarSeries;
import dev.qforge.data.Fingerprint;
import dev.qforge.data.MarketData;

import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Where a work unit's bars are, as a few strings an executor can act on: the data references (files,
 * folders of files, bundled set names) with the validation policy, and, per series the driver loaded, its
 * symbol, the close times of its first and last bar (the run's window), and its {@link Fingerprint}.
 *
 * <p>An executor reads the references itself ({@link DataRefLoader}); nothing but these strings travels with
 * a task. The paths must therefore name the same files on every machine (shared storage, or the same
 * copy everywhere); the fingerprints make sure of it: an executor that sees other bars fails its task
 * with a message naming the symbol, instead of scoring other data. Series stored only in qforge's H2
 * database are not references an executor can read: export them to a file first.
 */
public record DataRef(List<String> refs, String policy, List<String> symbols, long[] firstTimes, long[] lastTimes,
                      List<String> fingerprints) implements Serializable {

    public DataRef {
        refs = List.copyOf(refs);
        symbols = List.copyOf(symbols);
        fingerprints = List.copyOf(fingerprints);
        Objects.requireNonNull(policy, "policy");
        if (symbols.size() != firstTimes.length || symbols.size() != lastTimes.length || symbols.size() != fingerprints.size()) {
            throw new IllegalArgumentException("a data reference needs a window and a fingerprint per symbol");
        }
        firstTimes = firstTimes.clone();
        lastTimes = lastTimes.clone();
    }

    /**
     * The reference to {@code loaded}, the series the driver read from {@code refs} (already cut to the run's
     * window), in the order the run uses them.
     *
     * @throws IllegalArgumentException naming a reference an executor could not read (a stored symbol)
     */
    public static DataRef of(List<String> refs, String policy, List<BarSeries> loaded) {
        if (refs.isEmpty()) throw new IllegalArgumentException("no data references");
        for (String r : refs) {
            if (!Files.exists(Path.of(r)) && !MarketData.bundledNames().contains(r)) {
                throw new IllegalArgumentException("--engine spark: '" + r + "' is not a file, folder or bundled data set; executors read "
                        + "data from paths, not from qforge's database (export it first: qforge data export " + r + " --out FILE)");
            }
        }
        List<String> symbols = new ArrayList<>();
        List<String> fps = new ArrayList<>();
        long[] first = new long[loaded.size()], last = new long[loaded.size()];
        for (int i = 0; i < loaded.size(); i++) {
            BarSeries s = loaded.get(i);
            symbols.add(s.symbol());
            fps.add(Fingerprint.of(s));
            first[i] = s.firstTime();
            last[i] = s.lastTime();
        }
        List<String> absolute = refs.stream().map(r -> Files.exists(Path.of(r)) ? Path.of(r).toAbsolutePath().normalize().toString() : r).toList();
        return new DataRef(absolute, policy, symbols, first, last, fps);
    }

    /** Records compare arrays by identity; a reference is a cache key, so compare by content. */
    @Override
    public boolean equals(Object o) {
        return o instanceof DataRef d && refs.equals(d.refs) && policy.equals(d.policy) && symbols.equals(d.symbols)
                && java.util.Arrays.equals(firstTimes, d.firstTimes) && java.util.Arrays.equals(lastTimes, d.lastTimes)
                && fingerprints.equals(d.fingerprints);
    }

    @Override
    public int hashCode() {
        return Objects.hash(refs, policy, symbols, fingerprints);
    }

    @Override
    public String toString() {
        return "DataRef" + refs + "(" + symbols.size() + " series, policy " + policy + ")";
    }
}
