package dev.qforge.agents.bandit;

/**
 * The bookkeeping of the context-free bandits (UCB1, epsilon-greedy): plays and summed reward per arm, checked
 * updates, and the arm with the best index (ties to the lower arm). Subclasses say how an arm is scored.
 */
abstract class MeanRewardBandit implements Bandit {

    protected final long[] plays;
    protected final double[] sums;

    protected MeanRewardBandit(int arms) {
        if (arms < 1) throw new IllegalArgumentException("a bandit needs at least one arm, got " + arms);
        plays = new long[arms];
        sums = new double[arms];
    }

    @Override
    public final int arms() {
        return plays.length;
    }

    @Override
    public final void update(int arm, double[] context, double reward) {
        if (arm < 0 || arm >= plays.length) throw new IllegalArgumentException("arm " + arm + " outside 0.." + (plays.length - 1));
        if (!Double.isFinite(reward)) throw new IllegalArgumentException("reward must be finite, got " + reward);
        plays[arm]++;
        sums[arm] += reward;
    }

    /** The arm's index; the arm with the largest one is played. */
    protected abstract double index(int arm, long totalPlays);

    /** The arm with the largest {@link #index}, the lower one on ties. */
    protected final int best() {
        long n = 0;
        for (long p : plays) n += p;
        int best = 0;
        double bestValue = Double.NEGATIVE_INFINITY;
        for (int a = 0; a < plays.length; a++) {
            double value = index(a, n);
            if (value > bestValue) {
                bestValue = value;
                best = a;
            }
        }
        return best;
    }
}
