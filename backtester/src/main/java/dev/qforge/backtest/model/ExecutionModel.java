package dev.qforge.backtest.model;

import java.util.Objects;

/**
 * The venue's models for turning a working order and a bar into an execution: when market orders fill
 * ({@link FillTiming}), how a bar's path is assumed ({@link BarPath}), slippage, commission and the
 * volume cap. Pure values, free of engine state, so the backtester's simulated venue and the FIX paper
 * exchange fill the same orders at the same prices.
 */
public record ExecutionModel(FillTiming timing, BarPath path, SlippageModel slippage, CommissionModel commission,
                             VolumeCap volumeCap) {

    public ExecutionModel {
        Objects.requireNonNull(timing, "timing");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(slippage, "slippage");
        Objects.requireNonNull(commission, "commission");
        Objects.requireNonNull(volumeCap, "volumeCap");
    }

    /** Next bar's open, directional bar path, no slippage, no commission, no volume cap. */
    public static ExecutionModel defaults() {
        return new ExecutionModel(FillTiming.NEXT_OPEN, BarPath.DIRECTIONAL, SlippageModel.NONE, CommissionModel.NONE,
                VolumeCap.NONE);
    }

    public ExecutionModel withTiming(FillTiming t) {
        return new ExecutionModel(t, path, slippage, commission, volumeCap);
    }

    public ExecutionModel withPath(BarPath p) {
        return new ExecutionModel(timing, p, slippage, commission, volumeCap);
    }

    public ExecutionModel withSlippage(SlippageModel s) {
        return new ExecutionModel(timing, path, s, commission, volumeCap);
    }

    public ExecutionModel withCommission(CommissionModel c) {
        return new ExecutionModel(timing, path, slippage, c, volumeCap);
    }

    public ExecutionModel withVolumeCap(VolumeCap v) {
        return new ExecutionModel(timing, path, slippage, commission, v);
    }
}
