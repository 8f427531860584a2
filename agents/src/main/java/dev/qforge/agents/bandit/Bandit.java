package dev.qforge.agents.bandit;

import java.util.SplittableRandom;

/**
 * A contextual multi-armed bandit: given a context vector it picks one of {@link #arms()} arms, and it
 * learns from the reward the chosen arm earned in that context.
 *
 * <p>All randomness comes from the generator passed to {@link #choose}, so a caller that seeds one
 * generator per decision (for example from the run's seed and the loop index) gets the same choices
 * again after rebuilding the bandit by replaying its past {@link #update}s, which is how an interrupted
 * R&amp;D loop resumes. Implementations are not thread-safe.
 */
public interface Bandit {

    /** Number of arms; arms are numbered from 0. */
    int arms();

    /** The arm to play in {@code context}; context-free bandits ignore it. */
    int choose(double[] context, SplittableRandom rng);

    /** Records that {@code arm} earned {@code reward} in {@code context}. */
    void update(int arm, double[] context, double reward);

    /** A short name for reports, for example {@code linear-thompson}. */
    String name();

    /**
     * Builds the bandit called {@code name} with default settings: {@code linear-thompson} (prior precision 1,
     * exploration scale 0.05, about the size of the R&amp;D loop's rewards, so that sampled weights differ by what the
     * rewards can tell apart), {@code ucb1} (c = 0.1, sqrt 2 scaled to rewards of a few hundredths) or {@code epsilon-greedy} (epsilon 0.1).
     */
    static Bandit named(String name, int arms, int dimension) {
        return switch (name) {
            case "linear-thompson", "thompson", "lints" -> new LinearThompsonSampling(arms, dimension, 1.0, 0.05);
            case "ucb1", "ucb" -> new Ucb1(arms, 0.1);
            case "epsilon-greedy", "egreedy" -> new EpsilonGreedy(arms, 0.1);
            default -> throw new IllegalArgumentException("unknown scheduler '" + name + "': expected linear-thompson, ucb1 or epsilon-greedy");
        };
    }
}
