package dev.qforge.agents.models;

import dev.qforge.agents.models.rnn.RecurrentRegressor;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * {@link NetPasses} by the hand-written LSTM and GRU passes of {@link RecurrentRegressor}: the same network and loss
 * as the {@link NetGraphs} graph, with a fixed set of native buffers per batch shape (see there), so a fit's
 * memory stays flat over its batches.
 */
final class HandPasses implements NetPasses {

    private final NetParams params;
    private final RecurrentRegressor net;

    HandPasses(NetGraphs.Kind kind, NetParams params, int inputs, int hidden, int layers) {
        if (kind == NetGraphs.Kind.MLP) throw new IllegalArgumentException("the hand-written passes are for lstm and gru only");
        this.params = params;
        net = new RecurrentRegressor(kind == NetGraphs.Kind.LSTM ? RecurrentRegressor.Cell.LSTM : RecurrentRegressor.Cell.GRU,
                inputs, hidden, layers, params.arrays());
    }

    @Override
    public double train(INDArray x, INDArray y, Adam adam) {
        double loss = net.lossAndGradients(params.arrays(), x, y);
        adam.apply(params, net.gradients());
        return loss;
    }

    @Override
    public void predict(INDArray x, float[] out, int offset) {
        INDArray p = net.predict(params.arrays(), x);
        float[] v = p.data().asFloat(); // p is a base [n, 1] array: its buffer is the n predictions
        System.arraycopy(v, 0, out, offset, (int) p.rows());
    }

    /** Native arrays the passes have allocated so far. */
    long allocations() {
        return net.allocations();
    }

    @Override
    public void close() {
        net.close();
    }
}
