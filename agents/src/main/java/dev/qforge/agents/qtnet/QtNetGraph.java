package dev.qforge.agents.qtnet;

import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.buffer.DataType;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds QTNet as a SameDiff graph unrolled over {@code steps} time steps (DL4J 1.0.0-M2.1 has no GRU layer, so
 * the GRU cell is written out: {@code z = σ(xWz + hUz + bz)}, {@code r = σ(xWr + hUr + br)},
 * {@code n = tanh(xWn + r ⊙ (hUn) + bn)}, {@code h' = (1 − z) ⊙ n + z ⊙ h}, PyTorch's convention).
 *
 * <p>Placeholders: {@code obs_t} [batch, observation] and {@code act_t} [batch, 2] for each step, the initial
 * hidden state {@code h<l>_in} [batch, units] of each layer, and for the losses, over all steps stacked time-major
 * ([steps · batch, ·]): {@code y} (critic targets), {@code wc} (critic weights), {@code exp} (expert action one-hot),
 * {@code rlw} and {@code bcw} (actor loss weights). Outputs (stacked the same way): {@code pi} (softmax policy),
 * {@code q_data} (Q of the stored actions), {@code q_pi} (Q of the policy), {@code q_exp} (Q of the expert action),
 * {@code h<l>_out} (final hidden states), {@code critic_loss = Σ wc (q_data − y)²} and
 * {@code actor_loss = −Σ rlw · q_pi + Σ bcw · CE(exp, pi)}. Parameters are the arrays of a {@link QtNetParams}; the
 * graph holds them by reference, so in-place updates of those arrays are seen by every graph built over them.
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
        int layers = c.gruLayers();
        int h = c.gruUnits();
        SDVariable[] hidden = new SDVariable[layers];
        for (int l = 0; l < layers; l++) hidden[l] = sd.placeHolder("h" + l + "_in", dt, -1, h);
        List<SDVariable> pis = new ArrayList<>(), qData = new ArrayList<>(), qPi = new ArrayList<>(), states = new ArrayList<>();
        for (int t = 0; t < steps; t++) {
            SDVariable x = sd.placeHolder("obs_" + t, dt, -1, inputSize);
            for (int l = 0; l < layers; l++) {
                hidden[l] = gru(sd, "enc" + l, x, hidden[l]);
                x = hidden[l];
            }
            states.add(x);
            SDVariable pi = actor(sd, c, x);
            pis.add(pi);
            SDVariable act = sd.placeHolder("act_" + t, dt, -1, 2);
            qData.add(critic(sd, c, x, act));
            qPi.add(critic(sd, c, x, pi));
        }
        for (int l = 0; l < layers; l++) sd.identity("h" + l + "_out", hidden[l]);
        SDVariable pi = concat(sd, "pi", pis);
        SDVariable qd = concat(sd, "q_data", qData);
        SDVariable qp = concat(sd, "q_pi", qPi);
        SDVariable state = concat(sd, "state", states);
        SDVariable exp = sd.placeHolder("exp", dt, -1, 2);
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

    private static SDVariable concat(SameDiff sd, String name, List<SDVariable> parts) {
        if (parts.size() == 1) return sd.identity(name, parts.get(0));
        return sd.concat(name, 0, parts.toArray(SDVariable[]::new));
    }

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
