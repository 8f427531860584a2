package dev.qforge.agents.rdloop;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class RewardTest {

    static final Metrics BASE = new Metrics(0.02, 0.2, 0.03, 0.25, 0.05, 0.8, -0.10, 0.9);

    @Test
    void everyTermPointsTheRightWay() {
        double[] v = BASE.vector();
        for (int i = 0; i < 8; i++) {
            double[] better = v.clone();
            // higher is better for all eight, MDD included: -0.05 is a smaller drawdown than -0.10
            better[i] += 0.01;
            assertThat(Reward.of(BASE, Metrics.of(better))).as(Metrics.NAMES[i]).isPositive();
        }
        Metrics smallerDrawdown = new Metrics(0.02, 0.2, 0.03, 0.25, 0.05, 0.8, -0.05, 0.9);
        Metrics largerDrawdown = new Metrics(0.02, 0.2, 0.03, 0.25, 0.05, 0.8, -0.20, 0.9);
        assertThat(Reward.of(BASE, smallerDrawdown)).isGreaterThan(Reward.of(BASE, largerDrawdown));
        assertThat(Reward.of(BASE, largerDrawdown)).isNegative();
    }

    @Test
    void valueByHand() {
        Metrics e = new Metrics(0.03, 0.3, 0.02, 0.35, 0.10, 1.0, -0.08, 1.3);
        // (10*0.01 + 0.1 + 10*(-0.01) + 0.1 + 0.05 + 0.25*0.2 + 0.02 + 0.25*0.4) / 8
        assertThat(Reward.of(BASE, e)).isCloseTo((0.1 + 0.1 - 0.1 + 0.1 + 0.05 + 0.05 + 0.02 + 0.1) / 8, within(1e-12));
        // against no state the baseline is zero; NaN terms count zero
        Metrics partial = new Metrics(0.04, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        assertThat(Reward.of(Metrics.NONE, partial)).isCloseTo(10 * 0.04 / 8, within(1e-12));
        assertThat(Reward.context(Metrics.NONE)).containsExactly(0, 0, 0, 0, 0, 0, 0, 0, 1);
    }
}
