package dev.qforge.strategies.rules;

import dev.qforge.backtest.BacktestConfig;
import dev.qforge.backtest.BacktestResult;
import dev.qforge.data.BarSeries;
import dev.qforge.strategies.TestBars;
import dev.qforge.strategies.TestBars.Trade;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BuyAndHoldStrategyTest {

    @Test
    void buysOnceAtTheStartAndHolds() {
        // half of 10,000 at the first close of 20: 250 shares; with next-open fills they fill at bar 1's open, 20
        BarSeries s = TestBars.daily("BH", 20, 21, 22, 19, 25);
        BacktestResult r = TestBars.run(BacktestConfig.defaults().withCash(10_000), new BuyAndHoldStrategy("", Sizing.fraction(0.5)), s);
        assertThat(TestBars.trades(r, s)).containsExactly(new Trade(1, "BUY", 250, 20));
        assertThat(r.finalEquity()).isEqualTo(10_000 + 250 * (25 - 20));
    }

    @Test
    void tradesTheNamedSymbol() {
        BarSeries a = TestBars.daily("A", 10, 11);
        BarSeries b = TestBars.daily("B", 50, 55);
        BacktestResult r = TestBars.run(TestBars.signalClose(1_000), new BuyAndHoldStrategy("B", Sizing.quantity(3)), a, b);
        assertThat(r.fills()).singleElement().satisfies(f -> {
            assertThat(f.symbol()).isEqualTo("B");
            assertThat(f.quantity()).isEqualTo(3);
            assertThat(f.price()).isEqualTo(50);
        });
    }
}
