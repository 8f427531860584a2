package dev.qforge.data.store;

import dev.qforge.data.validate.Policy;
import dev.qforge.data.validate.Problem;
import dev.qforge.data.validate.ProblemKind;
import dev.qforge.data.validate.ValidationResult;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * Where a series came from and what validation found: recorded next to the series in the store.
 * {@code policy} may be null when the series was built in code rather than validated from a file.
 */
public record SourceInfo(String source, Policy policy, int droppedRows, int repairedRows, Map<ProblemKind, Long> problemCounts) {

    public SourceInfo {
        Objects.requireNonNull(source, "source");
        EnumMap<ProblemKind, Long> copy = new EnumMap<>(ProblemKind.class);
        if (problemCounts != null) copy.putAll(problemCounts);
        copy.values().removeIf(c -> c == null || c == 0);
        problemCounts = java.util.Collections.unmodifiableMap(copy);
    }

    /** A series made in code or by a generator: no policy, no problems. */
    public static SourceInfo of(String source) {
        return new SourceInfo(source, null, 0, 0, Map.of());
    }

    /** The source and problem counts of a validation result read under {@code policy}. */
    public static SourceInfo of(String source, Policy policy, ValidationResult result) {
        return new SourceInfo(source, policy, result.droppedRows(), result.repairedRows(), countByKind(result.problems()));
    }

    public static Map<ProblemKind, Long> countByKind(Iterable<Problem> problems) {
        EnumMap<ProblemKind, Long> m = new EnumMap<>(ProblemKind.class);
        for (Problem p : problems) m.merge(p.kind(), 1L, Long::sum);
        return m;
    }

    public long errorCount() {
        return sum(dev.qforge.data.validate.Severity.ERROR);
    }

    public long warningCount() {
        return sum(dev.qforge.data.validate.Severity.WARNING);
    }

    private long sum(dev.qforge.data.validate.Severity severity) {
        long n = 0;
        for (Map.Entry<ProblemKind, Long> e : problemCounts.entrySet()) {
            if (e.getKey().severity() == severity) n += e.getValue();
        }
        return n;
    }

    /** Compact text form stored in the database, e.g. {@code GAP=3,SPLIT_LIKE_JUMP=1}. */
    String countsText() {
        StringBuilder sb = new StringBuilder();
        problemCounts.forEach((k, v) -> sb.append(sb.isEmpty() ? "" : ",").append(k.name()).append('=').append(v));
        return sb.toString();
    }

    static Map<ProblemKind, Long> parseCounts(String text) {
        EnumMap<ProblemKind, Long> m = new EnumMap<>(ProblemKind.class);
        if (text == null || text.isBlank()) return m;
        for (String part : text.split(",")) {
            String[] kv = part.split("=", 2);
            try {
                m.put(ProblemKind.valueOf(kv[0].trim()), Long.parseLong(kv[1].trim()));
            } catch (RuntimeException e) {
                // a kind written by a newer qforge: skipped, the totals in the row still count it
            }
        }
        return m;
    }
}
