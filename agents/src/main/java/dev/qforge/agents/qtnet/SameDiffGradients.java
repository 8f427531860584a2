package dev.qforge.agents.qtnet;

import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.autodiff.samediff.api.OutAndGrad;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@link UpdateGradients} by SameDiff's automatic differentiation of {@link QtNetGraph}: one graph per loss over
 * the online parameters and one forward graph over the target parameters, built once for a sequence length. The
 * unrolled GRU makes these graphs a few thousand small ops, each with a fixed dispatch cost, which is why
 * {@link GradientPath#NATIVE} exists; this path is kept as the reference it is checked against.
 */
final class SameDiffGradients implements UpdateGradients {

    private final QtNetParams online;
    private final List<String> criticSide = new ArrayList<>();
    private final SameDiff criticGraph;
    private final SameDiff actorGraph;
    private final SameDiff targetGraph;
    private final Map<String, INDArray> ph = new HashMap<>();
    private final int layers;

    SameDiffGradients(NetworkConfig net, QtNetParams online, QtNetParams target, int obsSize, int steps) {
        this.online = online;
        this.layers = net.gruLayers();
        criticSide.addAll(online.encoderNames());
        criticSide.addAll(online.criticNames());
        criticGraph = QtNetGraph.build(net, online, obsSize, steps);
        criticGraph.setLossVariables(QtNetGraph.CRITIC_LOSS);
        actorGraph = QtNetGraph.build(net, online, obsSize, steps);
        actorGraph.setLossVariables(QtNetGraph.ACTOR_LOSS);
        targetGraph = QtNetGraph.build(net, target, obsSize, steps);
        quietly(criticGraph::createGradFunction);
        quietly(actorGraph::createGradFunction);
    }

    /**
     * Runs {@code r} with {@code System.out} muted: SameDiff 1.0.0-M2.1 prints a line per differentiated op to
     * standard output while it builds a gradient function, which would corrupt the JSON output of commands.
     */
    private static synchronized void quietly(Runnable r) {
        java.io.PrintStream out = System.out;
        System.setOut(new java.io.PrintStream(java.io.OutputStream.nullOutputStream()));
        try {
            r.run();
        } finally {
            System.setOut(out);
        }
    }

    @Override
    public void feed(INDArray obs, INDArray act, INDArray exp, INDArray[] h0, int steps) {
        ph.clear();
        long n = obs.rows() / steps;
        ph.put("obs", obs.reshape('c', steps, n, obs.columns()));
        ph.put("act", act);
        ph.put("exp", exp);
        for (int l = 0; l < layers; l++) ph.put("h" + l + "_in", h0[l]);
        INDArray zeros = act.getColumn(0, true).ulike().assign(0);
        for (String k : new String[]{"y", "wc", "rlw", "bcw"}) ph.put(k, zeros);
    }

    @Override
    public float[] targetPolicyQ() {
        return flat(targetGraph.output(ph, "q_pi").get("q_pi"));
    }

    @Override
    public CriticStep critic(INDArray y, INDArray wc) {
        ph.put("y", y);
        ph.put("wc", wc);
        OutAndGrad g = criticGraph.calculateGradientsAndOutputs(ph, List.of("q_data", "q_pi", "q_exp", QtNetGraph.CRITIC_LOSS), criticSide);
        Map<String, INDArray> o = g.getOutputs();
        return new CriticStep(flat(o.get("q_data")), flat(o.get("q_pi")), flat(o.get("q_exp")),
                o.get(QtNetGraph.CRITIC_LOSS).getDouble(0), withZeros(g.getGradients(), criticSide));
    }

    @Override
    public ActorStep actor(INDArray rlw, INDArray bcw) {
        ph.put("rlw", rlw);
        ph.put("bcw", bcw);
        OutAndGrad g = actorGraph.calculateGradientsAndOutputs(ph, List.of(QtNetGraph.ACTOR_LOSS), online.actorNames());
        return new ActorStep(g.getOutputs().get(QtNetGraph.ACTOR_LOSS).getDouble(0), withZeros(g.getGradients(), online.actorNames()));
    }

    /** SameDiff returns no gradient for a parameter off the loss's path; the optimiser needs an explicit zero. */
    private Map<String, INDArray> withZeros(Map<String, INDArray> grads, List<String> names) {
        Map<String, INDArray> g = new HashMap<>(grads);
        for (String name : names) g.computeIfAbsent(name, k -> online.get(k).ulike().assign(0));
        return g;
    }

    static float[] flat(INDArray a) {
        return a.dup('c').reshape(a.length()).toFloatVector();
    }
}
