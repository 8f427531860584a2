package dev.qforge.strategies.rules;

import dev.qforge.backtest.History;
import dev.qforge.backtest.StrategyContext;

/**
 * {@code sma-cross}: long-only moving-average crossover on closes. Enters long when SMA(fast) crosses above
 * SMA(slow) and exits the whole position when it crosses below; otherwise holds.
 *
 * <p>Exact definition, chosen to be bar-for-bar the same as ta4j 0.21 running
 * {@code new BaseStrategy(new CrossedUpIndicatorRule(smaFast, smaSlow), new CrossedDownIndicatorRule(smaFast, smaSlow), slow)}
 * on {@code ClosePriceIndicator}s (the parity test checks this):
 * <ul>
 *   <li>SMA(n) at bar i is the mean of the last {@code min(n, i+1)} closes (ta4j's {@code SMAIndicator} averages
 *       the bars there are at the start), kept as running sums: add the new close, then subtract the one that
 *       left the window, in that order, as ta4j's {@code RunningTotalIndicator} does;</li>
 *   <li>a cross is judged by {@link CrossState}: at the latest earlier bar where the averages differed they were
 *       on the other side (ties are skipped over, the first divergence is not a cross);</li>
 *   <li>signals are acted on from bar index {@code slow} on (ta4j's unstable period {@code slow}): the first bar at
 *       which today's and yesterday's SMA(slow) both average full windows. Earlier bars still feed the cross state;</li>
 *   <li>the entry rule is only consulted while flat and the exit rule only while long, and nothing is sent while
 *       an order of this strategy is still working (with next-open fills: until it fills).</li>
 * </ul>
 * Per bar the work is two additions, two subtractions and two divisions over the history's arrays: no allocation.
 */
public final class SmaCrossStrategy extends SingleInstrumentStrategy {

    private final int fast;
    private final int slow;
    private final CrossState cross = new CrossState();
    private double sumFast;
    private double sumSlow;
    private int signal;
    private int last = -1;

    public SmaCrossStrategy(String symbol, int fast, int slow, Sizing sizing) {
        super(symbol, sizing);
        if (fast < 1 || slow <= fast) throw new IllegalArgumentException("need 1 <= fast < slow, got fast=" + fast + " slow=" + slow);
        this.fast = fast;
        this.slow = slow;
    }

    @Override
    protected void update(History h, int i) {
        double c = h.close(i);
        sumFast += c;
        if (i >= fast) sumFast -= h.close(i - fast);
        sumSlow += c;
        if (i >= slow) sumSlow -= h.close(i - slow);
        double f = sumFast / Math.min(fast, i + 1);
        double s = sumSlow / Math.min(slow, i + 1);
        signal = cross.update(f, s);
        last = i;
    }

    @Override
    protected void decide(StrategyContext ctx, History h) {
        if (last < slow || signal == 0 || hasWorkingOrder()) return;
        double q = position(ctx);
        if (signal > 0 && q <= 0) enterLong(ctx, h);
        else if (signal < 0 && q > 0) exitLong(ctx);
    }
}
