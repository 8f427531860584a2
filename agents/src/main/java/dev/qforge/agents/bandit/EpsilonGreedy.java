package dev.qforge.agents.bandit;

import java.util.SplittableRandom;

/**
 * Epsilon-greedy, context-free: with probability {@code epsilon} a uniformly random arm, otherwise the arm with
 * the best mean reward so far (an arm never played counts as +infinity, so each is tried once; ties go to the lower
 * arm). Both draws come from the caller's generator: one uniform for explore-or-exploit, one for the random arm.
 */
public final class EpsilonGreedy extends MeanRewardBandit {

    private final double epsilon;

    public EpsilonGreedy(int arms, double epsilon) {
        super(arms);
        if (!(epsilon >= 0 && epsilon <= 1)) throw new IllegalArgumentException("epsilon must lie in [0, 1], got " + epsilon);
        this.epsilon = epsilon;
    }

    @Override
    public String name() {
        return "epsilon-greedy";
    }

    @Override
    public int choose(double[] context, SplittableRandom rng) {
        double u = rng.nextDouble();
        int random = rng.nextInt(plays.length);
        return u < epsilon ? random : best();
    }

    @Override
    protected double index(int arm, long totalPlays) {
        return plays[arm] == 0 ? Double.POSITIVE_INFINITY : sums[arm] / plays[arm];
    }
}
