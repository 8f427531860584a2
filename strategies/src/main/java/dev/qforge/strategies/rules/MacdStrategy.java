package dev.qforge.strategies.rules;

import dev.qforge.backtest.History;
import dev.qforge.backtest.StrategyContext;

/**
 * {@code macd}: long-only MACD signal-line crossover. MACD = EMA(fast) − EMA(slow) of closes; the signal line is
 * EMA(signal) of MACD. Enters long when MACD crosses above the signal line, exits the whole position when it
 * crosses below.
 *
 * <p>Definitions as ta4j 0.21's {@code MACDIndicator} and {@code EMAIndicator(macd, signal)} (see {@link Ema}):
 * MACD exists from bar {@code slow} on, and the signal line starts there equal to MACD, so the lines first differ
 * one bar later and a cross (see {@link CrossState}) needs them to have been on the other side at an earlier bar.
 * Signals are acted on from bar {@code slow + 1} on; the entry rule is consulted while flat, the exit rule while
 * long.
 */
public final class MacdStrategy extends SingleInstrumentStrategy {

    private final int slow;
    private final Ema emaFast;
    private final Ema emaSlow;
    private final Ema signalLine;
    private final CrossState cross = new CrossState();
    private int signal;
    private int last = -1;

    public MacdStrategy(String symbol, int fast, int slow, int signalPeriod, Sizing sizing) {
        super(symbol, sizing);
        if (fast < 1 || slow <= fast || signalPeriod < 1) {
            throw new IllegalArgumentException("need 1 <= fast < slow and signal >= 1, got " + fast + ", " + slow + ", " + signalPeriod);
        }
        this.slow = slow;
        this.emaFast = new Ema(fast);
        this.emaSlow = new Ema(slow);
        this.signalLine = new Ema(signalPeriod);
    }

    @Override
    protected void update(History h, int i) {
        double c = h.close(i);
        double macd = emaFast.update(c) - emaSlow.update(c);
        double sig = signalLine.update(macd);
        signal = cross.update(macd, sig);
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
