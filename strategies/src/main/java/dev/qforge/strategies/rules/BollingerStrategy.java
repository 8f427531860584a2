package dev.qforge.strategies.rules;

import dev.qforge.backtest.History;
import dev.qforge.backtest.StrategyContext;

/**
 * {@code bollinger}: long-only trading on Bollinger bands of closes. Middle band = SMA(period) of the last
 * {@code period} closes (this bar's included); upper/lower = middle ± k · σ, with σ the population standard
 * deviation (divide by {@code period}, as Bollinger defines it) of the same closes.
 * <ul>
 *   <li>{@code breakout}: while flat, buy when the close is above the upper band; while long, sell when the close
 *       is below the middle band;</li>
 *   <li>{@code reversion}: while flat, buy when the close is below the lower band; while long, sell when the close
 *       is above the middle band.</li>
 * </ul>
 * Comparisons are strict, so a close exactly on a band does nothing. The first signal can come at bar index
 * {@code period - 1}, the first full window. Each bar costs two passes over the window, with no allocation.
 */
public final class BollingerStrategy extends SingleInstrumentStrategy {

    /** Which side of the bands the strategy trades. */
    public enum Mode {
        BREAKOUT, REVERSION;

        public static Mode parse(String s) {
            return valueOf(s.trim().toUpperCase(java.util.Locale.ROOT));
        }
    }

    private final int period;
    private final double k;
    private final Mode mode;

    public BollingerStrategy(String symbol, int period, double k, Mode mode, Sizing sizing) {
        super(symbol, sizing);
        if (period < 2) throw new IllegalArgumentException("Bollinger period must be >= 2, got " + period);
        this.period = period;
        this.k = k;
        this.mode = mode;
    }

    @Override
    protected void update(History h, int i) {
        // the bands are computed over the history at decision time
    }

    @Override
    protected void decide(StrategyContext ctx, History h) {
        int last = h.size() - 1;
        if (last < period - 1 || hasWorkingOrder()) return;
        double sum = 0;
        for (int j = last - period + 1; j <= last; j++) sum += h.close(j);
        double middle = sum / period;
        double ss = 0;
        for (int j = last - period + 1; j <= last; j++) {
            double dev = h.close(j) - middle;
            ss += dev * dev;
        }
        double band = k * Math.sqrt(ss / period);
        double c = h.close(last);
        double q = position(ctx);
        if (q <= 0) {
            boolean enter = mode == Mode.BREAKOUT ? c > middle + band : c < middle - band;
            if (enter) enterLong(ctx, h);
        } else {
            boolean exit = mode == Mode.BREAKOUT ? c < middle : c > middle;
            if (exit) exitLong(ctx);
        }
    }
}
