package dev.qforge.strategies;

import dev.qforge.data.Panel;
import dev.qforge.strategies.params.ParamException;

/**
 * What a strategy needs besides its parameters and the bars the engine feeds it: for now an optional score
 * {@link Panel} (times x symbols; cross-sectional strategies read one field of it). Immutable.
 */
public record StrategyInputs(Panel scores) {

    public static StrategyInputs none() {
        return new StrategyInputs(null);
    }

    public static StrategyInputs withScores(Panel scores) {
        return new StrategyInputs(scores);
    }

    /** The score panel, or a clear error naming the strategy that needs it. */
    public Panel requireScores(String strategy) {
        if (scores == null) {
            throw new ParamException(strategy + " needs a score panel (times x symbols): pass one with StrategyInputs.withScores(panel)");
        }
        return scores;
    }
}
