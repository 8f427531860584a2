package dev.qforge.strategies;

import dev.qforge.backtest.History;
import dev.qforge.backtest.Strategy;
import dev.qforge.backtest.StrategyContext;
import dev.qforge.backtest.StrategyException;
import dev.qforge.data.BarSeries;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A strategy cannot read a bar that has not closed: the engine's History refuses any index at or past size(). */
class LookAheadTest {

    static final BarSeries SERIES = TestBars.daily("PEEK", 10, 11, 12, 13, 14);

    @Test
    void readingTheNextBarThrowsAtEveryStep() {
        int[] refused = new int[1];
        int[] steps = new int[1];
        Strategy peeker = ctx -> {
            History h = ctx.history(0);
            steps[0]++;
            assertThat(h.close(h.size() - 1)).isEqualTo(SERIES.close(h.size() - 1));
            try {
                h.close(h.size());
            } catch (IndexOutOfBoundsException e) {
                refused[0]++;
            }
            assertThatThrownBy(() -> h.time(h.size() + 1)).isInstanceOf(IndexOutOfBoundsException.class);
            assertThatThrownBy(() -> h.open(-1)).isInstanceOf(IndexOutOfBoundsException.class);
        };
        TestBars.run(TestBars.signalClose(1_000), peeker, SERIES);
        assertThat(steps[0]).isEqualTo(5);
        assertThat(refused[0]).isEqualTo(5);
    }

    @Test
    void anUncaughtPeekStopsTheRunNamingTheCause() {
        Strategy peeker = new Strategy() {
            @Override
            public void onBar(StrategyContext ctx) {
                History h = ctx.history("PEEK");
                ctx.buy("PEEK", h.close(h.size()) > h.lastClose() ? 1 : 0);
            }
        };
        assertThatThrownBy(() -> TestBars.run(TestBars.signalClose(1_000), peeker, SERIES))
                .isInstanceOf(StrategyException.class)
                .hasCauseInstanceOf(IndexOutOfBoundsException.class)
                .hasMessageContaining("bar 1 is not visible; 1 bars have closed");
    }
}
