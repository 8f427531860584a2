package dev.qforge.agents.models.rnn;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A recurrent regressor with hand-written forward and backward passes: a stack of LSTM or GRU layers
 * ({@link LstmLayers}, {@link GruLayers}), a linear output {@code pred = h_last · out.W + out.b} on the top layer's
 * last state, and the mean squared error against the labels. It computes exactly what {@code NetGraphs} builds
 * as a SameDiff graph, over the same named parameters, but with a fixed set of native buffers per batch shape,
 * each freed explicitly when the shape changes or on {@link #close()}, instead of the thousands of per-op arrays and
 * op contexts SameDiff allocates per batch and leaves to the garbage collector.
 *
 * <p>Input: {@code x} [steps, n, features] (time-major, oldest first, c order), labels [n, 1]. Parameters and
 * inputs must share one data type (float for training, double for gradient checks). Deterministic for a given
 * ND4J thread count (no atomics, no random numbers). Not thread-safe.
 */
public final class RecurrentRegressor implements AutoCloseable {

    /** The recurrent cell. */
    public enum Cell { LSTM, GRU }

    private final RecurrentLayers layers;
    private final Map<String, INDArray> grads = new LinkedHashMap<>();
    private final Buffers gradBuf = new Buffers(), headBuf = new Buffers();
    private int n = -1, steps = -1;
    private DataType type;
    private INDArray pred, diff, dTop, dTopLast, ones;

    /**
     * A regressor over {@code params} (read by name on every call, so in-place optimiser steps and restores are seen);
     * the gradient arrays are allocated once here, shaped like the parameters.
     */
    public RecurrentRegressor(Cell cell, int inputs, int units, int layerCount, Map<String, INDArray> params) {
        layers = cell == Cell.LSTM ? new LstmLayers(inputs, units, layerCount) : new GruLayers(inputs, units, layerCount);
        layers.check(params);
        Buffers.param(params, "out.W", units, 1);
        Buffers.param(params, "out.b", 1, 1);
        params.forEach((k, v) -> grads.put(k, gradBuf.zeros(v.dataType(), v.rows(), v.columns())));
    }

    /** The gradient of the last {@link #lossAndGradients} call by parameter name (arrays overwritten by the next call). */
    public Map<String, INDArray> gradients() {
        return grads;
    }

    /** Native arrays allocated so far by the passes (constant once every batch shape has been seen). */
    public long allocations() {
        return gradBuf.allocations() + headBuf.allocations() + layers.allocations();
    }

    private static INDArray flat(INDArray x) {
        if (x.rank() != 3) throw new IllegalArgumentException("input must be [steps, batch, features], got " + java.util.Arrays.toString(x.shape()));
        if (x.size(0) < 1 || x.size(1) < 1) throw new IllegalArgumentException("input has no steps or no samples: " + java.util.Arrays.toString(x.shape()));
        if (x.ordering() != 'c' || x.isView()) throw new IllegalArgumentException("input must be a c-order array, not a view");
        return x.reshape('c', x.size(0) * x.size(1), x.size(2));
    }

    private void ensure(DataType t, int stepCount, int batch) {
        if (batch == n && stepCount == steps && t == type) return;
        headBuf.close(); // the previous shape's head buffers, freed now (the gradient arrays keep the parameters' shapes)
        n = batch;
        steps = stepCount;
        type = t;
        long rows = (long) steps * n;
        pred = headBuf.zeros(t, n, 1);
        diff = headBuf.zeros(t, n, 1);
        ones = headBuf.zeros(t, 1, n).addi(1);
        dTop = headBuf.zeros(t, rows, layers.units());
        dTopLast = Buffers.rows(dTop, rows - n, rows);
    }

    /** Runs the layers and the head on the flattened input; returns the top layer's last states. */
    private INDArray forward(Map<String, INDArray> params, INDArray xf, int stepCount, int batch) {
        INDArray top = layers.forward(params, xf, stepCount);
        ensure(xf.dataType(), stepCount, batch);
        INDArray last = Buffers.rows(top, (long) (stepCount - 1) * batch, (long) stepCount * batch);
        Buffers.gemm(last, params.get("out.W"), pred, false, false, 0);
        pred.addi(params.get("out.b").getDouble(0));
        return last;
    }

    /** Predictions for {@code x} ([n, 1], a buffer overwritten by the next call). */
    public INDArray predict(Map<String, INDArray> params, INDArray x) {
        forward(params, flat(x), (int) x.size(0), (int) x.size(1));
        return pred;
    }

    /** The mean squared error of the predictions for {@code x} against {@code y}; fills {@link #gradients()}. */
    public double lossAndGradients(Map<String, INDArray> params, INDArray x, INDArray y) {
        INDArray xf = flat(x);
        int stepCount = (int) x.size(0), batch = (int) x.size(1);
        if (y.rank() != 2 || y.rows() != batch || y.columns() != 1) {
            throw new IllegalArgumentException("labels must be [" + batch + ", 1], got " + java.util.Arrays.toString(y.shape()));
        }
        INDArray last = forward(params, xf, stepCount, batch);
        pred.sub(y, diff);
        double loss = Nd4j.getBlasWrapper().dot(diff, diff) / batch;
        diff.muli(2.0 / batch); // dL/dpred
        Buffers.gemm(last, diff, grads.get("out.W"), true, false, 0);
        Buffers.gemm(ones, diff, grads.get("out.b"), false, false, 0);
        dTop.assign(0); // the head reads the top layer's last step only
        Buffers.gemm(diff, params.get("out.W"), dTopLast, false, true, 0);
        layers.backward(params, xf, dTop, grads);
        return loss;
    }

    /** Frees every native buffer now. */
    @Override
    public void close() {
        layers.close();
        headBuf.close();
        gradBuf.close();
        n = -1;
    }
}
