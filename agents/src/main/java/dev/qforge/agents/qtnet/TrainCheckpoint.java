package dev.qforge.agents.qtnet;

/**
 * A resumable point of a training run: the agent (online and target networks, both optimisers) and where the run
 * continues, group {@code group} of epoch {@code epoch} (0-based), after {@code updates} updates and
 * {@code envSteps} environment steps. The replay memories are not part of it: a resumed run refills them from the
 * episodes it plays next.
 */
public record TrainCheckpoint(QtNetAgent agent, int epoch, int group, long updates, long envSteps) {
}
