package dev.qforge.data.store;

/** Outcome of {@link BarStore#save}: {@code IMPORTED}, {@code UNCHANGED} or {@code REPLACED}, and the series as now stored. */
public record SaveResult(ImportStatus status, SeriesInfo series) {
}
