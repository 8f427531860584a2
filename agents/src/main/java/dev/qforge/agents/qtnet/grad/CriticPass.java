package dev.qforge.agents.qtnet.grad;

import dev.qforge.agents.qtnet.NetworkConfig;
import dev.qforge.agents.qtnet.QtNetParams;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

import java.util.Map;

/**
 * One evaluation of the critic head, {@code Q(h, a)}, by hand: {@code c_0 = max(0, h Ws + a Wa + b)}, ReLU layers
 * {@code c_i = max(0, c_{i−1} W_i + b_i)}, {@code Q = c W_out + b_out}. The state branch {@code h Ws + b} is the same
 * for every action, so it is computed once per update and passed in. The activations are kept for one backward
 * pass, which returns {@code dL/da} and, when asked, writes the critic's parameter gradients and {@code dL/dh}.
 */
final class CriticPass {

    private final int hidden;
    private INDArray[] act;
    private INDArray q;
    private INDArray action;

    CriticPass(NetworkConfig net) {
        this.hidden = net.criticLayers().length;
    }

    /** {@code Q} of every row ([rows, 1], a reused buffer) for actions {@code a} ([rows, 2]). */
    INDArray forward(QtNetParams p, INDArray stateBranch, INDArray a) {
        action = a;
        if (act == null || act[0].rows() != a.rows() || act[0].dataType() != a.dataType()) {
            act = new INDArray[hidden + 1];
            act[0] = stateBranch.ulike();
            for (int i = 0; i < hidden; i++) act[i + 1] = Mat.zeros(a.dataType(), a.rows(), p.get("critic.W" + i).columns());
            q = Mat.zeros(a.dataType(), a.rows(), 1);
        }
        act[0].assign(stateBranch);
        Mat.gemm(a, p.get("critic.Wa"), act[0], false, false, 1);
        Transforms.relu(act[0], false);
        for (int i = 0; i < hidden; i++) {
            Mat.gemm(act[i], p.get("critic.W" + i), act[i + 1], false, false, 0);
            act[i + 1].addiRowVector(p.get("critic.b" + i));
            Transforms.relu(act[i + 1], false);
        }
        Mat.gemm(act[hidden], p.get("critic.Wout"), q, false, false, 0);
        q.addiRowVector(p.get("critic.bout"));
        return q;
    }

    /**
     * Backpropagates {@code dq} = dL/dQ ([rows, 1]) through the last {@link #forward}. With {@code grads} non-null,
     * writes every critic parameter's gradient there ({@code state} is then the encoder output the state branch was
     * computed from) and returns dL/dh in {@code dState}; returns dL/da ([rows, 2]).
     */
    INDArray backward(QtNetParams p, INDArray dq, INDArray state, Map<String, INDArray> grads, INDArray dState) {
        if (grads != null) {
            Mat.gemm(act[hidden], dq, grads.get("critic.Wout"), true, false, 0);
            Mat.colSum(dq, grads.get("critic.bout"));
        }
        INDArray d = Nd4j.gemm(dq, p.get("critic.Wout"), false, true);
        for (int i = hidden - 1; i >= 0; i--) {
            d.muli(Transforms.sign(act[i + 1], true)); // ReLU: pass where the unit was active
            if (grads != null) {
                Mat.gemm(act[i], d, grads.get("critic.W" + i), true, false, 0);
                Mat.colSum(d, grads.get("critic.b" + i));
            }
            d = Nd4j.gemm(d, p.get("critic.W" + i), false, true);
        }
        d.muli(Transforms.sign(act[0], true));
        if (grads != null) {
            Mat.gemm(state, d, grads.get("critic.Ws"), true, false, 0);
            Mat.gemm(action, d, grads.get("critic.Wa"), true, false, 0);
            Mat.colSum(d, grads.get("critic.b"));
            Mat.gemm(d, p.get("critic.Ws"), dState, false, true, 0);
        }
        return Nd4j.gemm(d, p.get("critic.Wa"), false, true);
    }
}
