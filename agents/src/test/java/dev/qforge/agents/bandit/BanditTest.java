package dev.qforge.agents.bandit;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class BanditTest {

    @Test
    void linearThompsonPosteriorMatchesTheBayesianRegressionWorkedByHand() {
        LinearThompsonSampling b = new LinearThompsonSampling(2, 2, 1.0, 1.0);
        // prior: B = I, f = 0 -> mean 0
        assertThat(b.mean(0)).containsExactly(0, 0);
        b.update(0, new double[]{1, 0}, 1);
        // B = [[2,0],[0,1]], f = (1,0) -> mean (0.5, 0), cov diag(0.5, 1)
        assertThat(b.mean(0)[0]).isCloseTo(0.5, within(1e-12));
        assertThat(b.mean(0)[1]).isCloseTo(0.0, within(1e-12));
        assertThat(b.covariance(0)).containsExactly(new double[]{0.5, 0, 0, 1}, within(1e-12));
        b.update(0, new double[]{1, 1}, 2);
        // B = [[3,1],[1,2]], det 5, B^-1 = [[2,-1],[-1,3]]/5; f = (3,2) -> mean ((6-2)/5, (-3+6)/5) = (0.8, 0.6)
        assertThat(b.mean(0)).containsExactly(new double[]{0.8, 0.6}, within(1e-12));
        assertThat(b.covariance(0)).containsExactly(new double[]{0.4, -0.2, -0.2, 0.6}, within(1e-12));
        b.update(0, new double[]{0, 1}, -1);
        // B = [[3,1],[1,3]], det 8, B^-1 = [[3,-1],[-1,3]]/8; f = (3,1) -> mean ((9-1)/8, (-3+3)/8) = (1, 0)
        assertThat(b.mean(0)).containsExactly(new double[]{1.0, 0.0}, within(1e-12));
        assertThat(b.covariance(0)).containsExactly(new double[]{0.375, -0.125, -0.125, 0.375}, within(1e-12));
        // the other arm never learned anything
        assertThat(b.mean(1)).containsExactly(0, 0);
    }

    @Test
    void thompsonDrawsFollowThePosteriorAndAreSeeded() {
        LinearThompsonSampling b = new LinearThompsonSampling(2, 2, 1.0, 1.0);
        for (int i = 0; i < 50; i++) {
            b.update(0, new double[]{1, 1}, 0.2);
            b.update(1, new double[]{1, 1}, 0.5);
        }
        // posterior means are near 0.1 and 0.25 per weight, sd about 0.1: arm 1 wins most draws, not all
        int ones = 0;
        SplittableRandom rng = new SplittableRandom(3);
        for (int i = 0; i < 2000; i++) ones += b.choose(new double[]{1, 1}, rng);
        assertThat(ones).isBetween(1700, 1980);
        SplittableRandom a = new SplittableRandom(9), c = new SplittableRandom(9);
        for (int i = 0; i < 20; i++) assertThat(b.choose(new double[]{1, 0}, a)).isEqualTo(b.choose(new double[]{1, 0}, c));
        // a tiny exploration scale plays the posterior mean's argmax
        LinearThompsonSampling greedy = new LinearThompsonSampling(2, 1, 1.0, 1e-9);
        greedy.update(0, new double[]{1}, 1);
        greedy.update(1, new double[]{1}, 0.9);
        assertThat(greedy.choose(new double[]{1}, new SplittableRandom(1))).isZero();
        assertThat(greedy.choose(new double[]{-1}, new SplittableRandom(1))).isEqualTo(1);
    }

    @Test
    void ucb1PlaysEachArmOnceThenTheUpperBound() {
        Ucb1 u = new Ucb1(2, Math.sqrt(2));
        assertThat(u.choose(null, null)).isZero();
        u.update(0, null, 1.0);
        assertThat(u.choose(null, null)).isEqualTo(1);
        u.update(1, null, 0.0);
        u.update(0, null, 0.0);
        // n = 3; arm 0: 0.5 + sqrt(2 ln3 / 2) = 1.548; arm 1: 0 + sqrt(2 ln3 / 1) = 1.482
        assertThat(u.choose(null, null)).isZero();
        u.update(0, null, 0.0);
        // n = 4; arm 0: 1/3 + sqrt(2 ln4 / 3) = 1.295; arm 1: sqrt(2 ln4) = 1.665
        assertThat(u.choose(null, null)).isEqualTo(1);
    }

    @Test
    void epsilonGreedyExploresAtItsRate() {
        EpsilonGreedy g = new EpsilonGreedy(3, 0.3);
        g.update(0, null, 0.1);
        g.update(1, null, 0.5);
        g.update(2, null, 0.2);
        int[] counts = new int[3];
        SplittableRandom rng = new SplittableRandom(5);
        for (int i = 0; i < 30000; i++) counts[g.choose(null, rng)]++;
        // arm 1 with 0.7 + 0.3/3 = 0.8, the others 0.1 each
        assertThat(counts[1] / 30000.0).isCloseTo(0.8, within(0.015));
        assertThat(counts[0] / 30000.0).isCloseTo(0.1, within(0.015));
    }

    @Test
    void badInputIsRejected() {
        assertThatThrownBy(() -> Bandit.named("softmax", 2, 3)).hasMessageContaining("unknown scheduler 'softmax'");
        LinearThompsonSampling b = new LinearThompsonSampling(2, 2, 1, 1);
        assertThatThrownBy(() -> b.update(0, new double[]{1}, 0)).hasMessageContaining("context has 1 values, the bandit expects 2");
        assertThatThrownBy(() -> b.update(2, new double[]{1, 1}, 0)).hasMessageContaining("arm 2 outside 0..1");
        assertThatThrownBy(() -> b.update(0, new double[]{1, 1}, Double.NaN)).hasMessageContaining("reward must be finite");
        assertThatThrownBy(() -> new EpsilonGreedy(2, 1.5)).hasMessageContaining("epsilon");
    }
}
