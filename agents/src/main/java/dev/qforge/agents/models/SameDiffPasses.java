package dev.qforge.agents.models;

import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.autodiff.samediff.api.OutAndGrad;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.List;
import java.util.Map;

/**
 * {@link NetPasses} by SameDiff: the {@link NetGraphs} graph differentiated op by op. The MLP's path, and the
 * recurrent nets' with {@code grad=samediff} (for comparison: an unrolled recurrent graph allocates thousands of
 * per-op native arrays per batch, which {@link SameDiffMemory} frees as well as it can).
 */
final class SameDiffPasses implements NetPasses {

    private final NetParams params;
    private final SameDiff graph;
    private final List<String> names;
    private final SameDiffMemory.Budget budget = new SameDiffMemory.Budget();
    private boolean gradients;

    SameDiffPasses(NetGraphs.Kind kind, NetParams params, int inputs, int hidden, int layers, int window) {
        this.params = params;
        graph = NetGraphs.build(kind, params, inputs, hidden, layers, window);
        names = List.copyOf(params.arrays().keySet());
    }

    /** The loss and the gradient of every parameter on a batch, as SameDiff computes them (the caller closes them). */
    OutAndGrad gradients(INDArray x, INDArray y) {
        if (!gradients) {
            Quiet.run(graph::createGradFunction);
            gradients = true;
        }
        OutAndGrad og = graph.calculateGradientsAndOutputs(Map.of("x", x, "y", y), List.of("loss"), names);
        SameDiffMemory.noCache(graph);
        return og;
    }

    @Override
    public double train(INDArray x, INDArray y, Adam adam) {
        OutAndGrad og = gradients(x, y);
        adam.apply(params, og.getGradients());
        double loss = og.getOutputs().get("loss").getDouble(0);
        // free the native buffers now: with a large heap the collector runs too rarely to keep up with them
        closeAll(og.getGradients());
        closeAll(og.getOutputs());
        budget.check();
        return loss;
    }

    @Override
    public void predict(INDArray x, float[] out, int offset) {
        Map<String, INDArray> o = graph.output(Map.of("x", x), "pred");
        SameDiffMemory.noCache(graph);
        INDArray p = o.get("pred");
        try (INDArray c = p.dup('c')) {
            System.arraycopy(c.data().asFloat(), 0, out, offset, (int) p.rows());
        }
        closeAll(o);
    }

    void closeAll(Map<String, INDArray> arrays) {
        for (INDArray a : arrays.values()) {
            // never a parameter array itself (the graph and the optimiser hold those)
            if (a == null || a.wasClosed() || !a.closeable()) continue;
            boolean param = false;
            for (INDArray p : params.arrays().values()) param |= p == a;
            if (!param) a.close();
        }
    }

    @Override
    public void close() {
        // the graph's arrays are the parameters' and the session's (closed as released); nothing else is held
    }
}
