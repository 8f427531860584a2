package dev.qforge.agents.models.rnn;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

import java.util.ArrayList;
import java.util.List;

/**
 * The native arrays a hand-written pass owns: allocated once per batch shape and closed explicitly when the shape
 * changes or the pass is closed, so that the process's native memory is bounded by one set of buffers instead of
 * waiting for the garbage collector to free every batch's arrays. Also the small view and product helpers the
 * passes share. Not thread-safe.
 */
final class Buffers implements AutoCloseable {

    private final List<INDArray> live = new ArrayList<>();
    private long allocations;

    /** A zero [rows, cols] array owned by this set. */
    INDArray zeros(DataType t, long rows, long cols) {
        INDArray a = Nd4j.zeros(t, rows, cols);
        live.add(a);
        allocations++;
        return a;
    }

    /** How many arrays this set has allocated since it was made (closed ones included). */
    long allocations() {
        return allocations;
    }

    /** How many arrays this set holds now. */
    int live() {
        return live.size();
    }

    /** Frees every array's native buffer now; views of them must not be used afterwards. */
    @Override
    public void close() {
        for (INDArray a : live) if (!a.wasClosed()) a.close();
        live.clear();
    }

    /** Rows {@code [from, to)} of {@code a} (c order): a contiguous view. */
    static INDArray rows(INDArray a, long from, long to) {
        return a.get(NDArrayIndex.interval(from, to), NDArrayIndex.all());
    }

    /** The {@code steps} row blocks of a time-major [steps · n, cols] array: block t holds step t's n rows. */
    static INDArray[] blocks(INDArray a, int steps) {
        long n = a.rows() / steps;
        INDArray[] v = new INDArray[steps];
        for (int t = 0; t < steps; t++) v[t] = rows(a, t * n, (t + 1) * n);
        return v;
    }

    /** {@code c ← op(a)·op(b) + beta·c}. */
    static void gemm(INDArray a, INDArray b, INDArray c, boolean ta, boolean tb, double beta) {
        Nd4j.gemm(a, b, c, ta, tb, 1.0, beta);
    }

    /** Checks that a named parameter exists and has the expected shape. */
    static INDArray param(java.util.Map<String, INDArray> p, String name, long rows, long cols) {
        INDArray a = p.get(name);
        if (a == null) throw new IllegalArgumentException("parameter " + name + " is missing");
        if (a.rank() != 2 || a.rows() != rows || a.columns() != cols) {
            throw new IllegalArgumentException("parameter " + name + " has shape " + java.util.Arrays.toString(a.shape())
                    + ", expected [" + rows + ", " + cols + "]");
        }
        return a;
    }
}
