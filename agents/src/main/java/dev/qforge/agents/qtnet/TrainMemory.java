package dev.qforge.agents.qtnet;

import dev.qforge.agents.replay.SequenceReplay;

/**
 * The part of a training run's state that lives outside the networks: the agent's sequence replay, the prioritised
 * demonstration replay ({@code null} when the variant has none or Dual Thrust never traded in the training period)
 * and the running averages shown by the progress bar (reward, critic and actor losses, last session return, last
 * cloning share). Restoring it with the networks and optimisers makes a resumed run bit-identical to one that was
 * never interrupted.
 *
 * <p>Nothing else needs saving, because checkpoints are taken only between groups of sessions: every random draw
 * of a group comes from a generator seeded by {@code (seed, epoch, group)}, and every episode (with its
 * differential-Sharpe moments, which start afresh each session) has ended. The replays are live objects: the
 * memory is valid until training continues, so a listener must write it from {@code onCheckpoint}.
 */
public record TrainMemory(SequenceReplay replay, SequenceReplay demo, double reward, double criticLoss, double actorLoss,
                          double sessionReturn, double cloneShare) {

    public TrainMemory {
        if (replay == null) throw new IllegalArgumentException("a training memory needs the agent replay");
    }
}
