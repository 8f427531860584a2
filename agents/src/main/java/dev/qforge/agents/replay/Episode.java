package dev.qforge.agents.replay;

import java.util.Arrays;

/**
 * The steps of one episode as recorded by an actor, appended to a {@link SequenceReplay} in one piece when the
 * episode ends (so that episodes stepped side by side are still stored contiguously). Per step: the observation,
 * the action as a vector, the reward, whether the step ended the episode, an expert label (or -1) and the
 * recurrent state the actor had before it saw the observation.
 */
public final class Episode {

    final int obsSize, actionSize, stateSize;
    float[] obs, actions, states;
    float[] rewards;
    boolean[] done;
    int[] expert;
    int size;

    public Episode(int obsSize, int actionSize, int stateSize) {
        this.obsSize = obsSize;
        this.actionSize = actionSize;
        this.stateSize = stateSize;
        int cap = 64;
        obs = new float[cap * obsSize];
        actions = new float[cap * actionSize];
        states = new float[cap * stateSize];
        rewards = new float[cap];
        done = new boolean[cap];
        expert = new int[cap];
    }

    public void add(float[] observation, float[] action, float reward, boolean isDone, int expertAction, float[] state) {
        if (observation.length != obsSize || action.length != actionSize || state.length != stateSize) {
            throw new IllegalArgumentException("episode step sizes " + observation.length + "/" + action.length + "/"
                    + state.length + " differ from " + obsSize + "/" + actionSize + "/" + stateSize);
        }
        if (size == rewards.length) grow();
        System.arraycopy(observation, 0, obs, size * obsSize, obsSize);
        System.arraycopy(action, 0, actions, size * actionSize, actionSize);
        System.arraycopy(state, 0, states, size * stateSize, stateSize);
        rewards[size] = reward;
        done[size] = isDone;
        expert[size] = expertAction;
        size++;
    }

    private void grow() {
        int cap = rewards.length * 2;
        obs = Arrays.copyOf(obs, cap * obsSize);
        actions = Arrays.copyOf(actions, cap * actionSize);
        states = Arrays.copyOf(states, cap * stateSize);
        rewards = Arrays.copyOf(rewards, cap);
        done = Arrays.copyOf(done, cap);
        expert = Arrays.copyOf(expert, cap);
    }

    public int size() {
        return size;
    }
}
