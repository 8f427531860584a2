package dev.qforge.agents.qtnet;

import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.Map;

/**
 * The differentiable part of one QTNet update, behind a seam so that two implementations can be checked against
 * each other: {@link SameDiffGradients} (the SameDiff graph of {@link QtNetGraph}, automatic differentiation) and
 * {@link dev.qforge.agents.qtnet.grad.NativeGradients} (hand-written forward and backward passes on ND4J matrix
 * ops). Both read the online and target {@link QtNetParams} by reference, so an optimiser step between
 * {@link #critic} and {@link #actor} is seen by the latter, exactly as in {@link QtNetAgent#update}.
 *
 * <p>Inputs are time-major: row {@code t · n + b} is step {@code t} of sequence {@code b}; all arrays are in the
 * parameters' floating-point type. Loss definitions are those of {@link QtNetGraph}.
 */
public interface UpdateGradients {

    /**
     * Sets the batch for the following calls.
     *
     * @param obs   observations [steps · n, obsSize]
     * @param act   stored actions [steps · n, 2]
     * @param exp   expert actions, one-hot [steps · n, 2]
     * @param h0    initial hidden state of each GRU layer, [n, units] each
     * @param steps sequence length
     */
    void feed(INDArray obs, INDArray act, INDArray exp, INDArray[] h0, int steps);

    /** {@code Q'(h', π'(h'))} of every row under the target networks. */
    float[] targetPolicyQ();

    /**
     * The online networks' Q values (before any step) and the gradient of the critic loss
     * {@code Σ wc (Q(h, a) − y)²} with respect to every encoder and critic parameter.
     */
    CriticStep critic(INDArray y, INDArray wc);

    /**
     * The actor loss {@code −Σ rlw · Q(h, π(h)) + Σ bcw · CE(expert, π(h))} under the current online parameters and
     * its gradient with respect to every actor parameter (the encoder and critic are held fixed).
     */
    ActorStep actor(INDArray rlw, INDArray bcw);

    /** Outputs and gradients of the critic loss; gradient arrays may be reused by the next call. */
    record CriticStep(float[] qData, float[] qPi, float[] qExp, double loss, Map<String, INDArray> gradients) {
    }

    /** The actor loss and its gradients; gradient arrays may be reused by the next call. */
    record ActorStep(double loss, Map<String, INDArray> gradients) {
    }
}
