package dev.qforge.agents.models;

import org.bytedeco.javacpp.FloatPointer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The scaled features of a dataset's rows, and of the {@code window − 1} days before them, laid out cell by cell
 * ({@code v[(cell − first) · k + j]}), so that a recurrent net's input window is {@code window} contiguous copies
 * per sample. Reading the features where they live (one column-major matrix per feature) costs a cache miss per
 * value, which made building the inputs slower than the hand-written passes themselves; this block is built once
 * per dataset, a few hundred cells at a time so that its writes stay in cache.
 */
final class WindowInputs {

    private static final int CHUNK = 512;

    private final int cols, k, window;
    private final long first; // the grid index of the first cell held
    private final float[] v;

    WindowInputs(Dataset d, RobustScaler scaler, int window) {
        this.cols = d.symbols().size();
        this.k = d.featureCount();
        this.window = window;
        int fromRow = Math.max(0, d.rowFrom() - (window - 1));
        first = (long) fromRow * cols;
        long cells = (long) (d.rowTo() - fromRow) * cols;
        if (cells * k > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("dataset rows [" + d.rowFrom() + ", " + d.rowTo() + ") x " + cols + " instruments x " + k
                    + " features are too many for one input block; fit on fewer rows or instruments");
        }
        v = new float[(int) (cells * k)];
        double[][] f = new double[k][];
        for (int j = 0; j < k; j++) f[j] = d.features().get(j).values();
        for (long c0 = 0; c0 < cells; c0 += CHUNK) {
            int n = (int) Math.min(CHUNK, cells - c0);
            for (int j = 0; j < k; j++) {
                double[] fj = f[j];
                int src = (int) (first + c0);
                int dst = (int) (c0 * k) + j;
                for (int i = 0; i < n; i++) v[dst + i * k] = scaler.apply(j, fj[src + i]);
            }
        }
    }

    /**
     * The network input of samples {@code order[from..to)} (or {@code from..to} when {@code order} is null) whose grid
     * cells are {@code cell}: the scaled features of the last {@code window} days of the same instrument
     * ([window, b, k], oldest first; days before the data are zeros, as NaN padding after Fillna(0)).
     */
    INDArray batch(int[] cell, int[] order, int from, int to) {
        int b = to - from;
        float[] x = new float[window * b * k];
        for (int i = 0; i < b; i++) {
            int c = cell[order == null ? from + i : order[from + i]];
            int row = c / cols, col = c % cols;
            for (int t = 0; t < window; t++) {
                int r = row - (window - 1 - t);
                if (r < 0) continue;
                long at = ((long) r * cols + col - first) * k;
                System.arraycopy(v, (int) at, x, (t * b + i) * k, k);
            }
        }
        return array(x, window, b, k);
    }

    /**
     * A new float array of this shape holding {@code x}, copied in bulk (ND4J's own create copies element by
     * element); the forecaster's MLP inputs and labels are made here too.
     */
    static INDArray array(float[] x, long... shape) {
        INDArray a = Nd4j.createUninitialized(DataType.FLOAT, shape, 'c');
        new FloatPointer(a.data().addressPointer()).put(x, 0, x.length);
        return a;
    }
}
