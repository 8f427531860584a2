package dev.qforge.agents.qtnet;

/**
 * A resumable point of a training run: the agent (online and target networks, both optimisers), where the run
 * continues, group {@code group} of epoch {@code epoch} (0-based), after {@code updates} updates and
 * {@code envSteps} environment steps, and its {@link TrainMemory} (replay memories and running averages).
 * A checkpoint without memory ({@code null}: the start of a run) makes the trainer build fresh memories.
 */
public record TrainCheckpoint(QtNetAgent agent, int epoch, int group, long updates, long envSteps, TrainMemory memory) {

    /** A checkpoint with fresh memories. */
    public TrainCheckpoint(QtNetAgent agent, int epoch, int group, long updates, long envSteps) {
        this(agent, epoch, group, updates, envSteps, null);
    }
}
