package dev.qforge.data.store;

import dev.qforge.data.Timeframe;
import dev.qforge.data.validate.Policy;
import dev.qforge.data.validate.ProblemKind;
import java.time.Instant;
import java.util.Map;

/**
 * What the store knows about one stored series, without its bars. {@code firstTime} and {@code lastTime} are
 * bar close times in epoch milliseconds (both 0 for an empty series); {@code fingerprint} is
 * {@link dev.qforge.data.Fingerprint#of} of the series as stored; {@code policy} is null for series made in code.
 */
public record SeriesInfo(long id, String symbol, Timeframe timeframe, String source, String fingerprint, int barCount,
                         long firstTime, long lastTime, Instant importedAt, Policy policy, int droppedRows,
                         int repairedRows, Map<ProblemKind, Long> problemCounts) {

    public SeriesInfo {
        problemCounts = Map.copyOf(problemCounts);
    }
}
