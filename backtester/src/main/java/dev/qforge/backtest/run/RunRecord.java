package dev.qforge.backtest.run;

import java.time.Instant;
import java.util.Map;

/**
 * One recorded run as stored: its spec, the data fingerprints it ran on, the seed, when and how long,
 * the metrics, and a digest of the result. {@code id} is 0 before saving.
 */
public record RunRecord(long id, String kind, String strategy, RunSpec spec, Map<String, String> dataFingerprints,
                        long seed, Instant startedAt, long elapsedMs, Map<String, Object> metrics, double finalEquity,
                        String digest, String outputDir, long parentId, String note) {

    public RunRecord withId(long newId) {
        return new RunRecord(newId, kind, strategy, spec, dataFingerprints, seed, startedAt, elapsedMs, metrics,
                finalEquity, digest, outputDir, parentId, note);
    }

    public RunRecord withOutputDir(String dir) {
        return new RunRecord(id, kind, strategy, spec, dataFingerprints, seed, startedAt, elapsedMs, metrics,
                finalEquity, digest, dir, parentId, note);
    }
}
