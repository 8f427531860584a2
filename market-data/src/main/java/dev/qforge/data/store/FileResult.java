package dev.qforge.data.store;

import dev.qforge.data.validate.ProblemKind;
import java.nio.file.Path;
import java.util.Map;

/**
 * What happened to one file of an import. {@code symbol} is null and {@code rows} 0 when the file could not be
 * read; {@code rows} counts the bars stored (or found unchanged) after dropping; {@code problems} counts every
 * problem found by kind, including those dropped or repaired, and those that made a reject fail;
 * {@code message} is null on success.
 */
public record FileResult(Path path, String symbol, int rows, int droppedRows, int repairedRows,
                         Map<ProblemKind, Long> problems, ImportStatus status, String message) {

    public FileResult {
        problems = Map.copyOf(problems);
    }

    public boolean failed() {
        return status == ImportStatus.FAILED;
    }

    @Override
    public String toString() {
        return path.getFileName() + ": " + status.name().toLowerCase(java.util.Locale.ROOT)
                + (symbol == null ? "" : " " + symbol + ", " + rows + " rows")
                + (droppedRows > 0 ? ", " + droppedRows + " dropped" : "")
                + (repairedRows > 0 ? ", " + repairedRows + " repaired" : "")
                + (problems.isEmpty() ? "" : ", problems " + new java.util.TreeMap<>(problems))
                + (message == null ? "" : ": " + message);
    }
}
