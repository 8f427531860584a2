package dev.qforge.strategies.rules;

import dev.qforge.backtest.BacktestResult;
import dev.qforge.backtest.StrategyException;
import dev.qforge.backtest.order.Fill;
import dev.qforge.data.BarSeries;
import dev.qforge.data.Instrument;
import dev.qforge.data.Timeframe;
import dev.qforge.strategies.TestBars;
import dev.qforge.strategies.TestBars.Trade;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Three UTC sessions of 4-hour BTC bars (closes at 04:00 .. 24:00), k1 = k2 = 0.5, 10 units.
 * <pre>
 * day 1: high 105, low 97, close 102                     -> day 2 range (n=1) = max(105-102, 102-97) = 5
 * day 2: open 102, triggers 102 ± 2.5 = 104.5 / 99.5
 *        b7 closes 105 > 104.5: long;  b9 closes 99 < 99.5: flat (or short);  b10 99.5 is not below 99.5;
 *        b11 is the session's last bar: flat at its close 100
 *        high 106, low 98, close 100                      -> day 3 range (n=1) = max(106-100, 100-98) = 6
 * day 3: open 100, triggers 103 / 97
 *        b13 closes 103.5 > 103: long;  b17 is the last bar: sell at 101.5
 * n=2 on day 3: HH 106, LL 97, HC 102, LC 100 -> range max(106-100, 102-97) = 6, the same triggers; day 2 lacks
 * two complete sessions and trades nothing.
 * </pre>
 */
class DualThrustStrategyTest {

    static final double[][] OHLC = {
            {100, 102, 99, 101}, {101, 104, 100, 103}, {103, 105, 102, 104}, {104, 104, 98, 99}, {99, 101, 97, 100}, {100, 103, 99, 102},
            {102, 104, 101, 103}, {103, 106, 103, 105}, {105, 106, 104, 105.5}, {105.5, 105.5, 98, 99}, {99, 100, 98, 99.5}, {99.5, 101, 99, 100},
            {100, 101, 99, 100.5}, {100.5, 104, 100, 103.5}, {103.5, 105, 103, 104}, {104, 104, 102, 102.5}, {102.5, 103, 101, 102}, {102, 103, 101, 101.5}};

    static BarSeries btc() {
        BarSeries.Builder b = BarSeries.builder(Instrument.crypto("BTCUSD", "USD"), Timeframe.H4);
        long start = LocalDate.of(2024, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
        for (int i = 0; i < OHLC.length; i++) {
            double[] r = OHLC[i];
            b.add(start + (i + 1) * 4 * 3_600_000L, r[0], r[1], r[2], r[3], 10);
        }
        return b.build();
    }

    static double positionAfter(BacktestResult r, BarSeries s, int bar) {
        double q = 0;
        for (Fill f : r.fills()) if (s.floorIndex(f.time()) <= bar) q += f.signedQuantity();
        return q;
    }

    @Test
    void longOnlyBreakoutAndFlatAtEachSessionClose() {
        BarSeries s = btc();
        DualThrustStrategy st = new DualThrustStrategy("", 1, 0.5, 0.5, false, Sizing.quantity(10));
        BacktestResult r = TestBars.run(TestBars.signalClose(10_000), st, s);
        assertThat(TestBars.trades(r, s)).containsExactly(
                new Trade(7, "BUY", 10, 105), new Trade(9, "SELL", 10, 99),
                new Trade(13, "BUY", 10, 103.5), new Trade(17, "SELL", 10, 101.5));
        assertThat(st.currentRange()).isEqualTo(6);
        for (int last : new int[] {5, 11, 17}) assertThat(positionAfter(r, s, last)).as("after bar %d", last).isZero();
        assertThat(r.positions().get(0).realizedPnl()).isEqualTo(10 * (99 - 105) + 10 * (101.5 - 103.5));
    }

    @Test
    void withShortsItReversesAndCoversAtTheClose() {
        BarSeries s = btc();
        BacktestResult r = TestBars.run(TestBars.signalClose(10_000), new DualThrustStrategy("", 1, 0.5, 0.5, true, Sizing.quantity(10)), s);
        assertThat(TestBars.trades(r, s)).containsExactly(
                new Trade(7, "BUY", 10, 105), new Trade(9, "SELL", 20, 99), new Trade(11, "BUY", 10, 100),
                new Trade(13, "BUY", 10, 103.5), new Trade(17, "SELL", 10, 101.5));
        for (int last : new int[] {5, 11, 17}) assertThat(positionAfter(r, s, last)).as("after bar %d", last).isZero();
    }

    @Test
    void twoSessionRangeWaitsForTwoCompleteSessions() {
        BarSeries s = btc();
        BacktestResult r = TestBars.run(TestBars.signalClose(10_000), new DualThrustStrategy("", 2, 0.5, 0.5, false, Sizing.quantity(10)), s);
        assertThat(TestBars.trades(r, s)).containsExactly(new Trade(13, "BUY", 10, 103.5), new Trade(17, "SELL", 10, 101.5));
    }

    @Test
    void equitySessionsCloseAtFourInNewYork() {
        // day 1 (2024-01-02): 13 half-hour bars at 100 except one with high 104, low 98 -> range max(104-100, 100-98) = 4;
        // day 2: open 100, upper trigger 102; the 11:00 bar closes 102.5 -> buy; the 16:00 bar closes 103 -> sell
        Instrument spy = Instrument.usEquity("SPY");
        BarSeries.Builder b = BarSeries.builder(spy, Timeframe.M30);
        for (LocalDate d : new LocalDate[] {LocalDate.of(2024, 1, 2), LocalDate.of(2024, 1, 3)}) {
            for (int k = 1; k <= 13; k++) {
                long t = ZonedDateTime.of(d, LocalTime.of(9, 30).plusMinutes(30L * k), Instrument.NEW_YORK).toInstant().toEpochMilli();
                boolean day2 = d.getDayOfMonth() == 3;
                double c = !day2 ? 100 : k == 1 ? 100 : k == 2 ? 101 : k == 3 ? 102.5 : 103;
                double prev = !day2 || k == 1 ? 100 : k == 2 ? 100 : k == 3 ? 101 : k == 4 ? 102.5 : 103;
                double hi = !day2 && k == 5 ? 104 : Math.max(prev, c), lo = !day2 && k == 5 ? 98 : Math.min(prev, c);
                b.add(t, prev, hi, lo, c, 1000);
            }
        }
        BarSeries s = b.build();
        BacktestResult r = TestBars.run(TestBars.signalClose(10_000), new DualThrustStrategy("", 1, 0.5, 0.5, false, Sizing.quantity(10)), s);
        assertThat(TestBars.trades(r, s)).containsExactly(new Trade(15, "BUY", 10, 102.5), new Trade(25, "SELL", 10, 103));
        assertThat(Instant.ofEpochMilli(r.fills().get(1).time())).isEqualTo(Instant.parse("2024-01-03T21:00:00Z"));
    }

    @Test
    void refusesDailyBars() {
        BarSeries daily = TestBars.daily("SPY", 1, 2, 3);
        assertThatThrownBy(() -> TestBars.run(TestBars.signalClose(1_000), new DualThrustStrategy("", 1, 0.5, 0.5, false, Sizing.quantity(1)), daily))
                .isInstanceOf(StrategyException.class)
                .hasMessageContaining("dual-thrust trades within sessions and needs intraday bars; SPY has 1d bars");
    }
}
