package dev.qforge.agents.replay;

/**
 * A batch of sequences drawn from a {@link SequenceReplay}, time-major: {@code obs[t]} holds step {@code t} of every
 * sequence ({@code batch · obsSize} floats), and so on. {@code valid[t][b]} is false past a sequence's end (its
 * other fields are then zero). {@code weight} is each sequence's importance weight (1 for uniform replay),
 * {@code index} the slot it started at (for priority updates).
 */
public final class SequenceBatch {

    public final int batch, length, obsSize, actionSize, stateSize;
    public final float[][] obs, actions, reward;
    public final boolean[][] done, valid;
    public final int[][] expert;
    public final float[] initialState, weight;
    public final int[] index;

    SequenceBatch(int batch, int length, int obsSize, int actionSize, int stateSize) {
        this.batch = batch;
        this.length = length;
        this.obsSize = obsSize;
        this.actionSize = actionSize;
        this.stateSize = stateSize;
        obs = new float[length][batch * obsSize];
        actions = new float[length][batch * actionSize];
        reward = new float[length][batch];
        done = new boolean[length][batch];
        valid = new boolean[length][batch];
        expert = new int[length][batch];
        initialState = new float[batch * stateSize];
        weight = new float[batch];
        index = new int[batch];
    }
}
