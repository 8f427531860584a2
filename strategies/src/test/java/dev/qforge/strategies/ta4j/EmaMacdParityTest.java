package dev.qforge.strategies.ta4j;

import dev.qforge.backtest.BacktestResult;
import dev.qforge.backtest.Strategy;
import dev.qforge.data.BarSeries;
import dev.qforge.data.MarketData;
import dev.qforge.strategies.TestBars;
import dev.qforge.strategies.TestBars.Trade;
import dev.qforge.strategies.rules.EmaCrossStrategy;
import dev.qforge.strategies.rules.MacdStrategy;
import dev.qforge.strategies.rules.Sizing;
import org.junit.jupiter.api.Test;
import org.ta4j.core.TradingRecord;
import org.ta4j.core.num.DoubleNumFactory;

import java.util.List;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * ema-cross and macd against ta4j's {@code EMAIndicator}/{@code MACDIndicator} with crossed-up/down rules (unstable
 * period {@code slow}) in {@code BarSeriesManager}, fills at the signal bar's close: the same trades.
 */
class EmaMacdParityTest {

    static void same(BarSeries data, Strategy qforge, Function<org.ta4j.core.BarSeries, org.ta4j.core.Strategy> reference) {
        org.ta4j.core.BarSeries ts = Ta4jBars.of(data, DoubleNumFactory.getInstance());
        TradingRecord record = Ta4jReference.run(ts, reference.apply(ts), 10);
        List<Trade> expected = Ta4jReference.trades(record);
        assertThat(expected).hasSizeGreaterThan(2);
        BacktestResult r = TestBars.run(TestBars.signalClose(1e7), qforge, data);
        assertThat(TestBars.trades(r, data)).containsExactlyElementsOf(expected);
        assertThat(r.positions().get(0).realizedPnl()).isCloseTo(Ta4jReference.realizedPnl(record), within(1e-6));
    }

    static BarSeries aapl() {
        return MarketData.load("aapl-2013-daily", null, null).series();
    }

    static BarSeries synthetic() {
        return SmaCrossParityTest.onGrid(SmaCrossParityTest.synthetic(SmaCrossParityTest.BINARY_GRID), SmaCrossParityTest.BINARY_GRID);
    }

    @Test
    void emaCrossMatchesTa4j() {
        same(aapl(), new EmaCrossStrategy("", 5, 20, Sizing.quantity(10)), s -> Ta4jReference.emaCross(s, 5, 20));
        same(synthetic(), new EmaCrossStrategy("", 12, 26, Sizing.quantity(10)), s -> Ta4jReference.emaCross(s, 12, 26));
    }

    @Test
    void macdMatchesTa4j() {
        same(aapl(), new MacdStrategy("", 12, 26, 9, Sizing.quantity(10)), s -> Ta4jReference.macd(s, 12, 26, 9));
        same(synthetic(), new MacdStrategy("", 12, 26, 9, Sizing.quantity(10)), s -> Ta4jReference.macd(s, 12, 26, 9));
    }

    @Test
    void adapterWithNextOpenFillsMatchesTa4jsNextOpenModel() {
        // qforge's default timing against ta4j's TradeOnNextOpenModel: trades at the bar after the signal, at its open
        for (BarSeries data : List.of(aapl(), synthetic())) {
            org.ta4j.core.BarSeries ts = Ta4jBars.of(data, DoubleNumFactory.getInstance());
            TradingRecord record = Ta4jReference.runNextOpen(ts, Ta4jReference.smaCross(ts, 10, 30), 10);
            BacktestResult r = TestBars.run(dev.qforge.backtest.BacktestConfig.defaults().withCash(1e7),
                    new Ta4jStrategyAdapter("", s -> Ta4jReference.smaCross(s, 10, 30), Sizing.quantity(10)), data);
            assertThat(TestBars.trades(r, data)).containsExactlyElementsOf(Ta4jReference.trades(record));
            assertThat(r.positions().get(0).realizedPnl()).isCloseTo(Ta4jReference.realizedPnl(record), within(1e-6));
        }
    }

    @Test
    void adapterRunsTa4jMacdInsideTheEngine() {
        BarSeries data = aapl();
        org.ta4j.core.BarSeries ts = Ta4jBars.of(data, DoubleNumFactory.getInstance());
        List<Trade> expected = Ta4jReference.trades(Ta4jReference.run(ts, Ta4jReference.macd(ts, 12, 26, 9), 10));
        BacktestResult r = TestBars.run(TestBars.signalClose(1e7),
                new Ta4jStrategyAdapter("AAPL", s -> Ta4jReference.macd(s, 12, 26, 9), Sizing.quantity(10)), data);
        assertThat(TestBars.trades(r, data)).containsExactlyElementsOf(expected);
    }
}
