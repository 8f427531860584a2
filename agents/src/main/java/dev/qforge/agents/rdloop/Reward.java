package dev.qforge.agents.rdloop;

/**
 * The scheduler's reward for one loop: how much the experiment's validation metrics beat the best state's before
 * the loop, every term signed so that better is positive.
 * <pre>
 *   r = ( 10 dIC + dICIR + 10 dRankIC + dRankICIR + dARR + 0.25 dIR + dMDD + 0.25 dSharpe ) / 8
 *   dX = X_experiment - X_best, and for MDD (a number <= 0) dMDD = MDD_experiment - MDD_best,
 * </pre>
 * so a <b>smaller</b> drawdown (closer to zero) gives a positive term: R&amp;D-Agent(Q)'s released code added the
 * drawdown with the sign of a gain and rewarded larger drawdowns; we do not. The weights bring the terms to similar
 * sizes (daily ICs are around 0.01-0.05, IRs and Sharpe ratios around 1). Before any state exists the baseline is
 * zero for every metric. A term whose value is NaN counts zero. A loop where nothing ran earns {@link #FAILED}, a
 * duplicate {@link #DUPLICATE}: both below any small improvement, so an arm that keeps failing is tried less.
 */
public final class Reward {

    public static final double FAILED = -0.05;
    public static final double DUPLICATE = -0.01;
    static final double[] WEIGHTS = {10, 1, 10, 1, 1, 0.25, 1, 0.25};

    private Reward() {
    }

    public static double of(Metrics best, Metrics experiment) {
        double[] b = best.vector(), e = experiment.vector();
        double r = 0;
        for (int i = 0; i < 8; i++) {
            double base = Double.isNaN(b[i]) ? 0 : b[i];
            double d = e[i] - base;
            if (Double.isFinite(d)) r += WEIGHTS[i] * d;
        }
        return r / 8;
    }

    /** The scheduler's context: the best state's eight metrics (NaN as 0) and a constant 1 for the intercept. */
    public static double[] context(Metrics best) {
        double[] v = best.vector(), c = new double[9];
        for (int i = 0; i < 8; i++) c[i] = Double.isFinite(v[i]) ? v[i] : 0;
        c[8] = 1;
        return c;
    }
}
