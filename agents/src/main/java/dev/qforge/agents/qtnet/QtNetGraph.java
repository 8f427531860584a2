package dev.qforge.agents.qtnet;

import org.nd4j.autodiff.samediff.SDIndex;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Builds QTNet as a SameDiff graph over sequences of {@code steps} time steps. DL4J 1.0.0-M2.1 has no GRU layer and
 * the gradient of SameDiff's fused {@code gru} op disagrees with finite differences in that version, so the GRU cell
 * is written out and unrolled: {@code z = σ(xWz + hUz + bz)}, {@code r = σ(xWr + hUr + br)},
 * {@code n = tanh(xWn + r ⊙ (hUn) + bn)}, {@code h' = (1 − z) ⊙ n + z ⊙ h} (PyTorch's convention). The actor and
 * critic heads run once on all steps' top-layer states stacked time-major
 * ([steps · batch, units], row {@code t · batch + b}).
 *
 * <p>Placeholders: {@code obs} [steps, batch, observation], {@code act} [steps · batch, 2] (stored actions), the
 * initial hidden state {@code h<l>_in} [batch, units] of each layer, and for the losses {@code y} (critic targets),
 * {@code wc} (critic weights), {@code exp} (expert action one-hot), {@code rlw} and {@code bcw} (actor loss weights),
 * all stacked. Outputs: {@code pi} (softmax policy), {@code q_data} (Q of the stored actions), {@code q_pi} (Q of the
 * policy), {@code q_exp} (Q of the expert action), {@code h<l>_out} (hidden states after the last step),
 * {@code critic_loss = Σ wc (q_data − y)²} and {@code actor_loss = −Σ rlw · q_pi + Σ bcw · CE(exp, pi)}.
 * Parameters are the arrays of a {@link QtNetParams}, held by reference, so in-place updates of those arrays are
 * seen by every graph built over them.
 */
final class QtNetGraph {

    static final String CRITIC_LOSS = "critic_loss";
    static final String ACTOR_LOSS = "actor_loss";

    private QtNetGraph() {
    }

    static SameDiff build(NetworkConfig c, QtNetParams params, int inputSize, int steps) {
        SameDiff sd = SameDiff.create();
        params.arrays().forEach(sd::var);
        DataType dt = params.dataType();
        int h = c.gruUnits();
        SDVariable obs = sd.placeHolder("obs", dt, steps, -1, inputSize);
        SDVariable[] hidden = new SDVariable[c.gruLayers()];
        for (int l = 0; l < hidden.length; l++) hidden[l] = sd.placeHolder("h" + l + "_in", dt, -1, h);
        SDVariable[] top = new SDVariable[steps];
        for (int t = 0; t < steps; t++) {
            SDVariable x = obs.get(SDIndex.point(t), SDIndex.all(), SDIndex.all());
            for (int l = 0; l < hidden.length; l++) {
                hidden[l] = gru(sd, "enc" + l, x, hidden[l]);
                x = hidden[l];
            }
            top[t] = x;
        }
        for (int l = 0; l < hidden.length; l++) sd.identity("h" + l + "_out", hidden[l]);
        SDVariable x = steps == 1 ? top[0] : sd.concat(0, top);
        SDVariable state = sd.reshape("state", x, sd.constant(Nd4j.createFromArray(-1L, h)));
        SDVariable pi = actor(sd, c, state);
        sd.identity("pi", pi);
        SDVariable act = sd.placeHolder("act", dt, -1, 2);
        SDVariable exp = sd.placeHolder("exp", dt, -1, 2);
        SDVariable qd = sd.identity("q_data", critic(sd, c, state, act));
        SDVariable qp = sd.identity("q_pi", critic(sd, c, state, pi));
        sd.identity("q_exp", critic(sd, c, state, exp));
        SDVariable y = sd.placeHolder("y", dt, -1, 1);
        SDVariable wc = sd.placeHolder("wc", dt, -1, 1);
        SDVariable rlw = sd.placeHolder("rlw", dt, -1, 1);
        SDVariable bcw = sd.placeHolder("bcw", dt, -1, 1);
        SDVariable diff = qd.sub(y);
        sd.sum(CRITIC_LOSS, wc.mul(diff.mul(diff)));
        SDVariable ce = sd.sum(exp.mul(sd.math().log(pi.add(1e-8))).neg(), true, 1);
        sd.sum(ACTOR_LOSS, bcw.mul(ce).sub(rlw.mul(qp)));
        return sd;
    }

    /** One GRU step, PyTorch's convention (the libnd4j gru op's backward pass is wrong in 1.0.0-M2.1: see the test). */
    private static SDVariable gru(SameDiff sd, String p, SDVariable x, SDVariable h) {
        SDVariable z = sd.nn().sigmoid(x.mmul(sd.getVariable(p + ".Wz")).add(h.mmul(sd.getVariable(p + ".Uz"))).add(sd.getVariable(p + ".bz")));
        SDVariable r = sd.nn().sigmoid(x.mmul(sd.getVariable(p + ".Wr")).add(h.mmul(sd.getVariable(p + ".Ur"))).add(sd.getVariable(p + ".br")));
        SDVariable n = sd.math().tanh(x.mmul(sd.getVariable(p + ".Wn")).add(r.mul(h.mmul(sd.getVariable(p + ".Un")))).add(sd.getVariable(p + ".bn")));
        return z.rsub(1.0).mul(n).add(z.mul(h));
    }

    private static SDVariable actor(SameDiff sd, NetworkConfig c, SDVariable x) {
        for (int i = 0; i < c.actorLayers().length; i++) {
            x = sd.nn().relu(x.mmul(sd.getVariable("actor.W" + i)).add(sd.getVariable("actor.b" + i)), 0);
        }
        return sd.nn().softmax(x.mmul(sd.getVariable("actor.Wout")).add(sd.getVariable("actor.bout")), 1);
    }

    private static SDVariable critic(SameDiff sd, NetworkConfig c, SDVariable state, SDVariable action) {
        SDVariable x = sd.nn().relu(state.mmul(sd.getVariable("critic.Ws")).add(action.mmul(sd.getVariable("critic.Wa")))
                .add(sd.getVariable("critic.b")), 0);
        for (int i = 0; i < c.criticLayers().length; i++) {
            x = sd.nn().relu(x.mmul(sd.getVariable("critic.W" + i)).add(sd.getVariable("critic.b" + i)), 0);
        }
        return x.mmul(sd.getVariable("critic.Wout")).add(sd.getVariable("critic.bout"));
    }
}
