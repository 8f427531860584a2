package dev.qforge.backtest.sweep;

import java.time.Duration;
import java.util.Map;

/**
 * The summary of one grid point of a sweep: its position in grid order, its parameters, the objective's
 * score, and from the backtest the final equity, the profit and loss and the number of fills. A point
 * whose strategy could not be built ({@link Status#INVALID}) or whose run failed ({@link Status#FAILED})
 * has a NaN score, NaN equity and pnl, no fills and the error message. {@code elapsed} is wall time
 * (factory, run and scoring), the only field that differs between two identical sweeps.
 */
public record SweepPoint(int index, Map<String, Object> params, Status status, double score, double finalEquity,
                         double pnl, int fills, String error, Duration elapsed) {

    public enum Status {
        /** The backtest ran and was scored. */
        OK,
        /** The strategy factory refused the parameters with an {@link IllegalArgumentException}. */
        INVALID,
        /** The backtest itself failed (a {@link dev.qforge.backtest.StrategyException} or bad data). */
        FAILED
    }

    public boolean ok() {
        return status == Status.OK;
    }

    static SweepPoint error(int index, Map<String, Object> params, Status status, String message, Duration elapsed) {
        return new SweepPoint(index, params, status, Double.NaN, Double.NaN, Double.NaN, 0, message, elapsed);
    }
}
