package dev.qforge.backtest.model;

import java.util.Objects;

/**
 * The venue's models for turning a working order and a bar into an execution: when market orders fill
 * ({@link FillTiming}), how a bar's path is assumed ({@link BarPath}), slippage, commission and the
 * volume cap. Pure values, free of engine state, so the backtester's simulated venue and the FIX paper
 * exchange fill the same orders at the same prices.
 */
public record ExecutionModel(FillTiming timing, BarPath path, SlippageModel slippage, CommissionModel commission,
                             VolumeCap volumeCap, LatencyModel latency) {

    public ExecutionModel {
        Objects.requireNonNull(timing, "timing");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(slippage, "slippage");
        Objects.requireNonNull(commission, "commission");
        Objects.requireNonNull(volumeCap, "volumeCap");
        Objects.requireNonNull(latency, "latency");
    }

    public ExecutionModel(FillTiming timing, BarPath path, SlippageModel slippage, CommissionModel commission, VolumeCap volumeCap) {
        this(timing, path, slippage, commission, volumeCap, LatencyModel.NONE);
    }

    /** Next bar's open, directional bar path, no slippage, no commission, no volume cap, no latency. */
    public static ExecutionModel defaults() {
        return new ExecutionModel(FillTiming.NEXT_OPEN, BarPath.DIRECTIONAL, SlippageModel.NONE, CommissionModel.NONE,
                VolumeCap.NONE);
    }

    public ExecutionModel withTiming(FillTiming t) {
        return new ExecutionModel(t, path, slippage, commission, volumeCap, latency);
    }

    public ExecutionModel withPath(BarPath p) {
        return new ExecutionModel(timing, p, slippage, commission, volumeCap, latency);
    }

    public ExecutionModel withSlippage(SlippageModel s) {
        return new ExecutionModel(timing, path, s, commission, volumeCap, latency);
    }

    public ExecutionModel withCommission(CommissionModel c) {
        return new ExecutionModel(timing, path, slippage, c, volumeCap, latency);
    }

    public ExecutionModel withVolumeCap(VolumeCap v) {
        return new ExecutionModel(timing, path, slippage, commission, v, latency);
    }

    public ExecutionModel withLatency(LatencyModel l) {
        return new ExecutionModel(timing, path, slippage, commission, volumeCap, l);
    }
}
