package dev.qforge.backtest;

import dev.qforge.data.BarSeries;
import dev.qforge.data.Instrument;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static dev.qforge.backtest.TestBars.bar;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EngineTest {

    private final BacktestEngine engine = new BacktestEngine(BacktestConfig.defaults());

    @Test
    void aStrategyCannotReadABarBeforeItCloses() {
        BarSeries x = TestBars.flat("X", 1, 2, 3, 4, 5);
        Strategy peeker = ctx -> ctx.history(0).close(ctx.history(0).size());
        assertThatThrownBy(() -> engine.run(List.of(x), peeker))
                .isInstanceOf(StrategyException.class)
                .hasMessageContaining("failed in onBar at 2024-01-02T21:00:00Z")
                .hasMessageContaining("bar 1 is not visible")
                .hasCauseInstanceOf(IndexOutOfBoundsException.class);
        // and what it can see always ends exactly at now
        List<String> seen = new ArrayList<>();
        engine.run(List.of(x), ctx -> {
            History h = ctx.history(0);
            assertThat(h.time(h.size() - 1)).isEqualTo(ctx.now());
            assertThat(h.toSeries().size()).isEqualTo(h.size());
            seen.add(h.size() + ":" + h.lastClose());
        });
        assertThat(seen).containsExactly("1:1.0", "2:2.0", "3:3.0", "4:4.0", "5:5.0");
    }

    @Test
    void barsOfManyInstrumentsMergeInTimeOrder() {
        BarSeries a = TestBars.daily(Instrument.usEquity("A"), LocalDate.of(2024, 1, 2), bar(1, 1, 1, 1), bar(2, 2, 2, 2), bar(3, 3, 3, 3));
        BarSeries b = TestBars.daily(Instrument.usEquity("B"), LocalDate.of(2024, 1, 3), bar(9, 9, 9, 9), bar(8, 8, 8, 8), bar(7, 7, 7, 7));
        List<String> log = new ArrayList<>();
        BacktestResult r = engine.run(List.of(a, b), ctx -> log.add(ctx.time().toString().substring(0, 10) + " "
                + (ctx.updated(0) ? "A" : "-") + (ctx.updated(1) ? "B" : "-") + " " + ctx.history(0).size() + "/" + ctx.history(1).size()));
        assertThat(log).containsExactly("2024-01-02 A- 1/0", "2024-01-03 AB 2/1", "2024-01-04 AB 3/2", "2024-01-05 -B 3/3");
        assertThat(r.steps()).isEqualTo(4);
    }

    @Test
    void badInputGetsAClearMessage() {
        assertThatThrownBy(() -> engine.run(List.of(), ctx -> { })).hasMessage("no data to backtest");
        BarSeries empty = BarSeries.of(Instrument.usEquity("E"), dev.qforge.data.Timeframe.D1, new long[0], new double[0],
                new double[0], new double[0], new double[0], new double[0]);
        assertThatThrownBy(() -> engine.run(List.of(empty), ctx -> { })).hasMessage("series E has no bars");
        BarSeries usd = TestBars.flat("A", 1, 2);
        BarSeries usdt = TestBars.daily(Instrument.crypto("BTCUSDT", "USDT"), LocalDate.of(2024, 1, 2), bar(1, 1, 1, 1));
        assertThatThrownBy(() -> engine.run(List.of(usd, usdt), ctx -> { })).hasMessageContaining("different currencies (USD, USDT");
        assertThatThrownBy(() -> engine.run(List.of(usd, usd), ctx -> { })).hasMessageContaining("appears twice");
        assertThatThrownBy(() -> engine.run(List.of(usd), ctx -> ctx.history("ZZZ"))).hasMessageContaining("unknown symbol ZZZ");
    }

    @Test
    void targetHelpersSizeFromEquityAndCountOpenOrders() {
        BarSeries a = TestBars.flat("A", 10, 10, 10, 10);
        BarSeries b = TestBars.flat("B", 20, 20, 20, 20);
        BacktestResult r = engine.run(List.of(a, b), new ScriptedStrategy()
                .at(0, c -> {
                    c.targetPercent("A", 0.5);          // 50,000 / 10 = 5,000 shares
                    c.targetQuantity("A", 5_000);       // already on order: nothing more sent
                })
                .at(2, c -> c.targetWeights(java.util.Map.of("B", 0.25)))); // A to 0, B 25,000 / 20 = 1,250
        assertThat(r.fills()).extracting(f -> f.symbol() + " " + f.side() + " " + (long) f.quantity())
                .containsExactly("A BUY 5000", "A SELL 5000", "B BUY 1250");
    }
}
