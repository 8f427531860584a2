package dev.qforge.backtest.sweep;

import dev.qforge.backtest.BacktestConfig;
import dev.qforge.backtest.BacktestResult;
import dev.qforge.backtest.sweep.SweepFixtures.CrossStrategy;
import dev.qforge.backtest.sweep.SweepFixtures.HoldStrategy;
import dev.qforge.data.BarSeries;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.ToDoubleFunction;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class SweepRunnerTest {

    private static final BarSeries RISING = SweepFixtures.closes(10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20);
    private final SweepRunner runner = new SweepRunner(BacktestConfig.defaults());

    @Test
    void moreSharesOfARisingSeriesScoreHigher() {
        // buy q at the first close, filled at the next open (11), marked at the last close (20): equity 100,000 + 9q
        SweepResult r = runner.withThreads(3).run(List.of(RISING), ParamGrid.parse("q=0..100:25"), HoldStrategy::of,
                Objective.TOTAL_RETURN);
        assertThat(r.size()).isEqualTo(5);
        assertThat(r.ranked()).extracting(p -> p.params().get("q")).containsExactly(100, 75, 50, 25, 0);
        assertThat(r.ranked()).extracting(SweepPoint::index).containsExactly(4, 3, 2, 1, 0);
        SweepPoint best = r.best().orElseThrow();
        assertThat(best.params()).isEqualTo(Map.of("q", 100));
        assertThat(best.finalEquity()).isCloseTo(100_900, within(1e-9));
        assertThat(best.pnl()).isCloseTo(900, within(1e-9));
        assertThat(best.score()).isCloseTo(900 / 100_000.0, within(1e-15));
        assertThat(best.fills()).isEqualTo(1);
        assertThat(best.status()).isEqualTo(SweepPoint.Status.OK);
        assertThat(best.error()).isNull();
        assertThat(r.inGridOrder()).extracting(SweepPoint::finalEquity).containsExactly(100_000.0, 100_225.0, 100_450.0, 100_675.0, 100_900.0);
        assertThat(r.inGridOrder().get(0).fills()).isZero();
        assertThat(r.bestResult()).isEmpty();
    }

    @Test
    void equalScoresKeepGridOrderAndNaNRanksLast() {
        // tag is ignored by the strategy: (q, b) and (q, a) score the same and keep their grid order b, a
        ParamGrid grid = ParamGrid.parse("q=0..100:50", "tag=b,a");
        SweepResult r = runner.withThreads(4).run(List.of(RISING), grid, HoldStrategy::of, Objective.FINAL_EQUITY);
        assertThat(r.ranked()).extracting(SweepPoint::index).containsExactly(4, 5, 2, 3, 0, 1);

        ToDoubleFunction<BacktestResult> nanAt50 = res -> res.pnl() == 450 ? Double.NaN : res.pnl();
        SweepResult n = runner.run(List.of(RISING), ParamGrid.parse("q=0..100:25"), HoldStrategy::of, nanAt50);
        assertThat(n.ranked()).extracting(p -> p.params().get("q")).containsExactly(100, 75, 25, 0, 50);
        assertThat(n.ranked().get(4).score()).isNaN();
        assertThat(n.ranked().get(4).ok()).isTrue();
    }

    @Test
    void invalidCombinationsAreRecordedAndTheSweepGoesOn() {
        AtomicInteger built = new AtomicInteger();
        ParamGrid grid = ParamGrid.parse("fast=1..4", "slow=2..3");
        SweepResult r = runner.withThreads(3).run(List.of(SweepFixtures.randomWalk(60, 7)), grid, p -> {
            built.incrementAndGet();
            return CrossStrategy.of(p);
        }, Objective.TOTAL_RETURN);
        assertThat(built).hasValue(8);
        assertThat(r.size()).isEqualTo(8);
        // grid order: (1,2) (1,3) (2,2) (2,3) (3,2) (3,3) (4,2) (4,3); only fast < slow is valid
        assertThat(r.count(SweepPoint.Status.OK)).isEqualTo(3);
        assertThat(r.count(SweepPoint.Status.INVALID)).isEqualTo(5);
        assertThat(r.errors()).extracting(SweepPoint::index).containsExactly(2, 4, 5, 6, 7);
        SweepPoint bad = r.errors().get(0);
        assertThat(bad.error()).isEqualTo("fast 2 must be below slow 2");
        assertThat(bad.score()).isNaN();
        assertThat(bad.finalEquity()).isNaN();
        assertThat(bad.fills()).isZero();
        assertThat(r.ranked().subList(0, 3)).allMatch(SweepPoint::ok);
        assertThat(r.ranked().subList(3, 8)).extracting(SweepPoint::index).containsExactly(2, 4, 5, 6, 7);
        assertThat(r.best().orElseThrow().ok()).isTrue();
    }

    @Test
    void aRunThatFailsIsRecordedAsFailed() {
        ParamGrid grid = ParamGrid.parse("q=10", "boom=false,true");
        SweepResult r = runner.withThreads(2).run(List.of(RISING), grid, p -> {
            HoldStrategy hold = HoldStrategy.of(p);
            if (!(Boolean) p.get("boom")) return hold;
            return ctx -> {
                if (ctx.history(0).size() == 3) throw new IllegalStateException("kaboom");
            };
        }, Objective.TOTAL_RETURN);
        assertThat(r.best().orElseThrow().index()).isZero();
        SweepPoint failed = r.errors().get(0);
        assertThat(failed.status()).isEqualTo(SweepPoint.Status.FAILED);
        assertThat(failed.error()).contains("failed in onBar at 2024-01-04").contains("kaboom");
        assertThat(r.best()).isPresent();
        // no point ran at all: no best
        SweepResult none = runner.run(List.of(RISING), ParamGrid.parse("q=1,2"), p -> {
            throw new IllegalArgumentException("never");
        }, Objective.TOTAL_RETURN);
        assertThat(none.best()).isEmpty();
        assertThat(none.errors()).extracting(SweepPoint::error).containsExactly("never", "never");
    }

    @Test
    void otherFactoryErrorsStopTheSweep() {
        for (int threads : new int[] {1, 3}) {
            assertThatThrownBy(() -> runner.withThreads(threads).run(List.of(RISING), ParamGrid.parse("q=1..20"), p -> {
                if ((Integer) p.get("q") == 7) throw new IllegalStateException("factory bug at q=7");
                return HoldStrategy.of(p);
            }, Objective.TOTAL_RETURN)).isInstanceOf(IllegalStateException.class).hasMessage("factory bug at q=7");
            assertThatThrownBy(() -> runner.withThreads(threads).run(List.of(RISING), ParamGrid.parse("q=1..3"), p -> null,
                    Objective.TOTAL_RETURN)).hasMessageContaining("the strategy factory returned null for {q=");
        }
        assertThatThrownBy(() -> runner.withThreads(0)).hasMessage("a sweep needs at least 1 thread, got 0");
    }

    @Test
    void oneThreadAndManyGiveTheSameResults() {
        List<BarSeries> data = List.of(SweepFixtures.randomWalk(400, 42));
        ParamGrid grid = ParamGrid.parse("fast=2..20:2", "slow=10..60:5");
        SweepResult one = runner.withThreads(1).run(data, grid, CrossStrategy::of, Objective.SHARPE);
        // the sweep is not trivial: many distinct scores, some invalid points
        assertThat(one.ranked().stream().mapToDouble(SweepPoint::score).filter(Double::isFinite).distinct().count()).isGreaterThan(50);
        assertThat(one.count(SweepPoint.Status.INVALID)).isEqualTo(6 + 3 + 1); // fast >= slow: six with slow 10, three with 15, one with 20
        List<String> single = summary(one);
        assertThat(single).hasSize(110);
        for (int threads : new int[] {2, 4, 7}) {
            for (int rep = 0; rep < 3; rep++) {
                assertThat(summary(runner.withThreads(threads).run(data, grid, CrossStrategy::of, Objective.SHARPE)))
                        .as("%d threads, run %d", threads, rep).isEqualTo(single);
            }
        }
    }

    @Test
    void workersRunPointsAtTheSameTime() {
        CountDownLatch bothStarted = new CountDownLatch(2);
        List<Boolean> met = java.util.Collections.synchronizedList(new ArrayList<>());
        runner.withThreads(2).run(List.of(RISING), ParamGrid.parse("q=1..2"), p -> {
            bothStarted.countDown();
            try {
                met.add(bothStarted.await(10, TimeUnit.SECONDS));
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            return HoldStrategy.of(p);
        }, Objective.TOTAL_RETURN);
        assertThat(met).containsExactly(true, true);
    }

    @Test
    void progressCountsUpOneByOneAndNeverOverlaps() {
        List<int[]> calls = new ArrayList<>();
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger overlaps = new AtomicInteger();
        Progress p = (done, total) -> {
            if (inside.incrementAndGet() > 1) overlaps.incrementAndGet();
            calls.add(new int[] {done, total});
            Thread.yield();
            inside.decrementAndGet();
        };
        runner.withThreads(4).withProgress(p).run(List.of(RISING), ParamGrid.parse("q=1..50"), HoldStrategy::of,
                Objective.TOTAL_RETURN);
        assertThat(overlaps).hasValue(0);
        assertThat(calls).extracting(c -> c[0]).containsExactlyElementsOf(IntStream.rangeClosed(1, 50).boxed().toList());
        assertThat(calls).allMatch(c -> c[1] == 50);
    }

    @Test
    void theBestFullResultIsKeptOnlyWhenAsked() {
        SweepResult r = runner.withThreads(4).keepingBest(true).run(List.of(RISING), ParamGrid.parse("q=1..40"),
                HoldStrategy::of, Objective.FINAL_EQUITY);
        BacktestResult best = r.bestResult().orElseThrow();
        assertThat(best.finalEquity()).isEqualTo(100_000 + 9 * 40);
        assertThat(best.fills()).singleElement().satisfies(f -> assertThat(f.quantity()).isEqualTo(40));
    }

    /** Everything a point reports except its wall time, best first. */
    private static List<String> summary(SweepResult r) {
        return r.ranked().stream().map(p -> p.index() + " " + p.params() + " " + p.status() + " " + p.score() + " "
                + p.finalEquity() + " " + p.pnl() + " " + p.fills() + " " + p.error()).toList();
    }
}
