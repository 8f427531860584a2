package dev.qforge.distributed;

import dev.qforge.data.MarketData;
import dev.qforge.data.validate.Policy;
import dev.qforge.factors.io.UniverseLoader;

import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where a factor run's universe is: one folder of bar files (read as {@link UniverseLoader#load} reads it)
 * or a list of files, the validation policy, and the universe's fingerprint as the driver loaded it.
 * Executors read the universe once per JVM and check the fingerprint, so a task never computes factors over
 * other bars than the driver's (the paths must name the same files on every machine).
 */
public record UniverseRef(List<String> paths, String policy, String fingerprint) implements Serializable {

    private static final Map<UniverseRef, UniverseLoader.Universe> CACHE = new ConcurrentHashMap<>();

    public UniverseRef {
        paths = List.copyOf(paths);
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(fingerprint, "fingerprint");
        if (paths.isEmpty()) throw new IllegalArgumentException("a universe reference needs a folder or files");
    }

    /**
     * The reference to a universe the driver loaded from {@code paths}.
     *
     * @throws IllegalArgumentException naming a path that is not a file or folder
     */
    public static UniverseRef of(List<String> paths, String policy, UniverseLoader.Universe loaded) {
        List<String> abs = new ArrayList<>();
        for (String p : paths) {
            if (!Files.exists(Path.of(p)) && !MarketData.bundledNames().contains(p)) {
                throw new IllegalArgumentException("--engine spark: '" + p + "' is not a file, folder or bundled data set; executors read "
                        + "data from paths, not from qforge's database (export it first: qforge data export " + p + " --out FILE)");
            }
            abs.add(Files.exists(Path.of(p)) ? Path.of(p).toAbsolutePath().normalize().toString() : p);
        }
        return new UniverseRef(abs, policy, loaded.fingerprint());
    }

    /**
     * Puts the driver's universe in this JVM's cache. In local mode the executors run in the driver's JVM and
     * then skip reading the files again; on a cluster this changes nothing.
     */
    public UniverseRef seed(UniverseLoader.Universe loaded) {
        if (!loaded.fingerprint().equals(fingerprint)) throw new IllegalArgumentException("the universe to seed is not the referenced one");
        CACHE.putIfAbsent(this, loaded);
        return this;
    }

    /** Drops the cached universes (tests, long-lived sessions). */
    public static void clearCache() {
        CACHE.clear();
    }

    /** The universe on this JVM: read on first use, then cached; fails when its bars differ from the driver's. */
    public UniverseLoader.Universe load() {
        return CACHE.computeIfAbsent(this, UniverseRef::read);
    }

    private static UniverseLoader.Universe read(UniverseRef r) {
        Policy policy = Policy.valueOf(r.policy.trim().toUpperCase(Locale.ROOT));
        UniverseLoader.Universe u;
        if (r.paths.size() == 1 && Files.isDirectory(Path.of(r.paths.get(0)))) {
            u = UniverseLoader.load(Path.of(r.paths.get(0)), policy, null);
        } else {
            // files, bundled sets and folders mixed (--data a,b): read as the command line reads them
            u = UniverseLoader.of(DataRefLoader.readAll(r.paths, policy));
        }
        if (!u.fingerprint().equals(r.fingerprint)) {
            throw new IllegalStateException("executor: the universe at " + r.paths + " has other bars than the driver read (fingerprint "
                    + u.fingerprint() + ", driver " + r.fingerprint + "); the executors need the same files");
        }
        return u;
    }
}
