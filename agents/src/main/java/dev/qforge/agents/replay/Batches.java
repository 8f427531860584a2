package dev.qforge.agents.replay;

/** Joins sequence batches drawn from different memories (agent experience and demonstrations) into one. */
public final class Batches {

    private Batches() {
    }

    /** The sequences of {@code a} followed by those of {@code b}; both must have the same shapes. */
    public static SequenceBatch concat(SequenceBatch a, SequenceBatch b) {
        if (a.length != b.length || a.obsSize != b.obsSize || a.actionSize != b.actionSize || a.stateSize != b.stateSize) {
            throw new IllegalArgumentException("sequence batches of different shapes cannot be joined");
        }
        SequenceBatch c = new SequenceBatch(a.batch + b.batch, a.length, a.obsSize, a.actionSize, a.stateSize);
        for (int t = 0; t < a.length; t++) {
            join(a.obs[t], b.obs[t], c.obs[t]);
            join(a.actions[t], b.actions[t], c.actions[t]);
            join(a.reward[t], b.reward[t], c.reward[t]);
            System.arraycopy(a.done[t], 0, c.done[t], 0, a.batch);
            System.arraycopy(b.done[t], 0, c.done[t], a.batch, b.batch);
            System.arraycopy(a.valid[t], 0, c.valid[t], 0, a.batch);
            System.arraycopy(b.valid[t], 0, c.valid[t], a.batch, b.batch);
            System.arraycopy(a.expert[t], 0, c.expert[t], 0, a.batch);
            System.arraycopy(b.expert[t], 0, c.expert[t], a.batch, b.batch);
        }
        join(a.initialState, b.initialState, c.initialState);
        join(a.weight, b.weight, c.weight);
        System.arraycopy(a.index, 0, c.index, 0, a.batch);
        System.arraycopy(b.index, 0, c.index, a.batch, b.batch);
        return c;
    }

    private static void join(float[] x, float[] y, float[] out) {
        System.arraycopy(x, 0, out, 0, x.length);
        System.arraycopy(y, 0, out, x.length, y.length);
    }
}
