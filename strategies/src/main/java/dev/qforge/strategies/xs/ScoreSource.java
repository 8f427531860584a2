package dev.qforge.strategies.xs;

import dev.qforge.data.Panel;

import java.util.Map;

/**
 * Scores a cross-sectional strategy ranks instruments by, as known at a time. Higher is better.
 */
@FunctionalInterface
public interface ScoreSource {

    /**
     * Scores known at {@code now} (epoch millis), by symbol. A symbol that is missing or maps to NaN has no score.
     * Returns an empty map when nothing is known yet.
     */
    Map<String, Double> scoresAt(long now);

    /** One field of a panel: the row with the latest time not after {@code now}. */
    static ScoreSource of(Panel panel, String field) {
        return new PanelScores(panel, field);
    }
}
