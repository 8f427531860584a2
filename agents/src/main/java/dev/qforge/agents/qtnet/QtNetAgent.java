package dev.qforge.agents.qtnet;

import dev.qforge.agents.replay.SequenceBatch;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The recurrent actor-critic (RDPG, Heess et al. 2015, as used by iRDPG): online and target networks over
 * {@link QtNetParams}, their gradients ({@link UpdateGradients}: hand-written or SameDiff, see {@link GradientPath}) and separate Adam optimisers for the critic side
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
    private GradientPath gradientPath = GradientPath.configured();
    private UpdateGradients gradients; // built on the first update
    private final UpdatePhases phases = new UpdatePhases();
    private final AdamOptimizer criticOpt;
    private final AdamOptimizer actorOpt;
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
        List<String> criticSide = new ArrayList<>(online.encoderNames());
        criticSide.addAll(online.criticNames());
        this.criticOpt = new AdamOptimizer(criticSide, online, net.learningRate(), 5.0);
        this.actorOpt = new AdamOptimizer(online.actorNames(), online, net.learningRate(), 5.0);
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

    /** The gradient path of the following updates (the default is {@link GradientPath#configured()}). */
    public void useGradients(GradientPath path) {
        if (path != gradientPath) gradients = null;
        gradientPath = java.util.Objects.requireNonNull(path, "gradient path");
    }

    public GradientPath gradientPath() {
        return gradientPath;
    }

    /** Seconds spent so far in each phase of {@link #update} (the profile printed by {@code agent bench}). */
    public Map<String, Double> phaseSeconds() {
        return phases.seconds();
    }

    private UpdateGradients gradients() {
        if (gradients == null) {
            gradients = gradientPath == GradientPath.NATIVE ? new dev.qforge.agents.qtnet.grad.NativeGradients(net, online, target)
                    : new SameDiffGradients(net, online, target, obsSize, seqLen + 1);
        }
        return gradients;
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
        UpdateGradients grads = gradients();
        phases.start();
        int n = b.batch, steps = b.length, rows = n * steps;
        float[] o = new float[rows * obsSize];
        float[] act = new float[rows * 2];
        float[] exp = new float[rows * 2];
        for (int t = 0; t < steps; t++) {
            System.arraycopy(b.obs[t], 0, o, t * n * obsSize, n * obsSize);
            System.arraycopy(b.actions[t], 0, act, t * n * 2, n * 2);
            for (int j = 0; j < n; j++) exp[(t * n + j) * 2 + Math.max(0, b.expert[t][j])] = 1;
        }
        int h = net.gruUnits();
        INDArray[] h0 = new INDArray[net.gruLayers()];
        for (int l = 0; l < h0.length; l++) {
            float[] v = new float[n * h];
            for (int j = 0; j < n; j++) System.arraycopy(b.initialState, j * stateSize() + l * h, v, j * h, h);
            h0[l] = typed(v, n, h);
        }
        grads.feed(typed(o, rows, obsSize), typed(act, rows, 2), typed(exp, rows, 2), h0, steps);
        phases.lap("batch assembly");

        float[] next = grads.targetPolicyQ();
        phases.lap("target forward");
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
        UpdateGradients.CriticStep cs = grads.critic(typed(y, rows, 1), typed(wc, rows, 1));
        phases.lap("critic forward+backward");
        float[] qd = cs.qData(), qp = cs.qPi(), qe = cs.qExp();
        criticOpt.apply(online, cs.gradients());
        phases.lap("critic Adam");

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
        UpdateGradients.ActorStep as = grads.actor(typed(rlw, rows, 1), typed(bcw, rows, 1));
        phases.lap("actor forward+backward");
        actorOpt.apply(online, as.gradients());
        phases.lap("actor Adam");
        target.softUpdate(online, tau);
        policy = null;
        phases.lap("soft target update");
        return new UpdateStats(cs.loss(), as.loss(), meanQ, (double) cloned / trained, td);
    }

    /** A [rows, cols] array of {@code v} in the parameters' type (double in gradient checks). */
    private INDArray typed(float[] v, int rows, int cols) {
        INDArray a = Nd4j.create(v, new long[]{rows, cols}, 'c');
        return a.dataType() == online.dataType() ? a : a.castTo(online.dataType());
    }

    private static float[] flat(INDArray a) {
        return a.dup('c').reshape(a.length()).toFloatVector();
    }

}
