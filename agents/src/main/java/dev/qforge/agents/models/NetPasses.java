package dev.qforge.agents.models;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * How a {@link NeuralForecaster} computes its network's predictions and gradients over its {@link NetParams}:
 * SameDiff's automatic differentiation of the {@link NetGraphs} graph ({@link SameDiffPasses}) or, for the
 * recurrent nets, hand-written backpropagation through time ({@link HandPasses}). Both read the parameters by
 * reference, so Adam's in-place steps and the best epoch's restore are seen. The caller owns (and closes) the
 * input arrays it passes.
 */
interface NetPasses extends AutoCloseable {

    /** One training step on a batch: the loss before the step, then Adam applied to the batch's gradients. */
    double train(INDArray x, INDArray y, Adam adam);

    /** Writes the predictions for {@code x} into {@code out[offset ..]}. */
    void predict(INDArray x, float[] out, int offset);

    /** Frees the native memory held for the passes. */
    @Override
    void close();
}
