package dev.qforge.agents.qtnet.grad;

import dev.qforge.agents.qtnet.NetworkConfig;
import dev.qforge.agents.qtnet.QtNetParams;
import dev.qforge.agents.qtnet.UpdateGradients;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@link UpdateGradients} by hand-written forward and backward passes on ND4J matrix products ({@link GruStack},
 * {@link ActorHead}, {@link CriticPass}): the same losses as the SameDiff graph, about a hundred products and a few
 * hundred in-place element-wise ops per update instead of SameDiff's thousands of dispatched ops with their
 * bookkeeping. Parameters are read by name from the {@link QtNetParams} on every call, so in-place optimiser steps,
 * loads and checkpoint restores are seen. Gradient buffers are allocated once and overwritten by each call.
 * Deterministic for a given thread count (no atomics, no random numbers). Not thread-safe.
 */
public final class NativeGradients implements UpdateGradients {

    private final Net online;
    private final Net target;
    private final Map<String, INDArray> criticGrads = new LinkedHashMap<>();
    private final Map<String, INDArray> actorGrads = new LinkedHashMap<>();
    private INDArray obs, act, exp;
    private INDArray[] h0;
    private int steps;
    private INDArray dState;

    public NativeGradients(NetworkConfig net, QtNetParams online, QtNetParams target) {
        this.online = new Net(net, online);
        this.target = new Net(net, target);
        for (List<String> names : List.of(online.encoderNames(), online.criticNames())) {
            for (String n : names) criticGrads.put(n, online.get(n).ulike());
        }
        for (String n : online.actorNames()) actorGrads.put(n, online.get(n).ulike());
    }

    @Override
    public void feed(INDArray obs, INDArray act, INDArray exp, INDArray[] h0, int steps) {
        if (obs.rows() % steps != 0) throw new IllegalArgumentException(obs.rows() + " observation rows are not " + steps + " steps of whole sequences");
        this.obs = obs;
        this.act = act;
        this.exp = exp;
        this.h0 = h0.clone();
        this.steps = steps;
    }

    @Override
    public float[] targetPolicyQ() {
        target.encode(obs, h0, steps);
        return flat(target.qPi.forward(target.p, target.stateBranch, target.actor.forward(target.p, target.state)));
    }

    @Override
    public CriticStep critic(INDArray y, INDArray wc) {
        Net o = online;
        o.encode(obs, h0, steps);
        INDArray pi = o.actor.forward(o.p, o.state);
        float[] qp = flat(o.qPi.forward(o.p, o.stateBranch, pi));
        float[] qe = flat(o.qExp.forward(o.p, o.stateBranch, exp));
        INDArray qd = o.qData.forward(o.p, o.stateBranch, act);
        INDArray diff = qd.sub(y);
        double loss = diff.mul(diff).muli(wc).sumNumber().doubleValue();
        float[] qData = flat(qd);
        if (dState == null || dState.rows() != o.state.rows() || dState.dataType() != o.state.dataType()) dState = o.state.ulike();
        o.qData.backward(o.p, diff.muli(wc).muli(2), o.state, criticGrads, dState); // dL/dq = 2 wc (q − y)
        o.gru.backward(o.p, obs, dState, criticGrads);
        return new CriticStep(qData, qp, qe, loss, criticGrads);
    }

    @Override
    public ActorStep actor(INDArray rlw, INDArray bcw) {
        Net o = online;
        o.encode(obs, h0, steps); // the critic step changed the encoder
        INDArray pi = o.actor.forward(o.p, o.state);
        INDArray q = o.qPi.forward(o.p, o.stateBranch, pi);
        INDArray logPi = Transforms.log(pi.add(1e-8), false);
        INDArray ce = exp.mul(logPi).sum(true, 1).negi();
        double loss = bcw.mul(ce).sumNumber().doubleValue() - rlw.mul(q).sumNumber().doubleValue();
        // dL/dπ: through the critic (dL/dq = −rlw) plus cloning's −bcw · expert / (π + 1e-8)
        INDArray dPi = o.qPi.backward(o.p, rlw.neg(), null, null, null);
        dPi.subi(exp.div(pi.add(1e-8)).muliColumnVector(bcw));
        o.actor.backward(o.p, dPi, actorGrads);
        return new ActorStep(loss, actorGrads);
    }

    private static float[] flat(INDArray a) {
        return a.dup('c').reshape(a.length()).toFloatVector();
    }

    /** One network's passes and buffers (online or target). */
    private static final class Net {
        final QtNetParams p;
        final GruStack gru;
        final ActorHead actor;
        final CriticPass qData, qPi, qExp;
        INDArray state, stateBranch;

        Net(NetworkConfig c, QtNetParams p) {
            this.p = p;
            this.gru = new GruStack(c.gruLayers(), c.gruUnits());
            this.actor = new ActorHead(c);
            this.qData = new CriticPass(c);
            this.qPi = new CriticPass(c);
            this.qExp = new CriticPass(c);
        }

        /** Encoder states of every row and the critic's state branch {@code h Ws + b} shared by all actions. */
        void encode(INDArray obs, INDArray[] h0, int steps) {
            state = gru.forward(p, obs, h0, steps);
            INDArray ws = p.get("critic.Ws");
            if (stateBranch == null || stateBranch.rows() != state.rows() || stateBranch.dataType() != state.dataType()) {
                stateBranch = Mat.zeros(state.dataType(), state.rows(), ws.columns());
            }
            Mat.gemm(state, ws, stateBranch, false, false, 0);
            stateBranch.addiRowVector(p.get("critic.b"));
        }
    }
}
