package dev.qforge.agents.qtnet.grad;

import dev.qforge.agents.qtnet.NetworkConfig;
import dev.qforge.agents.qtnet.QtNetParams;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.CustomOp;
import org.nd4j.linalg.api.ops.impl.transforms.custom.SoftMax;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

import java.util.Map;

/**
 * The actor head by hand: ReLU layers {@code a_i = max(0, a_{i−1} W_i + b_i)} over the encoder states, then
 * {@code π = softmax(a W_out + b_out)} over (short, long). The backward pass takes {@code dL/dπ} and writes the
 * gradients of the actor's parameters; the encoder is not trained by the actor loss, so no state gradient is formed.
 */
final class ActorHead {

    private final int hidden;
    private INDArray[] act;
    private INDArray pi;
    private INDArray input;

    ActorHead(NetworkConfig net) {
        this.hidden = net.actorLayers().length;
    }

    private static String w(int i, int k) {
        return i == k ? "actor.Wout" : "actor.W" + i;
    }

    private static String b(int i, int k) {
        return i == k ? "actor.bout" : "actor.b" + i;
    }

    /** {@code π} for every row of {@code state} ([rows, units]); the returned buffer is reused by the next call. */
    INDArray forward(QtNetParams p, INDArray state) {
        input = state;
        if (act == null || act[0].rows() != state.rows() || act[0].dataType() != state.dataType()) {
            act = new INDArray[hidden + 1];
            for (int i = 0; i <= hidden; i++) act[i] = Mat.zeros(state.dataType(), state.rows(), p.get(w(i, hidden)).columns());
            pi = act[hidden].ulike();
        }
        INDArray x = state;
        for (int i = 0; i <= hidden; i++) {
            Mat.gemm(x, p.get(w(i, hidden)), act[i], false, false, 0);
            act[i].addiRowVector(p.get(b(i, hidden)));
            if (i < hidden) Transforms.relu(act[i], false);
            x = act[i];
        }
        Nd4j.exec((CustomOp) new SoftMax(act[hidden], pi, 1));
        return pi;
    }

    /** Writes the actor parameters' gradients into {@code grads} from {@code dPi} = dL/dπ (consumed). */
    void backward(QtNetParams p, INDArray dPi, Map<String, INDArray> grads) {
        // softmax: dL/dlogit_k = π_k (dL/dπ_k − Σ_j π_j dL/dπ_j)
        INDArray d = dPi.subiColumnVector(dPi.mul(pi).sum(true, 1)).muli(pi);
        for (int i = hidden; i >= 0; i--) {
            if (i < hidden) d.muli(Transforms.sign(act[i], true)); // ReLU: pass where the unit was active
            INDArray x = i == 0 ? input : act[i - 1];
            Mat.gemm(x, d, grads.get(w(i, hidden)), true, false, 0);
            Mat.colSum(d, grads.get(b(i, hidden)));
            if (i > 0) d = Nd4j.gemm(d, p.get(w(i, hidden)), false, true);
        }
    }
}
