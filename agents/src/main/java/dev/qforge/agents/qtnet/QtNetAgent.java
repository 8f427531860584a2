package dev.qforge.agents.qtnet;

import dev.qforge.agents.replay.SequenceBatch;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.autodiff.samediff.api.OutAndGrad;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The recurrent actor-critic (RDPG, Heess et al. 2015, as used by iRDPG): online and target networks over
 * {@link QtNetParams}, the SameDiff graphs that act and learn, and separate Adam optimisers for the critic side
 * (GRU encoder and critic head, trained on the TD loss) and the actor head (trained on
 * {@code −rl·Q(h, π(h)) + bc·CE(expert, π(h))} through the critic, whose weights it does not change). The encoder
 * is learned by the critic only, which keeps the two updates independent.
 *
 * <p>An update on a batch of sequences of {@code L + 1} steps: the target networks give {@code Q'(h'_{t+1}, π'(h'_{t+1}))};
 * {@code y_t = r_t + γ (1 − done_t) Q'_{t+1}} for the first {@code L} steps whose next step exists (or that end
 * their episode); the critic loss is the importance-weighted mean squared TD error; then the actor step; then
 * the soft target update {@code θ' ← τθ + (1 − τ)θ'}.
 */
public final class QtNetAgent {

    private final NetworkConfig net;
    private final int obsSize;
    private final int seqLen;
    private final QtNetParams online;
    private final QtNetParams target;
    // SameDiff graphs are built on first use: an agent that only acts (a loaded model) never needs them
    private SameDiff actGraph;
    private SameDiff criticGraph;
    private SameDiff actorGraph;
    private SameDiff targetGraph;
    private final AdamOptimizer criticOpt;
    private final AdamOptimizer actorOpt;
    private final List<String> criticSide = new ArrayList<>();
    private PolicyForward policy; // snapshot of the actor for acting; dropped after every update

    public QtNetAgent(NetworkConfig net, int obsSize, int seqLen, long seed) {
        this(net, obsSize, seqLen, QtNetParams.init(net, obsSize, seed));
    }

    QtNetAgent(NetworkConfig net, int obsSize, int seqLen, QtNetParams params) {
        this.net = net;
        this.obsSize = obsSize;
        this.seqLen = seqLen;
        this.online = params;
        this.target = params.copy();
        criticSide.addAll(online.encoderNames());
        criticSide.addAll(online.criticNames());
        this.criticOpt = new AdamOptimizer(criticSide, online, net.learningRate(), 5.0);
        this.actorOpt = new AdamOptimizer(online.actorNames(), online, net.learningRate(), 5.0);
    }

    private void buildTrainingGraphs() {
        if (criticGraph != null) return;
        criticGraph = QtNetGraph.build(net, online, obsSize, seqLen + 1);
        criticGraph.setLossVariables(QtNetGraph.CRITIC_LOSS);
        actorGraph = QtNetGraph.build(net, online, obsSize, seqLen + 1);
        actorGraph.setLossVariables(QtNetGraph.ACTOR_LOSS);
        targetGraph = QtNetGraph.build(net, target, obsSize, seqLen + 1);
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

    public NetworkConfig network() {
        return net;
    }

    public int observationSize() {
        return obsSize;
    }

    /** Floats of recurrent state per sequence (all GRU layers). */
    public int stateSize() {
        return net.gruLayers() * net.gruUnits();
    }

    /** Drops the acting snapshot after the parameters were overwritten (loading). */
    void invalidatePolicy() {
        policy = null;
    }

    QtNetParams online() {
        return online;
    }

    QtNetParams target() {
        return target;
    }

    AdamOptimizer criticOptimizer() {
        return criticOpt;
    }

    AdamOptimizer actorOptimizer() {
        return actorOpt;
    }

    /**
     * One step of the policy for {@code n} sequences side by side: reads {@code obs} ({@code n · obsSize}) and the
     * recurrent {@code state} ({@code n · stateSize}, updated in place) and returns the action probabilities
     * ({@code n · 2}: short, long).
     */
    public float[] act(float[] obs, float[] state, int n) {
        if (policy == null) policy = new PolicyForward(net, obsSize, online);
        return policy.act(obs, state, n);
    }

    /** {@link #act} through the SameDiff graph (slow: for checking the plain forward pass). */
    float[] actWithGraph(float[] obs, float[] state, int n) {
        if (actGraph == null) actGraph = QtNetGraph.build(net, online, obsSize, 1);
        Map<String, INDArray> ph = new HashMap<>();
        ph.put("obs", Nd4j.create(obs, new long[]{1, n, obsSize}, 'c'));
        putState(ph, state, n);
        String[] outs = new String[net.gruLayers() + 1];
        outs[0] = "pi";
        for (int l = 0; l < net.gruLayers(); l++) outs[l + 1] = "h" + l + "_out";
        Map<String, INDArray> r = actGraph.output(ph, outs);
        int h = net.gruUnits();
        for (int l = 0; l < net.gruLayers(); l++) {
            float[] v = flat(r.get("h" + l + "_out"));
            for (int b = 0; b < n; b++) System.arraycopy(v, b * h, state, b * stateSize() + l * h, h);
        }
return flat(r.get("pi"));
    }

    private void putState(Map<String, INDArray> ph, float[] state, int n) {
        int h = net.gruUnits();
        for (int l = 0; l < net.gruLayers(); l++) {
            float[] v = new float[n * h];
            for (int b = 0; b < n; b++) System.arraycopy(state, b * stateSize() + l * h, v, b * h, h);
            ph.put("h" + l + "_in", Nd4j.create(v, new long[]{n, h}, 'c'));
        }
    }

    /** Loss values and per-sequence mean absolute TD errors of one update. */
    public record UpdateStats(double criticLoss, double actorLoss, double meanQ, double cloneShare, double[] tdError) {
    }

    /**
     * One update on a batch of {@code seqLen + 1}-step sequences.
     *
     * @param rlWeight weight of the policy-gradient term
     * @param bcWeight weight of behaviour cloning towards the batch's expert labels (0: none)
     * @param qFilter  clone only where {@code Q(h, expert) > Q(h, π(h))}
     */
    public UpdateStats update(SequenceBatch b, double gamma, double tau, double rlWeight, double bcWeight, boolean qFilter) {
        if (b.length != seqLen + 1) throw new IllegalArgumentException("batch sequences have " + b.length + " steps, the agent trains on " + (seqLen + 1));
        buildTrainingGraphs();
        int n = b.batch, steps = b.length, rows = n * steps;
        Map<String, INDArray> ph = new HashMap<>();
        float[] o = new float[steps * n * obsSize];
        float[] act = new float[rows * 2];
        for (int t = 0; t < steps; t++) {
            System.arraycopy(b.obs[t], 0, o, t * n * obsSize, n * obsSize);
            System.arraycopy(b.actions[t], 0, act, t * n * 2, n * 2);
        }
        ph.put("obs", Nd4j.create(o, new long[]{steps, n, obsSize}, 'c'));
        ph.put("act", Nd4j.create(act, new long[]{rows, 2}, 'c'));
        putState(ph, b.initialState, n);
        float[] exp = new float[rows * 2];
        for (int t = 0; t < steps; t++) {
            for (int j = 0; j < n; j++) exp[(t * n + j) * 2 + Math.max(0, b.expert[t][j])] = 1;
        }
        ph.put("exp", Nd4j.create(exp, new long[]{rows, 2}, 'c'));
        float[] zeros = new float[rows];
        ph.put("y", col(zeros));
        ph.put("wc", col(zeros));
        ph.put("rlw", col(zeros));
        ph.put("bcw", col(zeros));

        float[] next = flat(targetGraph.output(ph, "q_pi").get("q_pi"));
        float[] y = new float[rows];
        float[] wc = new float[rows];
        double wsum = 0;
        int trained = 0;
        for (int t = 0; t < steps - 1; t++) {
            for (int j = 0; j < n; j++) {
                if (!b.valid[t][j]) continue;
                boolean end = b.done[t][j];
                if (!end && !b.valid[t + 1][j]) continue; // no next observation to bootstrap from
                int i = t * n + j;
                y[i] = b.reward[t][j] + (end ? 0 : (float) gamma * next[(t + 1) * n + j]);
                wc[i] = b.weight[j];
                wsum += wc[i];
                trained++;
            }
        }
        if (trained == 0) return new UpdateStats(0, 0, 0, 0, new double[n]);
        for (int i = 0; i < rows; i++) wc[i] /= (float) wsum;
        ph.put("y", col(y));
        ph.put("wc", col(wc));
        OutAndGrad cg = criticGraph.calculateGradientsAndOutputs(ph, List.of("q_data", "q_pi", "q_exp", QtNetGraph.CRITIC_LOSS), criticSide);
        float[] qd = flat(cg.getOutputs().get("q_data"));
        float[] qp = flat(cg.getOutputs().get("q_pi"));
        float[] qe = flat(cg.getOutputs().get("q_exp"));
        double criticLoss = cg.getOutputs().get(QtNetGraph.CRITIC_LOSS).getDouble(0);
        criticOpt.apply(online, withZeros(cg.getGradients(), criticSide));

        double[] td = new double[n];
        int[] cnt = new int[n];
        float[] rlw = new float[rows];
        float[] bcw = new float[rows];
        int cloned = 0;
        double meanQ = 0;
        for (int t = 0; t < steps - 1; t++) {
            for (int j = 0; j < n; j++) {
                int i = t * n + j;
                if (wc[i] == 0) continue;
                td[j] += Math.abs(qd[i] - y[i]);
                cnt[j]++;
                rlw[i] = (float) (rlWeight / trained);
                meanQ += qp[i] / trained;
                boolean clone = bcWeight > 0 && b.expert[t][j] >= 0 && (!qFilter || qe[i] > qp[i]);
                if (clone) {
                    bcw[i] = (float) (bcWeight / trained);
                    cloned++;
                }
            }
        }
        for (int j = 0; j < n; j++) td[j] = cnt[j] == 0 ? 0 : td[j] / cnt[j];
        ph.put("rlw", col(rlw));
        ph.put("bcw", col(bcw));
        OutAndGrad ag = actorGraph.calculateGradientsAndOutputs(ph, List.of(QtNetGraph.ACTOR_LOSS), online.actorNames());
        double actorLoss = ag.getOutputs().get(QtNetGraph.ACTOR_LOSS).getDouble(0);
        actorOpt.apply(online, withZeros(ag.getGradients(), online.actorNames()));
        target.softUpdate(online, tau);
        policy = null;
        return new UpdateStats(criticLoss, actorLoss, meanQ, (double) cloned / trained, td);
    }

    private Map<String, INDArray> withZeros(Map<String, INDArray> grads, List<String> names) {
        Map<String, INDArray> g = new HashMap<>(grads);
        for (String name : names) g.computeIfAbsent(name, k -> online.get(k).ulike().assign(0));
        return g;
    }

    private static float[] flat(INDArray a) {
        return a.dup('c').reshape(a.length()).toFloatVector();
    }

    private static INDArray col(float[] v) {
        return Nd4j.create(v, new long[]{v.length, 1}, 'c');
    }
}
