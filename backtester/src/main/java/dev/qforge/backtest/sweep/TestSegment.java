package dev.qforge.backtest.sweep;

import dev.qforge.backtest.BacktestResult;

import java.util.Arrays;
import java.util.List;

/**
 * The test part of a walk-forward run, cut from a backtest over the train and test bars together, as a
 * {@link BacktestResult} an objective can score.
 *
 * <p>The view's steps are those at or after the test window's first close; its initial cash is the
 * equity at the last step before them (the account as the test window finds it, positions included), so
 * {@code finalEquity / initialCash - 1} is the test window's return and a daily Sharpe starts from the
 * test window's first day. Fills, order-log events and orders last updated in the window are kept; the
 * positions are those at the end (which is the test window's end). The engine reports fees and borrow
 * cost only as run totals, so the test window's share is the full run's total minus that of the run of
 * the same parameters over the train bars alone, which is the same run up to the train window's end.
 */
final class TestSegment {

    private TestSegment() {
    }

    /** Index of the first step at or after {@code testStart}. */
    static int firstStep(BacktestResult full, long testStart) {
        int k = Arrays.binarySearch(full.time(), testStart);
        return k >= 0 ? k : -k - 1;
    }

    /** Equity just before the test window: at the last train step, or the initial cash when there is none. */
    static double baseEquity(BacktestResult full, int firstStep) {
        return firstStep == 0 ? full.config().initialCash() : full.equity()[firstStep - 1];
    }

    /**
     * The test part of {@code full}; {@code trainOnly} is the run of the same parameters over the train bars
     * alone. Throws {@link IllegalArgumentException} when the equity at the test window's start is not
     * positive (there is no account left to measure a return on).
     */
    static BacktestResult of(BacktestResult full, BacktestResult trainOnly, long testStart) {
        int k = firstStep(full, testStart);
        int n = full.steps();
        double base = baseEquity(full, k);
        return new BacktestResult(full.instruments(), full.config().withCash(base),
                Arrays.copyOfRange(full.time(), k, n), Arrays.copyOfRange(full.equity(), k, n),
                Arrays.copyOfRange(full.cash(), k, n), Arrays.copyOfRange(full.grossExposure(), k, n),
                full.fills().stream().filter(f -> f.time() >= testStart).toList(),
                full.orders().stream().filter(o -> o.updatedAt() >= testStart).toList(),
                full.events().stream().filter(e -> e.time() >= testStart).toList(),
                List.copyOf(full.positions()),
                full.fees() - trainOnly.fees(), full.borrowCost() - trainOnly.borrowCost());
    }
}
