package dev.qforge.agents.env;

/**
 * The trading environment's rules: the observation window (minutes), costs and the reward.
 *
 * <p>Costs are charged on every change of position, per unit of notional traded (as a fraction of equity):
 * {@code feeRate} (the paper's 2.3e-5) plus {@code slippageBps} basis points, the same proportional commission and
 * fixed-bps slippage the backtester applies ({@code BpsCommission}, {@code FixedBpsSlippage}) when orders fill at the
 * signal bar's close. The reward is the differential Sharpe ratio with moving-average rate {@code dsrEta}, clipped
 * to {@code ±dsrClip}. {@code priceScale} multiplies relative prices in the observation (100: percent).
 * Dual Thrust uses {@code dtSessions}, {@code dtK1}, {@code dtK2} as the {@code dual-thrust} strategy does.
 */
public record EnvConfig(int window, double feeRate, double slippageBps, double dsrEta, double dsrClip,
                        double priceScale, int dtSessions, double dtK1, double dtK2) {

    public EnvConfig {
        if (window < 1) throw new IllegalArgumentException("env window must be >= 1 bar, got " + window);
        if (!(feeRate >= 0) || !(slippageBps >= 0)) {
            throw new IllegalArgumentException("env costs must be >= 0, got fee " + feeRate + ", slippage " + slippageBps + " bps");
        }
        if (!(priceScale > 0)) throw new IllegalArgumentException("env priceScale must be > 0, got " + priceScale);
        new DifferentialSharpe(dsrEta, dsrClip); // validates eta and clip
    }

    /** The paper's setting: 15 minutes, fee 2.3e-5, 1 bp slippage, DSR eta 0.01, Dual Thrust n=4, k1=k2=0.5. */
    public static EnvConfig defaults() {
        return new EnvConfig(15, 2.3e-5, 1.0, 0.01, 10, 100, 4, 0.5, 0.5);
    }

    public EnvConfig withCosts(double fee, double slipBps) {
        return new EnvConfig(window, fee, slipBps, dsrEta, dsrClip, priceScale, dtSessions, dtK1, dtK2);
    }

    public EnvConfig withDualThrust(int n, double k1, double k2) {
        return new EnvConfig(window, feeRate, slippageBps, dsrEta, dsrClip, priceScale, n, k1, k2);
    }

    public EnvConfig withWindow(int w) {
        return new EnvConfig(w, feeRate, slippageBps, dsrEta, dsrClip, priceScale, dtSessions, dtK1, dtK2);
    }

    /**
     * Nominal cost per unit of notional traded, as a fraction (fee plus slippage). Only a summary: episodes book the
     * exact fills of {@link FillModel}, whose slipped prices are rounded to the instrument's tick.
     */
    public double costRate() {
        return feeRate + slippageBps * 1e-4;
    }

    /** Features per minute in the observation: the market features plus the account's profit and margin ratio. */
    public static int featuresPerBar() {
        return MarketFeatures.COUNT + 2;
    }

    public int observationSize() {
        return window * featuresPerBar();
    }
}
