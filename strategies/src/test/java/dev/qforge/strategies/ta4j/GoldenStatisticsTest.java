package dev.qforge.strategies.ta4j;

import dev.qforge.backtest.BacktestConfig;
import dev.qforge.backtest.BacktestEngine;
import dev.qforge.backtest.BacktestResult;
import dev.qforge.backtest.metrics.MetricsConfig;
import dev.qforge.backtest.metrics.PerformanceMetrics;
import dev.qforge.backtest.model.BpsCommission;
import dev.qforge.backtest.model.ExecutionModel;
import dev.qforge.backtest.model.FillTiming;
import dev.qforge.data.BarSeries;
import dev.qforge.data.MarketData;
import dev.qforge.strategies.StrategyRegistry;
import org.junit.jupiter.api.Test;
import org.ta4j.core.TradingRecord;
import org.ta4j.core.analysis.cost.LinearTransactionCostModel;
import org.ta4j.core.analysis.cost.ZeroCostModel;
import org.ta4j.core.backtest.BarSeriesManager;
import org.ta4j.core.backtest.TradeOnCurrentCloseModel;
import org.ta4j.core.backtest.TradeOnNextOpenModel;
import org.ta4j.core.num.DoubleNumFactory;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Golden statistics of three whole backtests on the bundled AAPL 2013 daily bars, LEAN's
 * {@code ExpectedStatistics} style. Each expected figure was computed outside the engine, from ta4j's
 * trades (its {@code BarSeriesManager}) or by hand for buy-and-hold, with the equity curve, Sharpe and
 * drawdown worked out in this test by their formulas ({@link #independent}); the numbers that
 * computation gave are pinned below, so a change to either side shows.
 */
class GoldenStatisticsTest {

    private static final BarSeries AAPL = MarketData.load("aapl-2013-daily", null, null).series();
    private static final double CASH = 100_000;

    /** Trades as (bar index, signed quantity, price, commission). */
    private record T(int bar, double qty, double price, double fee) {
    }

    private record Stats(int trades, double finalEquity, double totalReturn, double sharpe, double maxDrawdown, double fees) {
    }

    @Test
    void smaCross10_30AtTheSignalCloseWithoutCosts() {
        Stats expected = new Stats(3, 100_386.10, 0.003_861_0, 0.466_149_2, 0.007_051_0, 0);
        org.ta4j.core.BarSeries ts = Ta4jBars.of(AAPL, DoubleNumFactory.getInstance());
        TradingRecord rec = new BarSeriesManager(ts, new ZeroCostModel(), new ZeroCostModel(), new TradeOnCurrentCloseModel())
                .run(Ta4jReference.smaCross(ts, 10, 30), org.ta4j.core.Trade.TradeType.BUY, ts.numFactory().numOf(10));
        Stats independent = independent(trades(rec), rec.getPositionCount());
        check(independent, expected);
        BacktestResult r = new BacktestEngine(BacktestConfig.defaults().withExecution(ExecutionModel.defaults().withTiming(FillTiming.SIGNAL_CLOSE)))
                .run(List.of(AAPL), StrategyRegistry.builtIns().create("sma-cross", List.of("fast=10", "slow=30", "quantity=10")));
        check(engine(r), expected);
    }

    @Test
    void emaCross12_26AtTheNextOpenWithTenBpsCommission() {
        Stats expected = new Stats(3, 100_279.04, 0.002_790_4, 0.332_015_2, 0.007_737_4, 31.46);
        org.ta4j.core.BarSeries ts = Ta4jBars.of(AAPL, DoubleNumFactory.getInstance());
        TradingRecord rec = new BarSeriesManager(ts, new LinearTransactionCostModel(0.001), new ZeroCostModel(), new TradeOnNextOpenModel())
                .run(Ta4jReference.emaCross(ts, 12, 26), org.ta4j.core.Trade.TradeType.BUY, ts.numFactory().numOf(10));
        Stats independent = independent(trades(rec), rec.getPositionCount());
        check(independent, expected);
        BacktestResult r = new BacktestEngine(BacktestConfig.defaults().withExecution(ExecutionModel.defaults()
                .withCommission(new BpsCommission(10, 10, 0))))
                .run(List.of(AAPL), StrategyRegistry.builtIns().create("ema-cross", List.of("fast=12", "slow=26", "quantity=10")));
        check(engine(r), expected);
    }

    @Test
    void buyAndHoldAllInAtTheNextOpenWithQlibCosts() {
        Stats expected = new Stats(0, 102_341.62, 0.023_416_2, 0.225_495_4, 0.286_875_6, 49.86);
        // by hand: the strategy sizes on the first close, floor(100,000 / close0) shares, bought at the second
        // bar's open with 5 bps (minimum 5) commission, and holds to the end
        double qty = Math.floor(CASH / AAPL.close(0));
        double fee = Math.max(5, qty * AAPL.open(1) * 5e-4);
        Stats independent = independent(List.of(new T(1, qty, AAPL.open(1), fee)), 0);
        check(independent, expected);
        BacktestResult r = new BacktestEngine(BacktestConfig.defaults().withExecution(ExecutionModel.defaults()
                .withCommission(new BpsCommission(5, 15, 5))))
                .run(List.of(AAPL), StrategyRegistry.builtIns().create("buy-and-hold", List.of()));
        check(engine(r), expected);
    }

    private static List<T> trades(TradingRecord rec) {
        return rec.getTrades().stream().map(t -> new T(t.getIndex(), (t.isBuy() ? 1 : -1) * t.getAmount().doubleValue(),
                t.getPricePerAsset().doubleValue(), t.getCost().doubleValue())).toList();
    }

    /**
     * The equity curve from the trades alone (cash moves at each trade, the position is marked at every
     * close), then the statistics by their formulas: Sharpe from daily simple returns (sample standard
     * deviation, 252 periods, no risk-free rate), drawdown from the running peak of the curve.
     */
    private static Stats independent(List<T> trades, int closedTrades) {
        double cash = CASH, pos = 0, fees = 0;
        double[] eq = new double[AAPL.size()];
        int k = 0;
        for (int i = 0; i < AAPL.size(); i++) {
            while (k < trades.size() && trades.get(k).bar() == i) {
                T t = trades.get(k++);
                cash -= t.qty() * t.price() + t.fee();
                pos += t.qty();
                fees += t.fee();
            }
            eq[i] = cash + pos * AAPL.close(i);
        }
        int n = eq.length - 1;
        double[] r = new double[n];
        double mean = 0;
        for (int i = 0; i < n; i++) {
            r[i] = eq[i + 1] / eq[i] - 1;
            mean += r[i] / n;
        }
        double var = 0;
        for (double x : r) var += (x - mean) * (x - mean) / (n - 1);
        double peak = eq[0], mdd = 0;
        for (double e : eq) {
            peak = Math.max(peak, e);
            mdd = Math.max(mdd, 1 - e / peak);
        }
        double fin = eq[eq.length - 1];
        return new Stats(closedTrades, fin, fin / CASH - 1, mean / Math.sqrt(var) * Math.sqrt(252), mdd, fees);
    }

    private static Stats engine(BacktestResult r) {
        PerformanceMetrics m = r.metrics(null, MetricsConfig.defaults().withZone(AAPL.instrument().exchangeZone()));
        return new Stats(m.trades(), m.finalEquity(), m.totalReturn(), m.sharpe(), m.maxDrawdown(), m.fees());
    }

    private static void check(Stats actual, Stats expected) {
        assertThat(actual.trades()).isEqualTo(expected.trades());
        // pinned to the printed precision (cents, 7 decimals)
        assertThat(actual.finalEquity()).isCloseTo(expected.finalEquity(), within(0.005));
        assertThat(actual.totalReturn()).isCloseTo(expected.totalReturn(), within(5e-8));
        assertThat(actual.sharpe()).isCloseTo(expected.sharpe(), within(5e-8));
        assertThat(actual.maxDrawdown()).isCloseTo(expected.maxDrawdown(), within(5e-8));
        assertThat(actual.fees()).isCloseTo(expected.fees(), within(0.005));
    }
}
