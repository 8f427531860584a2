package dev.qforge.strategies.review;

import dev.qforge.backtest.BacktestResult;
import dev.qforge.backtest.order.Fill;
import dev.qforge.data.BarSeries;
import dev.qforge.data.Instrument;
import dev.qforge.data.Timeframe;
import dev.qforge.strategies.TestBars;
import dev.qforge.strategies.TestBars.Trade;
import dev.qforge.strategies.rules.DualThrustStrategy;
import dev.qforge.strategies.rules.Sizing;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;

import static org.assertj.core.api.Assertions.assertThat;

/** Review of dual-thrust: the expected values are worked out by hand in the comments. */
class DualThrustReviewTest {

    /**
     * DualThrustStrategy decides that a bar is the session's last with {@code barClose + timeframe >
     * session.closeMillis(date)}, and TradingSession.closeMillis is always 16:00 New York: NYSE early closes
     * (13:00 on the day after Thanksgiving, 2024-11-29) are unknown, so on a half day no bar is ever "last",
     * no market-on-close is sent and the position is carried over the weekend, breaking the strategy's
     * "flat at every session close".
     *
     * <p>Half-hour SPY bars. 2024-11-27 (full day, 13 bars at 100, one with high 104, low 98): range =
     * max(104 - 100, 100 - 98) = 4, k1 = 0.5 -> upper trigger on 2024-11-29 = 100 + 2 = 102.
     * 2024-11-29 (half day, 7 bars 10:00 .. 13:00): closes 100, 101, 102.5 (bar 15: buy 10 at 102.5 with
     * signal-close fills), then 103. The 13:00 bar (index 19) is the session's last: the strategy must sell 10
     * at its close 103 and be flat after it. 2024-12-02: bars at 103.
     * Actual: nothing is sold on 2024-11-29; the long is closed at 2024-12-02's first bar.
     */
    @Test
    void isFlatAtTheCloseOfAnNyseHalfDay() {
        Instrument spy = Instrument.usEquity("SPY");
        BarSeries.Builder b = BarSeries.builder(spy, Timeframe.M30);
        int[] bars = {13, 7, 4};
        LocalDate[] days = {LocalDate.of(2024, 11, 27), LocalDate.of(2024, 11, 29), LocalDate.of(2024, 12, 2)};
        for (int d = 0; d < 3; d++) {
            for (int k = 1; k <= bars[d]; k++) {
                long t = ZonedDateTime.of(days[d], LocalTime.of(9, 30).plusMinutes(30L * k), Instrument.NEW_YORK).toInstant().toEpochMilli();
                double c, prev;
                if (d == 0) { c = 100; prev = 100; }
                else if (d == 1) { c = k == 1 ? 100 : k == 2 ? 101 : k == 3 ? 102.5 : 103; prev = k <= 2 ? 100 : k == 3 ? 101 : k == 4 ? 102.5 : 103; }
                else { c = 103; prev = 103; }
                double hi = d == 0 && k == 5 ? 104 : Math.max(prev, c), lo = d == 0 && k == 5 ? 98 : Math.min(prev, c);
                b.add(t, prev, hi, lo, c, 1000);
            }
        }
        BarSeries s = b.build();
        BacktestResult r = TestBars.run(TestBars.signalClose(10_000), new DualThrustStrategy("", 1, 0.5, 0.5, false, Sizing.quantity(10)), s);
        assertThat(TestBars.trades(r, s)).containsExactly(new Trade(15, "BUY", 10, 102.5), new Trade(19, "SELL", 10, 103));
        double afterHalfDay = 0;
        for (Fill f : r.fills()) if (s.floorIndex(f.time()) <= 19) afterHalfDay += f.signedQuantity();
        assertThat(afterHalfDay).isZero();
    }
}
