package dev.qforge.backtest.sweep;

import java.time.Instant;
import java.util.Map;

/**
 * One walk-forward window: its bar spans, the close times of the first and last bar of its train and test
 * parts (inclusive, epoch millis), the parameters chosen on the train part, their score on the train part
 * (from the sweep), their score on the test part (the same objective over the test segment, see
 * {@link TestSegment}) and the test part's return ({@code equity at test end / equity at test start - 1}).
 * Test score and return are NaN when the chosen parameters had no equity left at the test start.
 */
public record WalkForwardWindow(int number, WalkForward.Span span, long trainFrom, long trainTo, long testFrom,
                                long testTo, Map<String, Object> params, double trainScore, double testScore,
                                double testReturn) {

    @Override
    public String toString() {
        return "window " + number + ": train " + Instant.ofEpochMilli(trainFrom) + ".." + Instant.ofEpochMilli(trainTo)
                + ", test " + Instant.ofEpochMilli(testFrom) + ".." + Instant.ofEpochMilli(testTo) + ", params " + params
                + ", train score " + trainScore + ", test score " + testScore + ", test return " + testReturn;
    }
}
