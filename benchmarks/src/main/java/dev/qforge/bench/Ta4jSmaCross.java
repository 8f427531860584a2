package dev.qforge.bench;

import dev.qforge.strategies.ta4j.Ta4jBars;
import org.ta4j.core.BarSeries;
import org.ta4j.core.BaseStrategy;
import org.ta4j.core.Position;
import org.ta4j.core.Strategy;
import org.ta4j.core.Trade;
import org.ta4j.core.TradingRecord;
import org.ta4j.core.analysis.cost.ZeroCostModel;
import org.ta4j.core.backtest.BarSeriesManager;
import org.ta4j.core.backtest.TradeOnCurrentCloseModel;
import org.ta4j.core.indicators.averages.SMAIndicator;
import org.ta4j.core.indicators.helpers.ClosePriceIndicator;
import org.ta4j.core.num.DoubleNumFactory;
import org.ta4j.core.rules.CrossedDownIndicatorRule;
import org.ta4j.core.rules.CrossedUpIndicatorRule;

/**
 * The ta4j peer of {@code sma-cross}: ta4j 0.21's own loop ({@link BarSeriesManager} with
 * {@link TradeOnCurrentCloseModel} and {@link ZeroCostModel}s) running {@code CrossedUp/DownIndicatorRule} over
 * {@link SMAIndicator}s of the {@link ClosePriceIndicator}, unstable period {@code slow}, buying {@code quantity}
 * units per entry: the reference of qforge's parity test. The ta4j series (DoubleNum) is built once by
 * {@link #series}; {@link #run} builds fresh indicators (ta4j caches indicator values inside them, so reusing them
 * would skip the work being measured) and runs the loop.
 */
public final class Ta4jSmaCross {

    /** ta4j's outcome: trades (entries and exits, the open position's entry included) and the closed positions' profit. */
    public record Outcome(int trades, double realizedPnl) {
    }

    private Ta4jSmaCross() {
    }

    /** A ta4j copy of the series with {@code DoubleNum} prices (the very same doubles). */
    public static BarSeries series(dev.qforge.data.BarSeries s) {
        return Ta4jBars.of(s, DoubleNumFactory.getInstance());
    }

    public static Outcome run(BarSeries series, int fast, int slow, double quantity) {
        ClosePriceIndicator close = new ClosePriceIndicator(series);
        SMAIndicator f = new SMAIndicator(close, fast);
        SMAIndicator s = new SMAIndicator(close, slow);
        Strategy strategy = new BaseStrategy("sma-cross", new CrossedUpIndicatorRule(f, s), new CrossedDownIndicatorRule(f, s), slow);
        BarSeriesManager manager = new BarSeriesManager(series, new ZeroCostModel(), new ZeroCostModel(), new TradeOnCurrentCloseModel());
        TradingRecord record = manager.run(strategy, Trade.TradeType.BUY, series.numFactory().numOf(quantity));
        double pnl = 0;
        for (Position p : record.getPositions()) pnl += p.getProfit().doubleValue();
        return new Outcome(record.getTrades().size(), pnl);
    }
}
