package dev.qforge.paper;

import dev.qforge.backtest.BacktestConfig;
import dev.qforge.backtest.BacktestEngine;
import dev.qforge.backtest.BacktestResult;
import dev.qforge.backtest.Strategy;
import dev.qforge.backtest.model.CommissionModel;
import dev.qforge.backtest.model.SlippageModel;
import dev.qforge.backtest.model.VolumeCap;
import dev.qforge.backtest.order.Fill;
import dev.qforge.data.BarSeries;
import dev.qforge.data.Instrument;
import dev.qforge.data.Timeframe;
import dev.qforge.data.store.Database;
import dev.qforge.data.synth.GbmGenerator;
import dev.qforge.strategies.StrategyRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same strategy on the same bars with zero latency gives exactly the same fills (order, symbol, side,
 * quantity, price, commission, time) through the FIX exchange in lock-step as through the backtester, and the
 * same final cash and positions.
 */
class PaperParityTest {

    @TempDir
    Path dir;

    static List<BarSeries> data(int bars) {
        GbmGenerator g = GbmGenerator.of(0.05, 0.35);
        return List.of(
                g.generate(Instrument.usEquity("AAA"), Timeframe.D1, LocalDate.of(2023, 1, 3), bars, 100, 11),
                g.generate(Instrument.usEquity("BBB"), Timeframe.D1, LocalDate.of(2023, 1, 3), bars, 50, 12));
    }

    @Test
    void smaCrossMatchesTheBacktestFillForFill() throws Exception {
        BacktestConfig cfg = BacktestConfig.defaults().withExecution(BacktestConfig.defaults().execution()
                .withCommission(CommissionModel.bps(5, 1)).withSlippage(SlippageModel.fixedBps(3)));
        compare(data(160), () -> StrategyRegistry.builtIns().create("sma-cross", List.of("fast=5", "slow=20")), cfg, "sma");
    }

    @Test
    void everyOrderTypeWithPartialFillsMatchesTheBacktest() throws Exception {
        BacktestConfig cfg = BacktestConfig.defaults().withExecution(BacktestConfig.defaults().execution()
                .withCommission(CommissionModel.qlib()).withVolumeCap(new VolumeCap(0.00002)));
        List<BarSeries> data = data(60);
        BacktestResult bt = compare(data, BusyStrategy::new, cfg, "busy");
        // the schedule exercised what it should: partial fills under the cap, cancels, expiries
        assertThat(bt.fills().stream().map(Fill::orderId).distinct().count()).isLessThan(bt.fills().size());
        assertThat(bt.events()).anyMatch(e -> e.status() == dev.qforge.backtest.order.OrderStatus.CANCELLED);
        assertThat(bt.events()).anyMatch(e -> e.status() == dev.qforge.backtest.order.OrderStatus.EXPIRED);
    }

    @Test
    void insertCancelAndReplaceLatencyWithJitterMatchTheBacktest() throws Exception {
        // 5 hours +- 4 of jitter on daily bars: some cancels and replaces arrive after a bar, some before
        BacktestConfig cfg = BacktestConfig.defaults().withExecution(BacktestConfig.defaults().execution()
                .withLatency(dev.qforge.backtest.model.LatencyModel.of(5 * 3_600_000L, 4 * 3_600_000L, 7)));
        compare(data(48), BusyStrategy::new, cfg, "latency");
    }

    private BacktestResult compare(List<BarSeries> data, Supplier<Strategy> strategy, BacktestConfig cfg, String run) throws Exception {
        BacktestResult bt = new BacktestEngine(cfg).run(data, strategy.get());
        assertThat(bt.fills()).isNotEmpty();
        try (Database d = Database.inMemory("parity-" + run); PaperDatabase db = PaperDatabase.of(d)) {
            PaperDemo.Result paper = PaperDemo.run(data, strategy.get(), cfg, dir, db, StoreKind.MEMORY, run, 120);
            assertThat(paper.bars()).isEqualTo(data.get(0).size());
            assertThat(paper.fills()).containsExactlyElementsOf(bt.fills());
            assertThat(paper.portfolio().cash()).isEqualTo(bt.cash()[bt.cash().length - 1]);
            assertThat(paper.portfolio().positions()).isEqualTo(bt.positions());
        }
        return bt;
    }
}
