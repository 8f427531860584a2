package dev.qforge.agents.rdloop;

import java.util.List;

/**
 * Everything one loop did, as persisted: the arm and the scheduler's context, every development attempt, the
 * proposal that ran ({@code code}, null when none did), the validation metrics of the state it would make
 * ({@code candidate}), the decision and why, the best state's metrics after the loop, the reward the scheduler
 * learned from, the model tokens spent and the wall time in milliseconds (informational; never part of the state).
 */
public record StepRecord(int loop, Arm arm, double[] context, List<Attempt> attempts, String code, Metrics candidate,
                         StepStatus status, String reason, Metrics bestAfter, double reward, int tokens, long millis) {

    public StepRecord {
        attempts = List.copyOf(attempts);
        context = context.clone();
    }
}
