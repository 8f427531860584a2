package dev.qforge.data.synth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.qforge.data.BarSeries;

/** Shared assertions on generated bars. */
final class BarChecks {

    private BarChecks() {
    }

    /** Every bar: positive finite prices, high >= max(open, close), low <= min(open, close), positive volume, open = previous close. */
    static void assertConsistent(BarSeries s, double startPrice) {
        for (int i = 0; i < s.size(); i++) {
            String where = s.symbol() + " bar " + i + ": " + s.bar(i);
            double o = s.open(i), h = s.high(i), l = s.low(i), c = s.close(i), v = s.volume(i);
            assertThat(Double.isFinite(h) && Double.isFinite(l) && Double.isFinite(v)).as(where).isTrue();
            assertThat(l).as(where).isGreaterThan(0);
            assertThat(h).as(where).isGreaterThanOrEqualTo(Math.max(o, c));
            assertThat(l).as(where).isLessThanOrEqualTo(Math.min(o, c));
            assertThat(v).as(where).isGreaterThan(0);
            assertThat(o).as(where).isEqualTo(i == 0 ? startPrice : s.close(i - 1));
        }
    }

    /** Log close-to-close returns, the first measured from {@code startPrice}. */
    static double[] logReturns(BarSeries s, double startPrice) {
        double[] r = new double[s.size()];
        double prev = startPrice;
        for (int i = 0; i < s.size(); i++) {
            r[i] = Math.log(s.close(i) / prev);
            prev = s.close(i);
        }
        return r;
    }

    static double mean(double[] x) {
        double s = 0;
        for (double v : x) s += v;
        return s / x.length;
    }

    /** Sample variance (n - 1). */
    static double variance(double[] x) {
        double m = mean(x), s = 0;
        for (double v : x) s += (v - m) * (v - m);
        return s / (x.length - 1);
    }
}
