package dev.qforge.strategies.ta4j;

import dev.qforge.strategies.TestBars.Trade;
import org.ta4j.core.BarSeries;
import org.ta4j.core.BaseStrategy;
import org.ta4j.core.Position;
import org.ta4j.core.Strategy;
import org.ta4j.core.TradingRecord;
import org.ta4j.core.analysis.cost.ZeroCostModel;
import org.ta4j.core.backtest.BarSeriesManager;
import org.ta4j.core.backtest.TradeOnCurrentCloseModel;
import org.ta4j.core.backtest.TradeOnNextOpenModel;
import org.ta4j.core.indicators.MACDIndicator;
import org.ta4j.core.indicators.averages.EMAIndicator;
import org.ta4j.core.indicators.averages.SMAIndicator;
import org.ta4j.core.indicators.helpers.ClosePriceIndicator;
import org.ta4j.core.rules.CrossedDownIndicatorRule;
import org.ta4j.core.rules.CrossedUpIndicatorRule;

import java.util.ArrayList;
import java.util.List;

/** ta4j's own strategies and backtest loop, the reference the qforge strategies are compared with. */
final class Ta4jReference {

    private Ta4jReference() {
    }

    /** SMA(fast) crossing SMA(slow) on closes, with unstable period {@code slow}. */
    static Strategy smaCross(BarSeries s, int fast, int slow) {
        ClosePriceIndicator close = new ClosePriceIndicator(s);
        SMAIndicator f = new SMAIndicator(close, fast);
        SMAIndicator sl = new SMAIndicator(close, slow);
        return new BaseStrategy("sma-cross", new CrossedUpIndicatorRule(f, sl), new CrossedDownIndicatorRule(f, sl), slow);
    }

    /** EMA(fast) crossing EMA(slow) on closes, with unstable period {@code slow}. */
    static Strategy emaCross(BarSeries s, int fast, int slow) {
        ClosePriceIndicator close = new ClosePriceIndicator(s);
        EMAIndicator f = new EMAIndicator(close, fast);
        EMAIndicator sl = new EMAIndicator(close, slow);
        return new BaseStrategy("ema-cross", new CrossedUpIndicatorRule(f, sl), new CrossedDownIndicatorRule(f, sl), slow);
    }

    /** MACD crossing its signal line, with unstable period {@code slow}. */
    static Strategy macd(BarSeries s, int fast, int slow, int signal) {
        MACDIndicator macd = new MACDIndicator(new ClosePriceIndicator(s), fast, slow);
        EMAIndicator line = macd.getSignalLine(signal);
        return new BaseStrategy("macd", new CrossedUpIndicatorRule(macd, line), new CrossedDownIndicatorRule(macd, line), slow);
    }

    /** ta4j's backtest: fills at the signal bar's close, no costs, {@code amount} units per trade. */
    static TradingRecord run(BarSeries s, Strategy strategy, double amount) {
        BarSeriesManager m = new BarSeriesManager(s, new ZeroCostModel(), new ZeroCostModel(), new TradeOnCurrentCloseModel());
        return m.run(strategy, org.ta4j.core.Trade.TradeType.BUY, s.numFactory().numOf(amount));
    }

    /** ta4j's backtest with fills at the next bar's open ({@code TradeOnNextOpenModel}), no costs. */
    static TradingRecord runNextOpen(BarSeries s, Strategy strategy, double amount) {
        BarSeriesManager m = new BarSeriesManager(s, new ZeroCostModel(), new ZeroCostModel(), new TradeOnNextOpenModel());
        return m.run(strategy, org.ta4j.core.Trade.TradeType.BUY, s.numFactory().numOf(amount));
    }

    /** The record's trades in the tests' form (entries BUY, exits SELL), the open position's entry included. */
    static List<Trade> trades(TradingRecord r) {
        List<Trade> out = new ArrayList<>();
        for (org.ta4j.core.Trade t : r.getTrades()) {
            out.add(new Trade(t.getIndex(), t.isBuy() ? "BUY" : "SELL", t.getAmount().doubleValue(), t.getPricePerAsset().doubleValue()));
        }
        return out;
    }

    /** Profit of the closed positions. */
    static double realizedPnl(TradingRecord r) {
        double sum = 0;
        for (Position p : r.getPositions()) sum += p.getProfit().doubleValue();
        return sum;
    }
}
