package dev.qforge.agents.qtnet;

import java.nio.file.Path;

/**
 * A QTNet model as recorded in H2: its identity, the data it was trained on (symbol, fingerprint, source, training
 * period {@code [trainFrom, trainUntil)} in epoch millis), its full config and seed, where its weights lie, and
 * how far training got ({@code status} is {@code training} until the last epoch completes, then {@code complete}).
 */
public record StoredModel(String id, Variant variant, String symbol, String dataFingerprint, String dataSource, long seed,
                          long trainFrom, long trainUntil, TrainConfig config, Path weightsDir, String status,
                          int epochsDone, long updates, long envSteps) {

    public boolean complete() {
        return "complete".equals(status);
    }
}
