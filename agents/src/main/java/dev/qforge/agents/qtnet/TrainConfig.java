package dev.qforge.agents.qtnet;

import dev.qforge.agents.env.EnvConfig;

/**
 * Everything that defines a QTNet training run (stored with the model so that it can be repeated).
 *
 * <ul>
 *   <li>{@code gamma} discount, {@code tau} soft target update, {@code batch} sequences of {@code seqLen} steps per
 *       update (the paper: 0.95, 0.002, 100 x 16);</li>
 *   <li>{@code epochs} passes over the training sessions; the sessions of a pass are stepped side by side in groups
 *       of {@code parallelSessions}; after each group {@code updatesPerStep} x (steps collected) / {@code batch}
 *       updates run (at least one);</li>
 *   <li>exploration: Gaussian noise of standard deviation {@code noiseStart} decaying linearly to {@code noiseEnd}
 *       over the run is added to the policy's probabilities before the argmax;</li>
 *   <li>{@code replayCapacity} steps of agent experience, {@code demoCapacity} of demonstrations; a share
 *       {@code demoFraction} of each batch comes from the demonstrations (when the variant has them), drawn with
 *       priority exponent {@code priorityAlpha} and importance exponent {@code priorityBeta};</li>
 *   <li>{@code rlWeight}, {@code bcWeight}: the actor loss mix when the variant clones (else RL weight 1);</li>
 *   <li>{@code checkpointEvery}: updates between checkpoints (0: only at the end of each epoch).</li>
 * </ul>
 */
public record TrainConfig(Variant variant, NetworkConfig network, EnvConfig env, double gamma, double tau, int batch,
                          int seqLen, int epochs, int parallelSessions, double updatesPerStep, double noiseStart,
                          double noiseEnd, int replayCapacity, int demoCapacity, double demoFraction,
                          double priorityAlpha, double priorityBeta, double rlWeight, double bcWeight,
                          int checkpointEvery, long seed) {

    public TrainConfig {
        if (!(gamma >= 0 && gamma < 1)) throw new IllegalArgumentException("gamma must be in [0, 1), got " + gamma);
        if (!(tau > 0 && tau <= 1)) throw new IllegalArgumentException("tau must be in (0, 1], got " + tau);
        if (batch < 1 || seqLen < 1 || epochs < 1 || parallelSessions < 1) {
            throw new IllegalArgumentException("batch, seqLen, epochs and parallelSessions must be >= 1");
        }
        if (!(updatesPerStep > 0)) throw new IllegalArgumentException("updatesPerStep must be > 0, got " + updatesPerStep);
        if (!(demoFraction >= 0 && demoFraction < 1)) throw new IllegalArgumentException("demoFraction must be in [0, 1), got " + demoFraction);
        if (replayCapacity < seqLen + 1 || demoCapacity < seqLen + 1) {
            throw new IllegalArgumentException("replay capacities must hold at least one sequence of " + (seqLen + 1) + " steps");
        }
    }

    /** The paper's settings (with a run length sized for a few weeks of minute data). */
    public static TrainConfig paper(Variant v, long seed) {
        return new TrainConfig(v, NetworkConfig.paper(), EnvConfig.defaults(), 0.95, 0.002, 100, 16, 3, 16, 1.0,
                0.5, 0.05, 100_000, 50_000, 0.25, 0.6, 0.4, 0.7, 0.3, 200, seed);
    }

    public TrainConfig withVariant(Variant v) {
        return new TrainConfig(v, network, env, gamma, tau, batch, seqLen, epochs, parallelSessions, updatesPerStep,
                noiseStart, noiseEnd, replayCapacity, demoCapacity, demoFraction, priorityAlpha, priorityBeta, rlWeight,
                bcWeight, checkpointEvery, seed);
    }

    public TrainConfig withSeed(long s) {
        return new TrainConfig(variant, network, env, gamma, tau, batch, seqLen, epochs, parallelSessions, updatesPerStep,
                noiseStart, noiseEnd, replayCapacity, demoCapacity, demoFraction, priorityAlpha, priorityBeta, rlWeight,
                bcWeight, checkpointEvery, s);
    }

    public TrainConfig withNetwork(NetworkConfig n) {
        return new TrainConfig(variant, n, env, gamma, tau, batch, seqLen, epochs, parallelSessions, updatesPerStep,
                noiseStart, noiseEnd, replayCapacity, demoCapacity, demoFraction, priorityAlpha, priorityBeta, rlWeight,
                bcWeight, checkpointEvery, seed);
    }

    public TrainConfig withEnv(EnvConfig e) {
        return new TrainConfig(variant, network, e, gamma, tau, batch, seqLen, epochs, parallelSessions, updatesPerStep,
                noiseStart, noiseEnd, replayCapacity, demoCapacity, demoFraction, priorityAlpha, priorityBeta, rlWeight,
                bcWeight, checkpointEvery, seed);
    }

    public TrainConfig withSchedule(int epochsValue, int batchValue, int seqLenValue, double updatesPerStepValue, double tauValue) {
        return new TrainConfig(variant, network, env, gamma, tauValue, batchValue, seqLenValue, epochsValue, parallelSessions,
                updatesPerStepValue, noiseStart, noiseEnd, replayCapacity, demoCapacity, demoFraction, priorityAlpha,
                priorityBeta, rlWeight, bcWeight, checkpointEvery, seed);
    }

    public TrainConfig withParallel(int sessions) {
        return new TrainConfig(variant, network, env, gamma, tau, batch, seqLen, epochs, sessions, updatesPerStep,
                noiseStart, noiseEnd, replayCapacity, demoCapacity, demoFraction, priorityAlpha, priorityBeta, rlWeight,
                bcWeight, checkpointEvery, seed);
    }

    public TrainConfig withCheckpointEvery(int updates) {
        return new TrainConfig(variant, network, env, gamma, tau, batch, seqLen, epochs, parallelSessions, updatesPerStep,
                noiseStart, noiseEnd, replayCapacity, demoCapacity, demoFraction, priorityAlpha, priorityBeta, rlWeight,
                bcWeight, updates, seed);
    }
}
