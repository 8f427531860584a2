package dev.qforge.agents.qtnet.grad;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/** Small ND4J helpers shared by the hand-written passes: buffers, row blocks, products and column sums. */
final class Mat {

    private Mat() {
    }

    static INDArray zeros(DataType t, long rows, long cols) {
        return Nd4j.zeros(t, rows, cols);
    }

    /**
     * The {@code steps} row blocks of {@code a} ([steps · n, cols], c order) as views: block {@code t} is rows
     * {@code t · n .. t · n + n − 1}, contiguous in memory, so products can write into it directly.
     */
    static INDArray[] blocks(INDArray a, int steps) {
        long n = a.rows() / steps;
        INDArray[] v = new INDArray[steps];
        for (int t = 0; t < steps; t++) v[t] = a.get(NDArrayIndex.interval(t * n, (t + 1) * n), NDArrayIndex.all());
        return v;
    }

    /** {@code c ← a·b + beta·c} (with {@code a} or {@code b} transposed when asked). */
    static void gemm(INDArray a, INDArray b, INDArray c, boolean ta, boolean tb, double beta) {
        Nd4j.gemm(a, b, c, ta, tb, 1.0, beta);
    }

    /** {@code g ← Σ_rows d} (a bias gradient, shape [1, cols]). */
    static void colSum(INDArray d, INDArray g) {
        g.assign(d.sum(true, 0));
    }
}
