package dev.qforge.backtest.sweep;

import dev.qforge.backtest.BacktestConfig;
import dev.qforge.backtest.Strategy;
import dev.qforge.backtest.StrategyContext;
import dev.qforge.backtest.TestBars;
import dev.qforge.backtest.sweep.SweepFixtures.CrossStrategy;
import dev.qforge.backtest.sweep.SweepFixtures.HoldStrategy;
import dev.qforge.backtest.sweep.WalkForward.Span;
import dev.qforge.data.BarSeries;
import dev.qforge.data.Instrument;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class WalkForwardTest {

    private static final SweepRunner RUNNER = new SweepRunner(BacktestConfig.defaults()).withThreads(3);
    /** Up 10..13, down to 9, up to 15: train and test windows of 4 and 2 bars disagree on the direction. */
    private static final BarSeries ZIGZAG = SweepFixtures.closes(10, 11, 12, 13, 12, 11, 10, 9, 10, 12, 13, 15);
    private static final ParamGrid LONG_OR_SHORT = ParamGrid.parse("q=-100,100");

    @Test
    void windowsRollByTheTestLength() {
        WalkForward wf = new WalkForward(RUNNER, 504, 126);
        assertThat(wf.windows(1000)).containsExactly(
                new Span(0, 504, 504, 630), new Span(126, 630, 630, 756), new Span(252, 756, 756, 882));
        // bars 882..999 (118) are less than a test window: left out unless asked for
        assertThat(wf.withPartialLast(true).windows(1000)).hasSize(4).last().isEqualTo(new Span(378, 882, 882, 1000));
        assertThat(wf.anchored(true).windows(1000)).containsExactly(
                new Span(0, 504, 504, 630), new Span(0, 630, 630, 756), new Span(0, 756, 756, 882));
        assertThat(wf.windows(630)).containsExactly(new Span(0, 504, 504, 630));
        assertThat(wf.windows(1008)).hasSize(4).last().isEqualTo(new Span(378, 882, 882, 1008));
        assertThat(wf.withPartialLast(true).windows(1008)).hasSize(4);
    }

    @Test
    void badWindowsGetClearErrors() {
        assertThatThrownBy(() -> new WalkForward(RUNNER, 0, 126)).hasMessage("walk-forward train window must be positive, got 0 bars");
        assertThatThrownBy(() -> new WalkForward(RUNNER, 504, -1)).hasMessage("walk-forward test window must be positive, got -1 bars");
        assertThatThrownBy(() -> new WalkForward(RUNNER, 504, 126).run(SweepFixtures.randomWalk(300, 1), LONG_OR_SHORT,
                HoldStrategy::of, Objective.TOTAL_RETURN))
                .hasMessage("walk-forward with 504 train and 126 test bars needs at least 630 bars, got 300");
    }

    @Test
    void eachWindowTradesWhatItsTrainPartChose() {
        WalkForwardResult r = new WalkForward(RUNNER, 4, 2).run(ZIGZAG, LONG_OR_SHORT, HoldStrategy::of, Objective.TOTAL_RETURN);
        // train [0,4) rises 11 -> 13: long; [2,6) falls 13 -> 11: short; [4,8) 11 -> 9: short; [6,10) 9 -> 12: long.
        // The next test part goes the other way in the first three windows: a look at it would have chosen otherwise.
        assertThat(r.windows()).extracting(w -> w.params().get("q")).containsExactly(100, -100, -100, 100);
        assertThat(r.windows().stream().mapToDouble(WalkForwardWindow::trainScore).toArray())
                .containsExactly(new double[] {200 / 1e5, 200 / 1e5, 200 / 1e5, 300 / 1e5}, within(1e-15));
        // equity just before / at the end of each test part, run over train + test from the train start:
        // w1 long from 11: 100,200 -> 100,000; w2 short from 13: 100,200 -> 100,400;
        // w3 short from 11: 100,200 -> 99,900; w4 long from 9: 100,300 -> 100,600
        double[] ret = {100_000 / 100_200.0 - 1, 100_400 / 100_200.0 - 1, 99_900 / 100_200.0 - 1, 100_600 / 100_300.0 - 1};
        for (int w = 0; w < 4; w++) {
            WalkForwardWindow win = r.windows().get(w);
            assertThat(win.number()).isEqualTo(w + 1);
            assertThat(win.testReturn()).isCloseTo(ret[w], within(1e-15));
            assertThat(win.testScore()).isCloseTo(ret[w], within(1e-15)); // total return of the test segment
            assertThat(win.trainFrom()).isEqualTo(ZIGZAG.time(2 * w));
            assertThat(win.trainTo()).isEqualTo(ZIGZAG.time(2 * w + 3));
            assertThat(win.testFrom()).isEqualTo(ZIGZAG.time(2 * w + 4));
            assertThat(win.testTo()).isEqualTo(ZIGZAG.time(2 * w + 5));
        }
        assertThat(r.time()).containsExactly(ZIGZAG.slice(4, 12).times());
        double a = 100_000 * (100_000 / 100_200.0), b = a * (100_400 / 100_200.0), c = b * (99_900 / 100_200.0);
        assertThat(r.equity()).containsExactly(new double[] {
                100_000 * (100_100 / 100_200.0), a,
                a * (100_300 / 100_200.0), b,
                b * (100_100 / 100_200.0), c,
                c * (100_400 / 100_300.0), c * (100_600 / 100_300.0)}, within(1e-9));
        assertThat(r.totalReturn()).isCloseTo((1 + ret[0]) * (1 + ret[1]) * (1 + ret[2]) * (1 + ret[3]) - 1, within(1e-15));
        assertThat(r.unusedBars()).isZero();
        assertThat(r.initialCash()).isEqualTo(100_000);
    }

    @Test
    void anchoredTrainWindowsGrowFromTheFirstBar() {
        WalkForwardResult r = new WalkForward(RUNNER, 4, 2).anchored(true)
                .run(ZIGZAG, LONG_OR_SHORT, HoldStrategy::of, Objective.TOTAL_RETURN);
        assertThat(r.windows()).allMatch(w -> w.trainFrom() == ZIGZAG.time(0));
        // [0,6) ends where the fill was (11): a tie, so the first value in grid order (-100) is chosen
        assertThat(r.windows()).extracting(w -> w.params().get("q")).containsExactly(100, -100, -100, 100);
        assertThat(r.windows().get(1).trainScore()).isZero();
        // short from 11 held from bar 1: 100,000 at bar 5, 100,200 at bar 7
        assertThat(r.windows().get(1).testReturn()).isCloseTo(100_200 / 100_000.0 - 1, within(1e-15));
    }

    @Test
    void theChoiceNeverSeesTheTestWindow() {
        BarSeries data = SweepFixtures.randomWalk(100, 3);
        ParamGrid grid = ParamGrid.parse("fast=2..6:2", "slow=10,15");
        List<long[]> seen = Collections.synchronizedList(new ArrayList<>()); // per strategy made: {first, last} time
        WalkForwardResult r = new WalkForward(RUNNER, 40, 20).run(data, grid, p -> {
            long[] span = {Long.MAX_VALUE, Long.MIN_VALUE};
            seen.add(span);
            Strategy inner = CrossStrategy.of(p);
            return (StrategyContext ctx) -> {
                span[0] = Math.min(span[0], ctx.now());
                span[1] = Math.max(span[1], ctx.now());
                inner.onBar(ctx);
            };
        }, Objective.TOTAL_RETURN);
        assertThat(r.windows()).hasSize(3);
        assertThat(seen).hasSize(3 * (6 + 1)); // per window: six train runs, then one run of the chosen parameters
        for (int w = 0; w < 3; w++) {
            WalkForwardWindow win = r.windows().get(w);
            for (int k = 0; k < 6; k++) {
                long[] s = seen.get(w * 7 + k);
                assertThat(s[1]).as("window %d, train run %d", w + 1, k).isLessThan(win.testFrom()).isEqualTo(win.trainTo());
                assertThat(s[0]).isEqualTo(win.trainFrom());
            }
            long[] test = seen.get(w * 7 + 6);
            assertThat(test[0]).isEqualTo(win.trainFrom()); // warmed up on the train bars
            assertThat(test[1]).isEqualTo(win.testTo());
        }
    }

    @Test
    void progressCoversEveryWindowsSweep() {
        List<Integer> done = Collections.synchronizedList(new ArrayList<>());
        AtomicLong totals = new AtomicLong();
        new WalkForward(RUNNER, 4, 2).withProgress((d, t) -> {
            done.add(d);
            totals.set(t);
        }).run(ZIGZAG, LONG_OR_SHORT, HoldStrategy::of, Objective.TOTAL_RETURN);
        assertThat(done).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
        assertThat(totals).hasValue(8);
    }

    @Test
    void aPartialLastWindowIsRunWhenAskedFor() {
        BarSeries longer = SweepFixtures.closes(10, 11, 12, 13, 12, 11, 10, 9, 10, 12, 13, 15, 16);
        WalkForward wf = new WalkForward(RUNNER, 4, 2);
        WalkForwardResult whole = wf.run(longer, LONG_OR_SHORT, HoldStrategy::of, Objective.TOTAL_RETURN);
        assertThat(whole.windows()).hasSize(4);
        assertThat(whole.unusedBars()).isEqualTo(1);
        WalkForwardResult partial = wf.withPartialLast(true).run(longer, LONG_OR_SHORT, HoldStrategy::of, Objective.TOTAL_RETURN);
        assertThat(partial.windows()).hasSize(5);
        assertThat(partial.unusedBars()).isZero();
        WalkForwardWindow last = partial.windows().get(4);
        assertThat(last.testFrom()).isEqualTo(last.testTo()).isEqualTo(longer.time(12));
        // train [8,12) 10 -> 15, fill at 12: long; full run long from 12: 100,300 at bar 11, 100,400 at bar 12
        assertThat(last.params()).isEqualTo(Map.of("q", 100));
        assertThat(last.testReturn()).isCloseTo(100_400 / 100_300.0 - 1, within(1e-15));
        assertThat(partial.time()).hasSize(9);
    }

    @Test
    void alignedSeriesAreSlicedTogetherAndMisalignedOnesRefused() {
        BarSeries y = TestBars.flat("Y", 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5);
        WalkForwardResult r = new WalkForward(RUNNER, 4, 2).run(List.of(ZIGZAG, y), LONG_OR_SHORT, HoldStrategy::of,
                Objective.TOTAL_RETURN);
        assertThat(r.windows()).extracting(w -> w.params().get("q")).containsExactly(100, -100, -100, 100);
        BarSeries shorter = TestBars.flat("Y", 5, 5, 5);
        assertThatThrownBy(() -> new WalkForward(RUNNER, 4, 2).run(List.of(ZIGZAG, shorter), LONG_OR_SHORT, HoldStrategy::of,
                Objective.TOTAL_RETURN)).hasMessage("walk-forward needs aligned series: Y has 3 bars, X has 12");
        double[][] rows = new double[12][];
        for (int i = 0; i < 12; i++) rows[i] = TestBars.bar(5, 5, 5, 5);
        BarSeries later = TestBars.daily(Instrument.usEquity("Y"), LocalDate.of(2024, 1, 3), rows);
        assertThatThrownBy(() -> new WalkForward(RUNNER, 4, 2).run(List.of(ZIGZAG, later), LONG_OR_SHORT, HoldStrategy::of,
                Objective.TOTAL_RETURN)).hasMessage("walk-forward needs aligned series: bar 0 of Y closes at "
                + "2024-01-03T21:00:00Z, of X at 2024-01-02T21:00:00Z");
    }

    @Test
    void aWindowWhereNoPointRunsStopsWithTheReason() {
        assertThatThrownBy(() -> new WalkForward(RUNNER, 4, 2).run(ZIGZAG, ParamGrid.parse("fast=5", "slow=3"), CrossStrategy::of,
                Objective.TOTAL_RETURN))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("walk-forward window 1 (train 2024-01-02T21:00:00Z..2024-01-05T21:00:00Z): no parameter point ran;"
                        + " 1 invalid, 0 failed; first error at {fast=5, slow=3}: fast 5 must be below slow 3");
    }
}
