package dev.qforge.agents.bandit;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The sampled weights must have the documented covariance {@code v^2 B^-1}, not a power of {@code v} more: checked
 * through the closed-form probability that one arm's draw beats the other's, with an exploration scale other than 1
 * (at {@code v = 1} every power of {@code v} is the same number and hides the error).
 */
class ThompsonDrawScaleTest {

    @Test
    void armChoiceFrequencyMatchesTheClosedFormOfTheDocumentedPosterior() {
        double v = 0.5;
        LinearThompsonSampling b = new LinearThompsonSampling(2, 1, 1.0, v);
        b.update(1, new double[]{1}, 0.3);
        // arm 0: B = 1, mean 0, var v^2; arm 1: B = 2, f = 0.3, mean 0.15, var v^2 / 2
        // P(theta1 > theta0) = Phi(0.15 / sqrt(v^2 (1 + 1/2))) = Phi(0.2449...) = 0.5968
        double expected = phi(0.15 / Math.sqrt(v * v * 1.5));
        assertThat(expected).isCloseTo(0.5968, within(1e-3));
        int n = 40_000, ones = 0;
        SplittableRandom rng = new SplittableRandom(11);
        for (int i = 0; i < n; i++) ones += b.choose(new double[]{1}, rng);
        // standard error sqrt(p(1-p)/n) = 0.0025; covariance v^4 B^-1 would give Phi(0.49) = 0.688
        assertThat((double) ones / n).isCloseTo(expected, within(0.01));
    }

    /** Standard normal CDF via Abramowitz and Stegun 7.1.26 (error below 1.5e-7). */
    private static double phi(double x) {
        double z = Math.abs(x) / Math.sqrt(2), t = 1 / (1 + 0.3275911 * z);
        double erf = 1 - (((((1.061405429 * t - 1.453152027) * t) + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t * Math.exp(-z * z);
        return 0.5 * (1 + Math.signum(x) * erf);
    }
}
