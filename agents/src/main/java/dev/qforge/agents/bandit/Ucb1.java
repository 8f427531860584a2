package dev.qforge.agents.bandit;

/**
 * UCB1 (Auer, Cesa-Bianchi and Fischer 2002), context-free: every arm is played once (lowest first), then the arm
 * with the largest {@code mean_a + c sqrt(ln n / n_a)} is played ({@code c = sqrt 2} is the classical constant for
 * rewards in [0, 1]; our rewards are not bounded, so {@code c} is a setting). Ties go to the lower arm; the
 * generator is unused, which keeps the choice deterministic.
 */
public final class Ucb1 extends MeanRewardBandit {

    private final double c;

    public Ucb1(int arms, double c) {
        super(arms);
        if (!(c >= 0)) throw new IllegalArgumentException("exploration constant must be >= 0, got " + c);
        this.c = c;
    }

    @Override
    public String name() {
        return "ucb1";
    }

    @Override
    public int choose(double[] context, java.util.SplittableRandom rng) {
        for (int a = 0; a < plays.length; a++) if (plays[a] == 0) return a;
        return best();
    }

    @Override
    protected double index(int arm, long totalPlays) {
        return sums[arm] / plays[arm] + c * Math.sqrt(Math.log(totalPlays) / plays[arm]);
    }
}
