package dev.qforge.agents.bandit;

import java.util.SplittableRandom;

/**
 * UCB1 (Auer, Cesa-Bianchi and Fischer 2002), context-free: every arm is played once (lowest first), then the arm
 * with the largest {@code mean_a + c sqrt(ln n / n_a)} is played ({@code c = sqrt 2} is the classical constant for
 * rewards in [0, 1]; our rewards are not bounded, so {@code c} is a setting). Ties go to the lower arm; the
 * generator is unused, which keeps the choice deterministic.
 */
public final class Ucb1 implements Bandit {

    private final double c;
    private final long[] plays;
    private final double[] sums;

    public Ucb1(int arms, double c) {
        if (arms < 1) throw new IllegalArgumentException("a bandit needs at least one arm, got " + arms);
        if (!(c >= 0)) throw new IllegalArgumentException("exploration constant must be >= 0, got " + c);
        this.c = c;
        plays = new long[arms];
        sums = new double[arms];
    }

    @Override
    public int arms() {
        return plays.length;
    }

    @Override
    public String name() {
        return "ucb1";
    }

    @Override
    public int choose(double[] context, SplittableRandom rng) {
        long n = 0;
        for (int a = 0; a < plays.length; a++) {
            if (plays[a] == 0) return a;
            n += plays[a];
        }
        int best = 0;
        double bestValue = Double.NEGATIVE_INFINITY;
        for (int a = 0; a < plays.length; a++) {
            double value = sums[a] / plays[a] + c * Math.sqrt(Math.log(n) / plays[a]);
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
