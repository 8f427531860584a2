package dev.qforge.agents.bandit;

import java.util.SplittableRandom;

/**
 * Epsilon-greedy, context-free: with probability {@code epsilon} a uniformly random arm, otherwise the arm with
 * the best mean reward so far (an arm never played counts as +infinity, so each is tried once; ties go to the lower
 * arm). Both draws come from the caller's generator: one uniform for explore-or-exploit, one for the random arm.
 */
public final class EpsilonGreedy implements Bandit {

    private final double epsilon;
    private final long[] plays;
    private final double[] sums;

    public EpsilonGreedy(int arms, double epsilon) {
        if (arms < 1) throw new IllegalArgumentException("a bandit needs at least one arm, got " + arms);
        if (!(epsilon >= 0 && epsilon <= 1)) throw new IllegalArgumentException("epsilon must lie in [0, 1], got " + epsilon);
        this.epsilon = epsilon;
        plays = new long[arms];
        sums = new double[arms];
    }

    @Override
    public int arms() {
        return plays.length;
    }

    @Override
    public String name() {
        return "epsilon-greedy";
    }

    @Override
    public int choose(double[] context, SplittableRandom rng) {
        double u = rng.nextDouble();
        int random = rng.nextInt(plays.length);
        if (u < epsilon) return random;
        int best = 0;
        double bestValue = Double.NEGATIVE_INFINITY;
        for (int a = 0; a < plays.length; a++) {
            double value = plays[a] == 0 ? Double.POSITIVE_INFINITY : sums[a] / plays[a];
            if (value > bestValue) {
                bestValue = value;
                best = a;
            }
        }
        return best;
    }

    @Override
    public void update(int arm, double[] context, double reward) {
        if (arm < 0 || arm >= plays.length) throw new IllegalArgumentException("arm " + arm + " outside 0.." + (plays.length - 1));
        if (!Double.isFinite(reward)) throw new IllegalArgumentException("reward must be finite, got " + reward);
        plays[arm]++;
        sums[arm] += reward;
    }
}
