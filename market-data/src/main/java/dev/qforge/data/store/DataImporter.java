package dev.qforge.data.store;

import dev.qforge.data.BarSeries;
import dev.qforge.data.MarketData;
import dev.qforge.data.load.LoadOptions;
import dev.qforge.data.validate.DataValidationException;
import dev.qforge.data.validate.Policy;
import dev.qforge.data.validate.ValidationResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Imports many files into a {@link BarStore} under one validation {@link Policy}.
 *
 * <p>Each file is read and validated by the source function (by default {@link MarketData#load}), then saved in
 * its own transaction. A file that fails (not market data, rejected under the policy, no bars left, a database
 * error) is reported as {@link ImportStatus#FAILED} with a message and does not stop the others. Re-running an
 * import is safe and cheap: files whose content is already stored are {@code UNCHANGED}, so an interrupted
 * import is resumed by running it again. With prefetch on (the default), the next file is read on a second
 * thread while the current one is written, which uses both cores of a small machine.
 */
public final class DataImporter {

    /** Progress callbacks, called on the importing thread in input order. */
    public interface Listener {
        default void started(int files) {
        }

        /** After each file; {@code rowsDone} sums the rows of all files done so far. */
        default void fileDone(FileResult result, int filesDone, int files, long rowsDone) {
        }

        default void finished(ImportReport report) {
        }
    }

    private final BarStore store;
    private final Policy policy;
    private final Function<Path, ValidationResult> source;
    private final boolean prefetch;

    /** Reads files with {@link MarketData#load(Path, LoadOptions, Policy)}. */
    public DataImporter(BarStore store, LoadOptions options, Policy policy) {
        this(store, policy, p -> MarketData.load(p, options, policy), true);
    }

    /** Reads files with {@code source}, which applies {@code policy} itself; {@code policy} is recorded with each series. */
    public DataImporter(BarStore store, Policy policy, Function<Path, ValidationResult> source, boolean prefetch) {
        this.store = Objects.requireNonNull(store, "store");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.source = Objects.requireNonNull(source, "source");
        this.prefetch = prefetch;
    }

    /** Regular files of {@code pathsOrFolders}: a folder stands for its non-hidden files (not recursive), sorted by name. */
    public static List<Path> expand(List<Path> pathsOrFolders) {
        List<Path> out = new ArrayList<>();
        for (Path p : pathsOrFolders) {
            if (!Files.isDirectory(p)) {
                out.add(p);
                continue;
            }
            try (Stream<Path> s = Files.list(p)) {
                s.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith(".")).sorted().forEach(out::add);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + p, e);
            }
        }
        return out;
    }

    public ImportReport importAll(List<Path> paths) {
        return importAll(paths, new Listener() { });
    }

    /** Imports {@code paths} in order; stops early (and says so) when the thread is interrupted. */
    public ImportReport importAll(List<Path> paths, Listener listener) {
        List<Path> files = List.copyOf(paths);
        List<FileResult> results = new ArrayList<>(files.size());
        listener.started(files.size());
        long rows = 0;
        boolean interrupted = false;
        ExecutorService reader = prefetch && files.size() > 1 ? Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "qforge-import-reader");
            t.setDaemon(true);
            return t;
        }) : null;
        try {
            Future<Read> next = files.isEmpty() ? null : submit(reader, files.get(0));
            for (int i = 0; i < files.size(); i++) {
                if (Thread.currentThread().isInterrupted()) {
                    interrupted = true;
                    break;
                }
                Read current = await(next, files.get(i));
                next = i + 1 < files.size() ? submit(reader, files.get(i + 1)) : null;
                FileResult r = store(current);
                results.add(r);
                rows += r.rows();
                listener.fileDone(r, i + 1, files.size(), rows);
            }
        } finally {
            if (reader != null) reader.shutdownNow();
        }
        ImportReport report = new ImportReport(results, interrupted);
        listener.finished(report);
        return report;
    }

    /** A file read and validated, or the reason it could not be. */
    private record Read(Path path, ValidationResult result, RuntimeException error) {
    }

    private Future<Read> submit(ExecutorService reader, Path path) {
        return reader == null ? CompletableFuture.completedFuture(read(path)) : reader.submit(() -> read(path));
    }

    private Read read(Path path) {
        try {
            return new Read(path, Objects.requireNonNull(source.apply(path), "source returned null"), null);
        } catch (RuntimeException e) {
            return new Read(path, null, e);
        }
    }

    private static Read await(Future<Read> future, Path path) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Read(path, null, new IllegalStateException("interrupted while reading", e));
        } catch (ExecutionException e) {
            return new Read(path, null, new IllegalStateException(String.valueOf(e.getCause()), e.getCause()));
        }
    }

    /** The source recorded with a series: {@code bundled:<name>} for a bundled set, else the absolute file path. */
    static String sourceName(Path path) {
        String given = path.toString();
        if (!Files.exists(path) && MarketData.bundledNames().contains(given)) return "bundled:" + given;
        return path.toAbsolutePath().normalize().toString();
    }

    private FileResult store(Read read) {
        Path path = read.path();
        if (read.error() != null) {
            var counts = read.error() instanceof DataValidationException dve
                    ? SourceInfo.countByKind(dve.problems()) : Map.<dev.qforge.data.validate.ProblemKind, Long>of();
            return new FileResult(path, null, 0, 0, 0, counts, ImportStatus.FAILED, message(read.error()));
        }
        ValidationResult r = read.result();
        BarSeries series = r.series();
        SourceInfo info = SourceInfo.of(sourceName(path), policy, r);
        if (series.isEmpty()) {
            return new FileResult(path, series.symbol(), 0, r.droppedRows(), r.repairedRows(), info.problemCounts(),
                    ImportStatus.FAILED, "no bars left after validation (" + r.droppedRows() + " dropped)");
        }
        try {
            SaveResult saved = store.save(series, info);
            return new FileResult(path, series.symbol(), series.size(), r.droppedRows(), r.repairedRows(),
                    info.problemCounts(), saved.status(), null);
        } catch (RuntimeException e) {
            return new FileResult(path, series.symbol(), 0, r.droppedRows(), r.repairedRows(), info.problemCounts(),
                    ImportStatus.FAILED, message(e));
        }
    }

    private static String message(Throwable e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }
}
