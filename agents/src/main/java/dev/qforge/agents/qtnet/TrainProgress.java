package dev.qforge.agents.qtnet;

/**
 * A training run's state after an update: position in the run and running statistics (exponential averages with
 * weight 0.05 of the per-step reward, the critic and actor losses, and the mean session return of the latest group
 * of episodes).
 */
public record TrainProgress(int epoch, int epochs, long updates, long totalUpdates, long envSteps, double reward,
                            double criticLoss, double actorLoss, double sessionReturn, double cloneShare) {
}
