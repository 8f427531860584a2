package dev.qforge.backtest.sweep;

import java.util.List;

/**
 * The outcome of a walk-forward analysis: the windows in time order and the stitched out-of-sample equity
 * curve. The curve has one point per test step of every window ({@code time}, epoch millis of the step's
 * close); each test segment's equity changes are chained multiplicatively onto the end of the previous
 * one, starting from {@code initialCash}, so its value at a step is
 * {@code initialCash * prod(window returns so far)}. {@code unusedBars} counts the trailing bars that no
 * test window covered (a last partial window left out). The arrays are the result's own; do not modify
 * them.
 */
public record WalkForwardResult(List<WalkForwardWindow> windows, double initialCash, long[] time, double[] equity,
                                int unusedBars) {

    public WalkForwardResult {
        windows = List.copyOf(windows);
    }

    /** Out-of-sample equity at the end of the last test window. */
    public double finalEquity() {
        return equity.length == 0 ? initialCash : equity[equity.length - 1];
    }

    /** Total out-of-sample return: {@code finalEquity / initialCash - 1}. */
    public double totalReturn() {
        return finalEquity() / initialCash - 1;
    }
}
