package dev.qforge.q.bench;

/**
 * The unbiased pass@k estimator of Chen et al. (2021), used by the Q benchmark paper: with n samples of which c
 * pass, pass@k = 1 - C(n-c, k) / C(n, k), the chance that a random k-subset of the samples holds at least one
 * pass. Computed in the numerically stable product form 1 - prod_{i=n-c+1..n} (1 - k/i), which never forms the
 * (huge) binomial coefficients. Edge cases: c = 0 gives 0; n - c < k gives 1 (every k-subset holds a pass).
 */
public final class PassAtK {
    private PassAtK() {
    }

    /**
     * @param n samples drawn (>= 1)
     * @param c samples that passed (0..n)
     * @param k subset size (1..n)
     */
    public static double estimate(int n, int c, int k) {
        if (n < 1) throw new IllegalArgumentException("n must be at least 1, got " + n);
        if (c < 0 || c > n) throw new IllegalArgumentException("c must lie in 0.." + n + ", got " + c);
        if (k < 1 || k > n) throw new IllegalArgumentException("k must lie in 1.." + n + " (n samples), got " + k);
        if (c == 0) return 0.0;
        if (n - c < k) return 1.0;
        double fail = 1.0;
        for (int i = n - c + 1; i <= n; i++) fail *= 1.0 - (double) k / i;
        return 1.0 - fail;
    }
}
