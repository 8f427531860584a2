package dev.qforge.strategies.rules;

import dev.qforge.backtest.BacktestResult;
import dev.qforge.data.BarSeries;
import dev.qforge.strategies.TestBars;
import dev.qforge.strategies.TestBars.Trade;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** sma-cross on series whose averages are worked out by hand in the comments. */
class SmaCrossStrategyTest {

    /*
     * i  close  SMA2   SMA3    side
     * 0  20     20     20      tie
     * 1  19     19.5   19.5    tie (both average the two bars there are)
     * 2  18     18.5   19      below
     * 3  17     17.5   18      below   (first bar acted on: slow = 3)
     * 4  16     16.5   17      below
     * 5  17     16.5   16.667  below
     * 6  18     17.5   17      above  -> crossed up: buy at 18
     * 7  19     18.5   18      above
     * 8  18     18.5   18.333  above
     * 9  17     17.5   18      below  -> crossed down: sell at 17
     * 10 16     16.5   17      below
     * 11 15     15.5   16      below
     * 12 17     16     16      tie    -> touching is not crossing; the side stays "below"
     * 13 18     17.5   16.667  above  -> crossed up (last differing bar, 11, was below): buy at 18
     * 14 19     18.5   18      above
     */
    static final BarSeries SERIES = TestBars.daily("TEST", 20, 19, 18, 17, 16, 17, 18, 19, 18, 17, 16, 15, 17, 18, 19);

    @Test
    void tradesAtTheHandComputedCrossings() {
        BacktestResult r = TestBars.run(TestBars.signalClose(10_000), new SmaCrossStrategy("", 2, 3, Sizing.quantity(10)), SERIES);
        assertThat(TestBars.trades(r, SERIES)).containsExactly(
                new Trade(6, "BUY", 10, 18), new Trade(9, "SELL", 10, 17), new Trade(13, "BUY", 10, 18));
        assertThat(r.positions().get(0).realizedPnl()).isEqualTo(-10.0);
        assertThat(r.positions().get(0).quantity()).isEqualTo(10);
    }

    @Test
    void aCrossBeforeBarSlowIsNotTraded() {
        // fast=1, slow=3: bar 1: 9 < 9.5 (below); bar 2: 11 > 10 crosses up, but bar 2 < slow; bar 3: 12 > 10.667, no cross
        BarSeries s = TestBars.daily("TEST", 10, 9, 11, 12);
        BacktestResult r = TestBars.run(TestBars.signalClose(10_000), new SmaCrossStrategy("", 1, 3, Sizing.quantity(1)), s);
        assertThat(r.fills()).isEmpty();
    }

    @Test
    void fractionSizingSpendsThatShareOfEquity() {
        // at bar 6 equity is 10,000 (nothing held yet), close 18: 0.5 * 10,000 / 18 = 277.8 -> 277 shares
        BacktestResult r = TestBars.run(TestBars.signalClose(10_000), new SmaCrossStrategy("", 2, 3, Sizing.fraction(0.5)), SERIES);
        assertThat(TestBars.trades(r, SERIES).get(0)).isEqualTo(new Trade(6, "BUY", 277, 18));
    }

    @Test
    void withNextOpenFillsTheOrderFillsAtTheFollowingOpen() {
        // default execution: decided at bar 6's close, filled at bar 7's open, which TestBars sets to bar 6's close
        BacktestResult r = TestBars.run(dev.qforge.backtest.BacktestConfig.defaults(), new SmaCrossStrategy("", 2, 3, Sizing.quantity(10)), SERIES);
        assertThat(TestBars.trades(r, SERIES)).containsExactly(
                new Trade(7, "BUY", 10, 18), new Trade(10, "SELL", 10, 17), new Trade(14, "BUY", 10, 18));
    }

    @Test
    void crossStateFollowsTheLastDifferingBar() {
        CrossState c = new CrossState();
        assertThat(c.update(1, 1)).isZero();      // no side yet
        assertThat(c.update(2, 1)).isZero();      // first divergence is not a cross
        assertThat(c.update(1, 1)).isZero();      // touch
        assertThat(c.update(0, 1)).isEqualTo(-1); // through: crossed below
        assertThat(c.update(Double.NaN, 1)).isZero();
        assertThat(c.update(2, 1)).isEqualTo(1);
    }
}
