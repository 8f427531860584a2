package dev.qforge.agents.env;

import dev.qforge.data.BarSeries;

/**
 * The Dual Thrust buy and sell lines of every bar, with the definition of the {@code dual-thrust} strategy
 * ({@code dev.qforge.strategies.rules.DualThrustStrategy}): over the previous {@code n} complete sessions take HH
 * (highest high), LL (lowest low), HC (highest close) and LC (lowest close), {@code range = max(HH − LC, HC − LL)};
 * with {@code open} the open of the session's first bar, the buy line is {@code open + k1 · range} and the sell
 * line {@code open − k2 · range}. Both are NaN until {@code n} sessions have completed. A bar's lines depend only
 * on earlier sessions and the current session's first open, so they never look ahead.
 */
public final class DualThrustLines {

    private final double[] buy;
    private final double[] sell;
    private final double[] range;

    private DualThrustLines(double[] buy, double[] sell, double[] range) {
        this.buy = buy;
        this.sell = sell;
        this.range = range;
    }

    public static DualThrustLines of(BarSeries s, SessionIndex sessions, int n, double k1, double k2) {
        if (n < 1) throw new IllegalArgumentException("Dual Thrust needs n >= 1 sessions, got " + n);
        if (!(k1 >= 0) || !(k2 >= 0)) throw new IllegalArgumentException("Dual Thrust needs k1, k2 >= 0, got " + k1 + ", " + k2);
        int size = s.size();
        double[] buy = new double[size];
        double[] sell = new double[size];
        double[] range = new double[size];
        int k = sessions.sessions();
        double[] hi = new double[k], lo = new double[k], cl = new double[k];
        for (int j = 0; j < k; j++) {
            double h = Double.NEGATIVE_INFINITY, l = Double.POSITIVE_INFINITY;
            for (int i = sessions.start(j); i <= sessions.end(j); i++) {
                h = Math.max(h, s.high(i));
                l = Math.min(l, s.low(i));
            }
            hi[j] = h;
            lo[j] = l;
            cl[j] = s.close(sessions.end(j));
        }
        for (int j = 0; j < k; j++) {
            double r = Double.NaN;
            if (j >= n) {
                double hh = Double.NEGATIVE_INFINITY, ll = Double.POSITIVE_INFINITY;
                double hc = Double.NEGATIVE_INFINITY, lc = Double.POSITIVE_INFINITY;
                for (int p = j - n; p < j; p++) {
                    hh = Math.max(hh, hi[p]);
                    ll = Math.min(ll, lo[p]);
                    hc = Math.max(hc, cl[p]);
                    lc = Math.min(lc, cl[p]);
                }
                r = Math.max(hh - lc, hc - ll);
            }
            double open = s.open(sessions.start(j));
            for (int i = sessions.start(j); i <= sessions.end(j); i++) {
                range[i] = r;
                buy[i] = open + k1 * r;
                sell[i] = open - k2 * r;
            }
        }
        return new DualThrustLines(buy, sell, range);
    }

    public double buy(int bar) {
        return buy[bar];
    }

    public double sell(int bar) {
        return sell[bar];
    }

    public double range(int bar) {
        return range[bar];
    }
}
