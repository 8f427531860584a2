package dev.qforge.strategies.ta4j;

import dev.qforge.backtest.BacktestResult;
import dev.qforge.backtest.Strategy;
import dev.qforge.backtest.model.Lots;
import dev.qforge.data.AssetClass;
import dev.qforge.data.BarSeries;
import dev.qforge.data.Instrument;
import dev.qforge.data.MarketData;
import dev.qforge.data.Timeframe;
import dev.qforge.data.synth.GbmGenerator;
import dev.qforge.strategies.StrategyRegistry;
import dev.qforge.strategies.TestBars;
import dev.qforge.strategies.TestBars.Trade;
import dev.qforge.strategies.rules.Sizing;
import dev.qforge.strategies.rules.SmaCrossStrategy;
import org.junit.jupiter.api.Test;
import org.ta4j.core.TradingRecord;
import org.ta4j.core.num.DoubleNumFactory;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The central check: SMA(10/30), 10 shares, fills at the signal bar's close and no costs give exactly ta4j's
 * trades and realized profit, ta4j running its own rules ({@code CrossedUp/DownIndicatorRule} over
 * {@code SMAIndicator}s of {@code ClosePriceIndicator}, unstable period 30) in its own loop
 * ({@code BarSeriesManager} with {@code TradeOnCurrentCloseModel} and zero cost models). Both qforge's hand-written
 * sma-cross and the ta4j adapter running ta4j's strategy inside the qforge engine are compared.
 */
class SmaCrossParityTest {

    static final int FAST = 10, SLOW = 30;
    static final double SHARES = 10;

    /** Numbers of this parity, printed for the record. */
    record Outcome(int trades, double realizedPnl) {
    }

    static Outcome checkParity(BarSeries data) {
        org.ta4j.core.BarSeries ts = Ta4jBars.of(data, DoubleNumFactory.getInstance());
        TradingRecord reference = Ta4jReference.run(ts, Ta4jReference.smaCross(ts, FAST, SLOW), SHARES);
        List<Trade> expected = Ta4jReference.trades(reference);
        double expectedPnl = Ta4jReference.realizedPnl(reference);
        assertThat(expected).as("ta4j trades something on this data").hasSizeGreaterThan(4);

        Strategy own = new SmaCrossStrategy("", FAST, SLOW, Sizing.quantity(SHARES));
        Strategy fromRegistry = StrategyRegistry.builtIns().create("sma-cross", List.of("fast=10", "slow=30", "quantity=10"));
        Ta4jStrategyAdapter adapter = new Ta4jStrategyAdapter("", s -> Ta4jReference.smaCross(s, FAST, SLOW), Sizing.quantity(SHARES));
        for (Strategy s : List.of(own, fromRegistry, adapter)) {
            BacktestResult r = TestBars.run(TestBars.signalClose(1e7), s, data);
            assertThat(TestBars.trades(r, data)).as(s.getClass().getSimpleName()).containsExactlyElementsOf(expected);
            assertThat(r.positions().get(0).realizedPnl()).as("realized PnL of " + s.getClass().getSimpleName())
                    .isCloseTo(expectedPnl, within(1e-6));
        }
        // the adapter's own ta4j record books the same trades as ta4j's loop
        assertThat(Ta4jReference.trades(adapter.tradingRecord())).containsExactlyElementsOf(expected);
        int closed = reference.getPositions().size();
        System.out.printf("sma-cross 10/30 parity on %s: %d trades (%d round trips), realized PnL %.4f%n", data, expected.size(),
                closed, expectedPnl);
        return new Outcome(expected.size(), expectedPnl);
    }

    @Test
    void sameTradesAsTa4jOnAppleDaily2013() {
        BarSeries aapl = MarketData.load("aapl-2013-daily", null, null).series();
        assertThat(aapl.size()).isEqualTo(252);
        checkParity(aapl);
    }

    /**
     * 100,000 five-minute GBM bars on a price grid of 2^-16. The venue rounds fill prices to the instrument's tick
     * while ta4j trades at the raw close, so prices must lie on a tick grid; a binary grid also makes every running
     * sum of 30 prices exact in doubles, so both implementations compute bit-identical averages however they order
     * the additions, and exact ties between the averages are judged alike (see the cent-grid test for what
     * happens otherwise).
     */
    @Test
    void sameTradesAsTa4jOnHundredThousandSyntheticBars() {
        checkParity(onGrid(synthetic(BINARY_GRID), BINARY_GRID));
    }

    static final double BINARY_GRID = 1.0 / 65536;

    static BarSeries synthetic(double tick) {
        Instrument syn = new Instrument("SYN", AssetClass.EQUITY, "USD", Instrument.NEW_YORK, tick, 1, 1);
        return GbmGenerator.of(0.05, 0.3).generate(syn, Timeframe.M5, LocalDate.of(2020, 1, 2), 100_000, 100, 42);
    }

    static BarSeries onGrid(BarSeries s, double tick) {
        BarSeries.Builder b = BarSeries.builder(s.instrument(), s.timeframe());
        for (int i = 0; i < s.size(); i++) {
            b.add(s.time(i), Lots.toTick(s.open(i), tick), Lots.toTick(s.high(i), tick), Lots.toTick(s.low(i), tick),
                    Lots.toTick(s.close(i), tick), s.volume(i));
        }
        return b.build();
    }
}
