package dev.qforge.data.store;

import java.util.List;

/** The per-file results of one {@link DataImporter} run, in input order. {@code interrupted} when it stopped early. */
public record ImportReport(List<FileResult> files, boolean interrupted) {

    public ImportReport {
        files = List.copyOf(files);
    }

    public long count(ImportStatus status) {
        return files.stream().filter(f -> f.status() == status).count();
    }

    /** Bars stored or confirmed unchanged. */
    public long rows() {
        return files.stream().mapToLong(FileResult::rows).sum();
    }

    public List<FileResult> failures() {
        return files.stream().filter(FileResult::failed).toList();
    }

    /** One line such as {@code 503 files: 500 imported, 2 unchanged, 0 replaced, 1 failed; 2,400,112 rows}. */
    public String summary() {
        return String.format(java.util.Locale.ROOT, "%d files: %d imported, %d unchanged, %d replaced, %d failed; %,d rows%s",
                files.size(), count(ImportStatus.IMPORTED), count(ImportStatus.UNCHANGED), count(ImportStatus.REPLACED),
                count(ImportStatus.FAILED), rows(), interrupted ? " (interrupted)" : "");
    }
}
