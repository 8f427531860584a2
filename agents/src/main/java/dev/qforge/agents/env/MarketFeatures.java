package dev.qforge.agents.env;

import dev.qforge.data.BarSeries;
import dev.qforge.strategies.rules.Ema;
import dev.qforge.strategies.rules.WilderRsi;

/**
 * The twelve market features of QTNet's observation for every bar, in raw units, each computed only from bars
 * up to and including that bar: open, high, low, close, the Dual Thrust buy and sell lines
 * ({@link DualThrustLines}), EMA(7), EMA(56) (ta4j conventions, see {@link Ema}), Wilder's RSI(56)
 * ({@link WilderRsi}), the stochastic oscillator %K(14) = 100·(close − LL14)/(HH14 − LL14) (50 when the window has
 * no range) and %D = SMA(3) of %K, and the MACD(12, 26) histogram (MACD − EMA(9) of MACD). Undefined values are NaN;
 * {@link #firstComplete()} is the first bar from which every feature is defined.
 */
public final class MarketFeatures {

    public static final int COUNT = 12;
    public static final String[] NAMES = {"open", "high", "low", "close", "dt_buy", "dt_sell", "ema7", "ema56",
            "rsi56", "stoch_k", "stoch_d", "macd_hist"};
    /** Columns holding prices (normalised relative to the latest close). */
    static final int PRICE_COLUMNS = 8;
    static final int RSI = 8, STOCH_K = 9, STOCH_D = 10, MACD_HIST = 11;

    private final double[][] columns;
    private final int firstComplete;

    private MarketFeatures(double[][] columns, int firstComplete) {
        this.columns = columns;
        this.firstComplete = firstComplete;
    }

    public static MarketFeatures of(BarSeries s, DualThrustLines dt) {
        int n = s.size();
        double[][] c = new double[COUNT][n];
        Ema ema7 = new Ema(7), ema56 = new Ema(56), fast = new Ema(12), slow = new Ema(26), signal = new Ema(9);
        WilderRsi rsi = new WilderRsi(56);
        int first = -1;
        for (int i = 0; i < n; i++) {
            double close = s.close(i);
            c[0][i] = s.open(i);
            c[1][i] = s.high(i);
            c[2][i] = s.low(i);
            c[3][i] = close;
            c[4][i] = dt.buy(i);
            c[5][i] = dt.sell(i);
            c[6][i] = ema7.update(close);
            c[7][i] = ema56.update(close);
            c[RSI][i] = rsi.update(close);
            c[STOCH_K][i] = stochK(s, i, 14);
            c[STOCH_D][i] = i >= 15 ? (c[STOCH_K][i] + c[STOCH_K][i - 1] + c[STOCH_K][i - 2]) / 3 : Double.NaN;
            double macd = fast.update(close) - slow.update(close);
            c[MACD_HIST][i] = macd - signal.update(macd);
            if (first < 0 && allFinite(c, i)) first = i;
        }
        return new MarketFeatures(c, first < 0 ? n : first);
    }

    private static double stochK(BarSeries s, int i, int period) {
        if (i < period - 1) return Double.NaN;
        double hh = Double.NEGATIVE_INFINITY, ll = Double.POSITIVE_INFINITY;
        for (int j = i - period + 1; j <= i; j++) {
            hh = Math.max(hh, s.high(j));
            ll = Math.min(ll, s.low(j));
        }
        return hh > ll ? 100 * (s.close(i) - ll) / (hh - ll) : 50;
    }

    private static boolean allFinite(double[][] c, int i) {
        for (double[] col : c) if (!Double.isFinite(col[i])) return false;
        return true;
    }

    public double get(int feature, int bar) {
        return columns[feature][bar];
    }

    public int size() {
        return columns[0].length;
    }

    /** First bar at which every feature is defined (the size when none is). */
    public int firstComplete() {
        return firstComplete;
    }
}
