package dev.qforge.strategies.rules;

import dev.qforge.backtest.History;
import dev.qforge.backtest.StrategyContext;

/**
 * {@code rsi-reversion}: long-only mean reversion on Wilder's RSI of closes ({@link WilderRsi}). While flat it
 * buys at the close of a bar whose RSI is below {@code lower}; while long it sells the whole position at the
 * close of a bar whose RSI is above {@code upper}. Levels, not crossings: an RSI that stays below {@code lower}
 * after an exit buys again. The first signal can come at bar index {@code period}, the first RSI value.
 */
public final class RsiReversionStrategy extends SingleInstrumentStrategy {

    private final double lower;
    private final double upper;
    private final WilderRsi rsi;

    public RsiReversionStrategy(String symbol, int period, double lower, double upper, Sizing sizing) {
        super(symbol, sizing);
        if (!(lower < upper)) throw new IllegalArgumentException("need lower < upper, got " + lower + ", " + upper);
        this.lower = lower;
        this.upper = upper;
        this.rsi = new WilderRsi(period);
    }

    @Override
    protected void update(History h, int i) {
        rsi.update(h.close(i));
    }

    @Override
    protected void decide(StrategyContext ctx, History h) {
        double r = rsi.value();
        if (Double.isNaN(r) || hasWorkingOrder()) return;
        double q = position(ctx);
        if (q <= 0 && r < lower) enterLong(ctx, h);
        else if (q > 0 && r > upper) exitLong(ctx);
    }
}
