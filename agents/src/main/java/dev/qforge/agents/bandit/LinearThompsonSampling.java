package dev.qforge.agents.bandit;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Linear Thompson sampling (Agrawal and Goyal 2013), the scheduler of R&amp;D-Agent(Q): each arm {@code a}
 * models the reward as {@code r = x . theta_a + noise} and keeps the Bayesian linear-regression posterior of
 * {@code theta_a} under the prior {@code theta_a ~ N(0, (1/lambda) I)}:
 * <pre>  B_a = lambda I + sum x x^T,   f_a = sum r x,   mean mu_a = B_a^-1 f_a,   covariance v^2 B_a^-1</pre>
 * ({@code v} scales exploration; it plays the role of the noise standard deviation). To choose, it draws
 * {@code theta_a ~ N(mu_a, v^2 B_a^-1)} for every arm and plays {@code argmax_a x . theta_a}; ties go to the
 * lower arm. The draw uses the Cholesky factor of {@code B_a^-1} and standard normals from the caller's
 * generator, so a seeded generator gives a reproducible choice.
 */
public final class LinearThompsonSampling implements Bandit {

    private final int arms;
    private final int dim;
    private final double lambda;
    private final double v;
    private final double[][] precision; // B_a, row-major d x d
    private final double[][] moment;    // f_a

    public LinearThompsonSampling(int arms, int dimension, double lambda, double v) {
        if (arms < 1) throw new IllegalArgumentException("a bandit needs at least one arm, got " + arms);
        if (dimension < 1) throw new IllegalArgumentException("context dimension must be at least 1, got " + dimension);
        if (!(lambda > 0)) throw new IllegalArgumentException("prior precision lambda must be positive, got " + lambda);
        if (!(v > 0)) throw new IllegalArgumentException("exploration scale v must be positive, got " + v);
        this.arms = arms;
        this.dim = dimension;
        this.lambda = lambda;
        this.v = v;
        precision = new double[arms][dim * dim];
        moment = new double[arms][dim];
        for (double[] b : precision) for (int i = 0; i < dim; i++) b[i * dim + i] = lambda;
    }

    @Override
    public int arms() {
        return arms;
    }

    @Override
    public String name() {
        return "linear-thompson";
    }

    @Override
    public int choose(double[] context, SplittableRandom rng) {
        check(context);
        int best = 0;
        double bestValue = Double.NEGATIVE_INFINITY;
        for (int a = 0; a < arms; a++) {
            double[] cov = covariance(a);
            double[] l = Matrices.cholesky(cov, dim);
            double[] mu = mean(a);
            double[] z = new double[dim];
            for (int i = 0; i < dim; i++) z[i] = rng.nextGaussian();
            double value = 0;
            for (int i = 0; i < dim; i++) {
                double theta = mu[i];
                // l is the Cholesky factor of the covariance v^2 B^-1, which already carries v: theta = mu + l z
                for (int k = 0; k <= i; k++) theta += l[i * dim + k] * z[k];
                value += theta * context[i];
            }
            if (value > bestValue) {
                bestValue = value;
                best = a;
            }
        }
        return best;
    }

    @Override
    public void update(int arm, double[] context, double reward) {
        check(context);
        if (arm < 0 || arm >= arms) throw new IllegalArgumentException("arm " + arm + " outside 0.." + (arms - 1));
        if (!Double.isFinite(reward)) throw new IllegalArgumentException("reward must be finite, got " + reward);
        double[] b = precision[arm];
        for (int i = 0; i < dim; i++) {
            for (int j = 0; j < dim; j++) b[i * dim + j] += context[i] * context[j];
            moment[arm][i] += reward * context[i];
        }
    }

    /** Posterior mean {@code B_a^-1 f_a} of arm {@code a}'s weights. */
    public double[] mean(int a) {
        return Matrices.multiply(Matrices.inverse(precision[a], dim), moment[a], dim);
    }

    /** Posterior covariance {@code v^2 B_a^-1} of arm {@code a}'s weights, row-major. */
    public double[] covariance(int a) {
        double[] inv = Matrices.inverse(precision[a], dim);
        for (int i = 0; i < inv.length; i++) inv[i] *= v * v;
        return inv;
    }

    public double lambda() {
        return lambda;
    }

    private void check(double[] context) {
        if (context.length != dim) throw new IllegalArgumentException("context has " + context.length + " values, the bandit expects " + dim);
        for (double x : context) {
            if (!Double.isFinite(x)) throw new IllegalArgumentException("context must be finite, got " + Arrays.toString(context));
        }
    }
}
