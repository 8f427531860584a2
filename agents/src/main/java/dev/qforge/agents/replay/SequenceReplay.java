package dev.qforge.agents.replay;

import java.util.Random;

/**
 * A replay memory of whole episodes from which fixed-length sequences are drawn, as recurrent off-policy agents
 * (RDPG, R2D2) need. Steps live in a ring of {@code capacity}; the oldest are overwritten. A sequence starts at any
 * stored step and runs for up to {@code length} steps while they belong to the same episode, so it never crosses an
 * episode boundary; steps past the episode's end are marked invalid in the batch. Each step keeps the actor's
 * recurrent state from when it was recorded, used as the sequence's initial state ("stored state", R2D2).
 *
 * <p>Sampling is uniform over start steps or, when {@code alpha > 0}, proportional to {@code priority^alpha}
 * (prioritised replay, Schaul et al. 2016) with importance weights {@code (N·P(i))^−beta} normalised by their
 * maximum over the buffer's smallest probability; new steps get the largest priority seen so far. All randomness
 * comes from the {@link Random} passed to {@link #sample}, so a memory restored by {@link ReplayIO} samples exactly
 * as the one that was saved.
 */
public final class SequenceReplay {

    // package-private for ReplayIO, which writes and restores the whole state for checkpoints
    final int capacity, obsSize, actionSize, stateSize;
    final float[] obs, actions, states, rewards;
    final boolean[] done;
    final int[] expert;
    final long[] episodeOf;
    final double alpha, beta;
    final SumTree tree;
    double maxPriority = 1;
    long written;
    long episodes;

    public SequenceReplay(int capacity, int obsSize, int actionSize, int stateSize, double alpha, double beta) {
        if (capacity < 2) throw new IllegalArgumentException("replay capacity must be >= 2 steps, got " + capacity);
        if (!(alpha >= 0) || !(beta >= 0)) throw new IllegalArgumentException("replay alpha and beta must be >= 0");
        this.capacity = capacity;
        this.obsSize = obsSize;
        this.actionSize = actionSize;
        this.stateSize = stateSize;
        this.obs = new float[capacity * obsSize];
        this.actions = new float[capacity * actionSize];
        this.states = new float[capacity * stateSize];
        this.rewards = new float[capacity];
        this.done = new boolean[capacity];
        this.expert = new int[capacity];
        this.episodeOf = new long[capacity];
        this.alpha = alpha;
        this.beta = beta;
        this.tree = alpha > 0 ? new SumTree(capacity) : null;
    }

    public static SequenceReplay uniform(int capacity, int obsSize, int actionSize, int stateSize) {
        return new SequenceReplay(capacity, obsSize, actionSize, stateSize, 0, 0);
    }

    public void add(Episode e) {
        if (e.obsSize != obsSize || e.actionSize != actionSize || e.stateSize != stateSize) {
            throw new IllegalArgumentException("episode shapes differ from the replay's");
        }
        long id = episodes++;
        for (int s = 0; s < e.size; s++) {
            int k = (int) (written % capacity);
            System.arraycopy(e.obs, s * obsSize, obs, k * obsSize, obsSize);
            System.arraycopy(e.actions, s * actionSize, actions, k * actionSize, actionSize);
            System.arraycopy(e.states, s * stateSize, states, k * stateSize, stateSize);
            rewards[k] = e.rewards[s];
            done[k] = e.done[s];
            expert[k] = e.expert[s];
            episodeOf[k] = id;
            if (tree != null) tree.set(k, Math.pow(maxPriority, alpha));
            written++;
        }
    }

    public int size() {
        return (int) Math.min(written, capacity);
    }

    public int observationSize() {
        return obsSize;
    }

    public int stateSize() {
        return stateSize;
    }

    public boolean prioritized() {
        return tree != null;
    }

    /** Draws {@code batch} sequences of {@code length} steps. */
    public SequenceBatch sample(int batch, int length, Random rnd) {
        int n = size();
        if (n == 0) throw new IllegalStateException("cannot sample from an empty replay");
        SequenceBatch b = new SequenceBatch(batch, length, obsSize, actionSize, stateSize);
        double minP = 1;
        if (tree != null) {
            minP = Double.POSITIVE_INFINITY;
            for (int i = 0; i < n; i++) minP = Math.min(minP, tree.get(i) / tree.total());
        }
        for (int j = 0; j < batch; j++) {
            int start;
            double weight = 1;
            if (tree != null) {
                start = Math.min(tree.find(rnd.nextDouble() * tree.total()), n - 1);
                double p = tree.get(start) / tree.total();
                weight = Math.pow(n * p, -beta) / Math.pow(n * minP, -beta);
            } else {
                start = rnd.nextInt(n);
            }
            b.index[j] = start;
            b.weight[j] = (float) weight;
            System.arraycopy(states, start * stateSize, b.initialState, j * stateSize, stateSize);
            long ep = episodeOf[start];
            int k = start;
            for (int t = 0; t < length; t++) {
                if (t > 0) {
                    if (done[k]) break;
                    long pos = stepIndex(k) + 1;
                    if (pos >= written) break;
                    int next = (int) (pos % capacity);
                    if (episodeOf[next] != ep) break;
                    k = next;
                }
                b.valid[t][j] = true;
                System.arraycopy(obs, k * obsSize, b.obs[t], j * obsSize, obsSize);
                System.arraycopy(actions, k * actionSize, b.actions[t], j * actionSize, actionSize);
                b.reward[t][j] = rewards[k];
                b.done[t][j] = done[k];
                b.expert[t][j] = expert[k];
            }
        }
        return b;
    }

    /** Absolute write position of the step stored in slot {@code k}. */
    private long stepIndex(int k) {
        long base = written - size();
        long pos = base - Math.floorMod(base, capacity) + k;
        return pos < base ? pos + capacity : pos;
    }

    /** Sets the priority of the sequences that started at the given slots (e.g. their mean absolute TD error). */
    public void updatePriorities(int[] slots, double[] priorities) {
        if (tree == null) return;
        for (int i = 0; i < slots.length; i++) {
            double p = Math.max(priorities[i], 1e-6);
            maxPriority = Math.max(maxPriority, p);
            tree.set(slots[i], Math.pow(p, alpha));
        }
    }
}
