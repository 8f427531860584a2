package dev.qforge.agents.env;

/**
 * Moody and Saffell's differential Sharpe ratio ("Learning to Trade via Direct Reinforcement", 2001): with
 * exponential moving estimates of the first and second moments of the returns,
 * {@code A_t = A_{t−1} + η ΔA_t}, {@code B_t = B_{t−1} + η ΔB_t}, {@code ΔA_t = R_t − A_{t−1}},
 * {@code ΔB_t = R_t² − B_{t−1}}, the reward of return {@code R_t} is
 * {@code D_t = (B_{t−1} ΔA_t − ½ A_{t−1} ΔB_t) / (B_{t−1} − A_{t−1}²)^{3/2}}, the first-order sensitivity of the
 * moving Sharpe ratio to {@code R_t}.
 *
 * <p>While the moving variance {@code B − A²} is not positive (at the very start, or after only zero returns)
 * the ratio is undefined and the reward is 0; the moments are still updated. The reward is clipped to
 * {@code ±clip} because a near-zero variance makes the ratio explode, which would swamp the critic's targets.
 */
public final class DifferentialSharpe {

    private final double eta;
    private final double clip;
    private double a;
    private double b;

    public DifferentialSharpe(double eta, double clip) {
        if (!(eta > 0 && eta < 1)) throw new IllegalArgumentException("DSR eta must be in (0, 1), got " + eta);
        if (!(clip > 0)) throw new IllegalArgumentException("DSR clip must be > 0, got " + clip);
        this.eta = eta;
        this.clip = clip;
    }

    /** Starts from the given moments, e.g. a prior variance so the first rewards are not undefined. */
    public void reset(double firstMoment, double secondMoment) {
        a = firstMoment;
        b = secondMoment;
    }

    /** Takes the next return and gives its differential Sharpe ratio. */
    public double update(double r) {
        double dA = r - a;
        double dB = r * r - b;
        double var = b - a * a;
        double d = var > 0 ? (b * dA - 0.5 * a * dB) / Math.pow(var, 1.5) : 0;
        a += eta * dA;
        b += eta * dB;
        if (Double.isNaN(d)) return 0;
        return Math.max(-clip, Math.min(clip, d));
    }

    public double firstMoment() {
        return a;
    }

    public double secondMoment() {
        return b;
    }
}
