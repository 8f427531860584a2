package dev.qforge.data.store;

import dev.qforge.data.BarSeries;
import dev.qforge.data.Instrument;
import dev.qforge.data.Timeframe;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** Series and clocks made in the tests (no loaders needed). */
final class TestData {

    static final long DAY = 86_400_000L;
    static final long T0 = Instant.parse("2021-01-04T21:00:00Z").toEpochMilli();

    private TestData() {
    }

    /** {@code n} daily bars with awkward doubles (0.1 + 0.2, tiny and huge magnitudes) derived from {@code seed}. */
    static BarSeries daily(String symbol, int n, int seed) {
        BarSeries.Builder b = BarSeries.builder(Instrument.usEquity(symbol), Timeframe.D1);
        double p = 100 + seed;
        for (int i = 0; i < n; i++) {
            p = p * (1 + Math.sin(i * 0.37 + seed) * 0.01) + 0.1 + 0.2;
            b.add(T0 + i * DAY, p, p * 1.01 + 1e-12, p * 0.99 - Math.ulp(p), p + Double.MIN_VALUE, 1e6 + i * 0.3 + seed * 1e-9);
        }
        return b.build();
    }

    /** A clock that only moves when told to. */
    static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant start) {
            this.now = start;
        }

        void advanceMillis(long ms) {
            now = now.plusMillis(ms);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
