package dev.qforge.strategies.rules;

import dev.qforge.backtest.BacktestResult;
import dev.qforge.data.BarSeries;
import dev.qforge.data.MarketData;
import dev.qforge.strategies.TestBars;
import dev.qforge.strategies.TestBars.Trade;
import dev.qforge.strategies.ta4j.Ta4jBars;
import org.junit.jupiter.api.Test;
import org.ta4j.core.indicators.RSIIndicator;
import org.ta4j.core.indicators.helpers.ClosePriceIndicator;
import org.ta4j.core.num.DoubleNumFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class RsiReversionStrategyTest {

    /** The 33 closes of the classic 14-day RSI worked example (StockCharts' RSI article, after Wilder). */
    static final double[] CLOSES = {44.34, 44.09, 44.15, 43.61, 44.33, 44.83, 45.10, 45.42, 45.84, 46.08, 45.89, 46.03, 45.61,
            46.28, 46.28, 46.00, 46.03, 46.41, 46.22, 45.64, 46.21, 46.25, 45.71, 46.45, 45.78, 45.35, 44.03, 44.18, 44.22,
            44.57, 43.42, 42.66, 43.13};

    /*
     * RSI(14) from bar 14 on, to 2 decimals. By hand for the first two: the 14 changes up to bar 14 gain 3.34 and
     * lose 1.40 in all, so avgGain 0.238571, avgLoss 0.1, RS 2.385714, RSI 70.46; bar 15 falls 0.28:
     * avgGain 0.238571*13/14 = 0.221531, avgLoss (1.3 + 0.28)/14 = 0.112857, RSI 66.25. The rest from an
     * independent Python script of the same definition. (StockCharts prints 70.53, 66.32, ... because its sheet
     * uses closes with more decimals than it shows.)
     */
    static final double[] RSI = {70.46, 66.25, 66.48, 69.35, 66.29, 57.92, 62.88, 63.21, 56.01, 62.34, 54.67, 50.39, 40.02,
            41.49, 41.90, 45.50, 37.32, 33.09, 37.79};

    @Test
    void wilderRsiMatchesTheWorkedExample() {
        WilderRsi rsi = new WilderRsi(14);
        for (int i = 0; i < CLOSES.length; i++) {
            double v = rsi.update(CLOSES[i]);
            if (i < 14) assertThat(v).as("bar %d", i).isNaN();
            else assertThat(v).as("bar %d", i).isCloseTo(RSI[i - 14], within(0.005));
        }
    }

    @Test
    void flatAndRisingMarkets() {
        WilderRsi flat = new WilderRsi(2);
        WilderRsi up = new WilderRsi(2);
        for (int i = 0; i < 5; i++) {
            flat.update(10);
            up.update(10 + i);
        }
        assertThat(flat.value()).isEqualTo(50);
        assertThat(up.value()).isEqualTo(100);
    }

    @Test
    void convergesToTa4jsRsiOnAppleDaily() {
        // ta4j seeds its averages differently (not with the first 14-bar mean); the seed's weight decays as (13/14)^k,
        // below 1e-7 after 230 bars, so the last bars of 2013 must agree
        BarSeries aapl = MarketData.load("aapl-2013-daily", null, null).series();
        RSIIndicator ta4j = new RSIIndicator(new ClosePriceIndicator(Ta4jBars.of(aapl, DoubleNumFactory.getInstance())), 14);
        WilderRsi rsi = new WilderRsi(14);
        for (int i = 0; i < aapl.size(); i++) {
            double v = rsi.update(aapl.close(i));
            if (i >= 240) assertThat(v).as("bar %d", i).isCloseTo(ta4j.getValue(i).doubleValue(), within(1e-5));
        }
    }

    @Test
    void buysBelowLowerAndSellsAboveUpper() {
        // lower 40.5: first RSI below it is 40.02 at bar 26 (close 44.03); upper 45: first RSI above it while long is
        // 45.50 at bar 29 (close 44.57); then 37.32 at bar 30 (close 43.42) buys again
        BarSeries s = TestBars.daily("RSI", CLOSES);
        BacktestResult r = TestBars.run(TestBars.signalClose(10_000), new RsiReversionStrategy("", 14, 40.5, 45, Sizing.quantity(100)), s);
        assertThat(TestBars.trades(r, s)).containsExactly(
                new Trade(26, "BUY", 100, 44.03), new Trade(29, "SELL", 100, 44.57), new Trade(30, "BUY", 100, 43.42));
    }
}
