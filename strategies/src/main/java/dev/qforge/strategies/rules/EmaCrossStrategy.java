package dev.qforge.strategies.rules;

import dev.qforge.backtest.History;
import dev.qforge.backtest.StrategyContext;

/**
 * {@code ema-cross}: long-only crossover of two exponential moving averages of closes. Enters long when
 * EMA(fast) crosses above EMA(slow), exits the whole position when it crosses below.
 *
 * <p>The averages follow {@link Ema} (ta4j 0.21's {@code EMAIndicator}: EMA(n) starts at bar n with that bar's
 * close), crosses follow {@link CrossState}, and signals are acted on from bar index {@code slow + 1} on, the first
 * bar at which both averages exist today and yesterday. Only then does the cross state start, so a cross needs
 * the averages to have been on the other side at an earlier bar where both existed. The entry rule is
 * consulted while flat, the exit rule while long.
 */
public final class EmaCrossStrategy extends SingleInstrumentStrategy {

    private final int slow;
    private final Ema emaFast;
    private final Ema emaSlow;
    private final CrossState cross = new CrossState();
    private int signal;
    private int last = -1;

    public EmaCrossStrategy(String symbol, int fast, int slow, Sizing sizing) {
        super(symbol, sizing);
        if (fast < 1 || slow <= fast) throw new IllegalArgumentException("need 1 <= fast < slow, got fast=" + fast + " slow=" + slow);
        this.slow = slow;
        this.emaFast = new Ema(fast);
        this.emaSlow = new Ema(slow);
    }

    @Override
    protected void update(History h, int i) {
        double c = h.close(i);
        double f = emaFast.update(c);
        double s = emaSlow.update(c);
        signal = cross.update(f, s);
        last = i;
    }

    @Override
    protected void decide(StrategyContext ctx, History h) {
        if (last <= slow || signal == 0 || hasWorkingOrder()) return;
        double q = position(ctx);
        if (signal > 0 && q <= 0) enterLong(ctx, h);
        else if (signal < 0 && q > 0) exitLong(ctx);
    }
}
