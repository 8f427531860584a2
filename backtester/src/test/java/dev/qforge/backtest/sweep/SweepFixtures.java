package dev.qforge.backtest.sweep;

import dev.qforge.backtest.History;
import dev.qforge.backtest.Strategy;
import dev.qforge.backtest.StrategyContext;
import dev.qforge.backtest.TestBars;
import dev.qforge.data.BarSeries;

import java.util.Map;
import java.util.Random;

/** Strategies and series for the sweep tests. */
final class SweepFixtures {

    private SweepFixtures() {
    }

    /** Daily flat bars (open = high = low = close) from 2024-01-02 with the given closes. */
    static BarSeries closes(double... closes) {
        return TestBars.flat("X", closes);
    }

    /** A seeded random walk of {@code n} flat daily bars starting at 100, steps of ±1% drawn uniformly. */
    static BarSeries randomWalk(int n, long seed) {
        Random rnd = new Random(seed);
        double[] c = new double[n];
        double p = 100;
        for (int i = 0; i < n; i++) {
            c[i] = p;
            p *= 1 + (rnd.nextDouble() * 2 - 1) * 0.01;
        }
        return closes(c);
    }

    /**
     * Buys {@code q} shares (sells {@code -q} short when negative) on the first bar, filled at the second bar's
     * open by default, and holds them.
     */
    static final class HoldStrategy implements Strategy {
        private final double q;
        private boolean bought;

        HoldStrategy(double q) {
            this.q = q;
        }

        static HoldStrategy of(Map<String, Object> p) {
            return new HoldStrategy(((Number) p.get("q")).doubleValue());
        }

        @Override
        public void onBar(StrategyContext ctx) {
            if (!bought && q > 0) ctx.buy("X", q);
            if (!bought && q < 0) ctx.sell("X", -q);
            bought = true;
        }
    }

    /**
     * Long 90% of equity while the simple moving average of the last {@code fast} closes is above that of
     * the last {@code slow}, flat otherwise; refuses {@code fast >= slow}.
     */
    static final class CrossStrategy implements Strategy {
        private final int fast;
        private final int slow;

        CrossStrategy(int fast, int slow) {
            if (fast >= slow) throw new IllegalArgumentException("fast " + fast + " must be below slow " + slow);
            this.fast = fast;
            this.slow = slow;
        }

        static CrossStrategy of(Map<String, Object> p) {
            return new CrossStrategy((Integer) p.get("fast"), (Integer) p.get("slow"));
        }

        @Override
        public void onBar(StrategyContext ctx) {
            History h = ctx.history(0);
            if (h.size() < slow) return;
            ctx.targetPercent(h.symbol(), mean(h, fast) > mean(h, slow) ? 0.9 : 0);
        }

        private static double mean(History h, int n) {
            double s = 0;
            for (int i = 0; i < n; i++) s += h.closeAgo(i);
            return s / n;
        }
    }
}
