package dev.qforge.strategies.rules;

import dev.qforge.backtest.BacktestResult;
import dev.qforge.data.BarSeries;
import dev.qforge.strategies.TestBars;
import dev.qforge.strategies.TestBars.Trade;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bands over 3 closes, k = 1, population standard deviation, worked out by hand:
 * <pre>
 * i  close  window       middle   sigma    lower   upper
 * 2  10     10 10 10     10       0        10      10
 * 3  13     10 10 13     11       1.4142   9.586   12.414
 * 4  12     10 13 12     11.667   1.2472   10.420  12.914
 * 5   9     13 12  9     11.333   1.6997   9.634   13.033
 * 6  10     12  9 10     10.333   1.2472   9.086   11.580
 * 7  12      9 10 12     10.333   1.2472   9.086   11.580
 * </pre>
 */
class BollingerStrategyTest {

    static final BarSeries SERIES = TestBars.daily("BB", 10, 10, 10, 13, 12, 9, 10, 12);

    @Test
    void breakoutBuysAboveTheUpperBandAndSellsBelowTheMiddle() {
        // bar 3: 13 > 12.414 buy; bar 4: 12 > 11.667 hold; bar 5: 9 < 11.333 sell; bar 7: 12 > 11.580 buy
        BacktestResult r = TestBars.run(TestBars.signalClose(1_000), new BollingerStrategy("", 3, 1, BollingerStrategy.Mode.BREAKOUT,
                Sizing.quantity(1)), SERIES);
        assertThat(TestBars.trades(r, SERIES)).containsExactly(
                new Trade(3, "BUY", 1, 13), new Trade(5, "SELL", 1, 9), new Trade(7, "BUY", 1, 12));
    }

    @Test
    void reversionBuysBelowTheLowerBandAndSellsAboveTheMiddle() {
        // bar 2: 10 is not below 10; bar 5: 9 < 9.634 buy; bar 6: 10 < 10.333 hold; bar 7: 12 > 10.333 sell
        BacktestResult r = TestBars.run(TestBars.signalClose(1_000), new BollingerStrategy("", 3, 1, BollingerStrategy.Mode.REVERSION,
                Sizing.quantity(1)), SERIES);
        assertThat(TestBars.trades(r, SERIES)).containsExactly(new Trade(5, "BUY", 1, 9), new Trade(7, "SELL", 1, 12));
    }
}
