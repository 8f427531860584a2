package dev.qforge.strategies;

import dev.qforge.backtest.BacktestConfig;
import dev.qforge.backtest.BacktestEngine;
import dev.qforge.backtest.BacktestResult;
import dev.qforge.backtest.Strategy;
import dev.qforge.backtest.model.ExecutionModel;
import dev.qforge.backtest.model.FillTiming;
import dev.qforge.backtest.order.Fill;
import dev.qforge.data.BarSeries;
import dev.qforge.data.Instrument;
import dev.qforge.data.Timeframe;
import dev.qforge.data.TradingSession;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Small hand-written series and a one-line backtest for the strategies' tests. */
public final class TestBars {

    private TestBars() {
    }

    /**
     * Daily bars of a US equity on consecutive NYSE trading days from 2024-01-02, stamped at the 16:00 close.
     * Open = previous close (the first bar opens at its close), high/low = max/min of open and close.
     */
    public static BarSeries daily(String symbol, double... closes) {
        Instrument ins = Instrument.usEquity(symbol);
        TradingSession s = ins.session();
        LocalDate d = LocalDate.of(2024, 1, 2);
        BarSeries.Builder b = BarSeries.builder(ins, Timeframe.D1);
        double prev = closes[0];
        for (double c : closes) {
            b.add(s.closeMillis(d), prev, Math.max(prev, c), Math.min(prev, c), c, 1_000_000);
            prev = c;
            d = s.nextTradingDay(d);
        }
        return b.build();
    }

    /** No costs, fills at the signal bar's close, as ta4j's TradeOnCurrentCloseModel. */
    public static BacktestConfig signalClose(double cash) {
        return BacktestConfig.defaults().withCash(cash).withExecution(ExecutionModel.defaults().withTiming(FillTiming.SIGNAL_CLOSE));
    }

    public static BacktestResult run(BacktestConfig config, Strategy strategy, BarSeries... data) {
        return new BacktestEngine(config).run(List.of(data), strategy);
    }

    /** One executed trade as the tests compare them: bar index in the series, side, quantity and price. */
    public record Trade(int index, String side, double quantity, double price) {
    }

    /** The fills of a run as trades of one series (index = the bar whose close time the fill carries). */
    public static List<Trade> trades(BacktestResult r, BarSeries s) {
        List<Trade> out = new ArrayList<>();
        for (Fill f : r.fills()) {
            if (!f.symbol().equals(s.symbol())) continue;
            int i = s.floorIndex(f.time());
            out.add(new Trade(i, f.side().name(), f.quantity(), f.price()));
        }
        return out;
    }
}
