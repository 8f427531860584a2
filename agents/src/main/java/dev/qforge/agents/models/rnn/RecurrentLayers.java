package dev.qforge.agents.models.rnn;

import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.Map;

/**
 * A stack of recurrent layers run from zero initial states, with its backpropagation through time written by hand.
 * Inputs and states are time-major matrices: row {@code t · n + b} is sample b at step t (oldest step first).
 */
interface RecurrentLayers extends AutoCloseable {

    /** Throws naming the first layer parameter that is missing or misshapen. */
    void check(Map<String, INDArray> params);

    /** The number of units of every layer. */
    int units();

    /**
     * Runs the stack over {@code x} ([steps · n, inputs]) and returns the top layer's states at every step
     * ([steps · n, units], a buffer of this object that the next call overwrites).
     */
    INDArray forward(Map<String, INDArray> params, INDArray x, int steps);

    /**
     * Backpropagates {@code dTop} (the loss's gradient with respect to the top layer's states of the last
     * {@link #forward}, [steps · n, units]; overwritten) through time and the layers, writing the gradient of every
     * layer parameter into the arrays of {@code grads}.
     */
    void backward(Map<String, INDArray> params, INDArray x, INDArray dTop, Map<String, INDArray> grads);

    /** Arrays allocated so far (a new batch shape allocates a new set; the same shape reuses it). */
    long allocations();

    /** Frees the native buffers now. */
    @Override
    void close();
}
