package dev.qforge.agents.models;

/**
 * What a fit did: iterations (epochs or boosting rounds) run, the one kept by early stopping, the
 * loss on train and valid at that point (the model's own loss, for example MSE on the normalised
 * label), and the wall time. {@code millis} is informational and never part of a model's identity.
 * {@code bestIteration} counts from 1 (ridge, which does not iterate, reports 1 of 1).
 */
public record FitReport(String model, int iterations, int bestIteration, double trainLoss, double validLoss, long millis) {
}
