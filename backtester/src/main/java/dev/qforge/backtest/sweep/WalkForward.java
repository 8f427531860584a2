package dev.qforge.backtest.sweep;

import dev.qforge.backtest.BacktestEngine;
import dev.qforge.backtest.BacktestResult;
import dev.qforge.backtest.Strategy;
import dev.qforge.backtest.StrategyException;
import dev.qforge.data.BarSeries;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * Walk-forward analysis by bar counts: fit on {@code train} bars, trade the next {@code test} bars, move
 * on by {@code test} bars, and judge the strategy by the test parts alone.
 *
 * <p>Windows (see {@link #windows}): test window {@code k} (from 0) covers bars
 * {@code [train + k*test, train + (k+1)*test)}; its train window is the {@code train} bars before it
 * (rolling) or every bar from the first (anchored). Only whole test windows are made unless
 * {@link #withPartialLast} asks for a last, shorter one; the bars left over are reported as
 * {@link WalkForwardResult#unusedBars()}.
 *
 * <p>For each window the sweep runs over the train bars alone and the best point by the objective is
 * chosen (ties by grid order, see {@link SweepResult#best()}); nothing of the test window has been
 * shown to any strategy at that point. The chosen parameters are then run once, with a fresh strategy,
 * over the train and test bars together, and only the test part is measured ({@link TestSegment}). This
 * warms the strategy's indicators on the train bars without a separate warm-up length to guess, and
 * since the engine shows a strategy only bars that have closed, the test part's trades depend on test
 * bars only as they arrive. The position the chosen parameters hold at the train window's end is carried
 * into the test window, as it would be if they had been traded all along. Data may be one series or
 * several aligned series (the same bar times, bar by bar), sliced by the same indices.
 */
public final class WalkForward {

    /** Bar index spans of one window, each half-open: train {@code [trainFrom, trainTo)}, test {@code [testFrom, testTo)}. */
    public record Span(int trainFrom, int trainTo, int testFrom, int testTo) {
    }

    private final SweepRunner runner;
    private final int train;
    private final int test;
    private final boolean anchored;
    private final boolean partialLast;
    private final Progress progress;
    private final WindowSweeper sweeper;

    /**
     * Sweeps the train windows somewhere else (a cluster), all at once: gets the train spans and the grid,
     * returns one result per span with every point scored as {@link SweepRunner} would score it. The best
     * point's full run is then repeated here on its train bars (the engine is deterministic, so it is the run
     * the local sweep would have kept).
     */
    public interface WindowSweeper {
        List<SweepResult> sweep(List<Span> spans, ParamGrid grid);
    }

    /** Rolling windows of {@code train} and {@code test} bars, whole test windows only. */
    public WalkForward(SweepRunner runner, int train, int test) {
        this(runner, train, test, false, false, Progress.NONE, null);
    }

    private WalkForward(SweepRunner runner, int train, int test, boolean anchored, boolean partialLast, Progress progress,
                        WindowSweeper sweeper) {
        this.runner = Objects.requireNonNull(runner, "runner");
        if (train <= 0) throw new IllegalArgumentException("walk-forward train window must be positive, got " + train + " bars");
        if (test <= 0) throw new IllegalArgumentException("walk-forward test window must be positive, got " + test + " bars");
        this.train = train;
        this.test = test;
        this.anchored = anchored;
        this.partialLast = partialLast;
        this.progress = Objects.requireNonNull(progress, "progress");
        this.sweeper = sweeper;
    }

    /** Anchored: every train window starts at the first bar and grows by {@code test} bars each window. */
    public WalkForward anchored(boolean on) {
        return new WalkForward(runner, train, test, on, partialLast, progress, sweeper);
    }

    /** Whether to add a last test window shorter than {@code test} bars from the bars left over. */
    public WalkForward withPartialLast(boolean on) {
        return new WalkForward(runner, train, test, anchored, on, progress, sweeper);
    }

    /**
     * Progress over all train sweeps together: {@code total} is windows × grid points. This replaces the
     * runner's own progress listener, which would restart at each window.
     */
    public WalkForward withProgress(Progress p) {
        return new WalkForward(runner, train, test, anchored, partialLast, p, sweeper);
    }

    /** Train sweeps by {@code s} instead of this process's runner (null: the runner); progress is then not reported. */
    public WalkForward withWindowSweeper(WindowSweeper s) {
        return new WalkForward(runner, train, test, anchored, partialLast, progress, s);
    }

    /** The windows over a series of {@code bars} bars, in time order. */
    public List<Span> windows(int bars) {
        if (bars < train + test) {
            throw new IllegalArgumentException("walk-forward with " + train + " train and " + test + " test bars needs at least "
                    + (train + test) + " bars, got " + bars);
        }
        List<Span> out = new ArrayList<>();
        for (int testFrom = train; testFrom < bars; testFrom += test) {
            int testTo = testFrom + test;
            if (testTo > bars) {
                if (!partialLast) break;
                testTo = bars;
            }
            out.add(new Span(anchored ? 0 : testFrom - train, testFrom, testFrom, testTo));
        }
        return out;
    }

    public WalkForwardResult run(BarSeries series, ParamGrid grid, Function<Map<String, Object>, ? extends Strategy> factory,
                                 ToDoubleFunction<BacktestResult> objective) {
        return run(List.of(series), grid, factory, objective);
    }

    public WalkForwardResult run(List<BarSeries> data, ParamGrid grid, Function<Map<String, Object>, ? extends Strategy> factory,
                                 ToDoubleFunction<BacktestResult> objective) {
        Objects.requireNonNull(grid, "grid");
        Objects.requireNonNull(factory, "factory");
        Objects.requireNonNull(objective, "objective");
        int bars = checkAligned(data);
        List<Span> spans = windows(bars);
        BarSeries clock = data.get(0);
        BacktestEngine engine = new BacktestEngine(runner.config());
        double initialCash = runner.config().initialCash();
        int points = grid.size();
        int total = spans.size() * points;

        List<WalkForwardWindow> windows = new ArrayList<>();
        long[] time = new long[bars];
        double[] equity = new double[bars];
        int m = 0;
        double chain = initialCash;
        List<SweepResult> remote = sweeper == null ? null : sweeper.sweep(spans, grid);
        if (remote != null && remote.size() != spans.size()) {
            throw new IllegalStateException("the window sweeper returned " + remote.size() + " results for " + spans.size() + " windows");
        }
        for (int w = 0; w < spans.size(); w++) {
            Span s = spans.get(w);
            int number = w + 1;
            int offset = w * points;
            SweepRunner trainRunner = runner.keepingBest(true).withProgress((done, t) -> progress.step(offset + done, total));
            SweepResult sweep = remote != null ? remote.get(w)
                    : trainRunner.run(slice(data, s.trainFrom(), s.trainTo()), grid, factory, objective);
            SweepPoint best = sweep.best().orElseThrow(() -> noValidPoint(number, s, clock, sweep));
            BacktestResult trainOnly = sweep.bestResult()
                    .orElseGet(() -> engine.run(slice(data, s.trainFrom(), s.trainTo()), factory.apply(best.params())));

            long testStart = clock.time(s.testFrom());
            BacktestResult full;
            try {
                full = engine.run(slice(data, s.trainFrom(), s.testTo()), factory.apply(best.params()));
            } catch (StrategyException | IllegalArgumentException e) {
                throw new IllegalStateException("walk-forward window " + number + ": the chosen parameters " + best.params()
                        + " failed over the train and test bars: " + e.getMessage(), e);
            }
            int k = TestSegment.firstStep(full, testStart);
            double base = TestSegment.baseEquity(full, k);
            double testScore = Double.NaN, testReturn = Double.NaN;
            if (base > 0) {
                BacktestResult segment = TestSegment.of(full, trainOnly, testStart);
                testScore = objective.applyAsDouble(segment);
                testReturn = segment.finalEquity() / base - 1;
            }
            for (int j = k; j < full.steps(); j++) {
                time[m] = full.time()[j];
                equity[m++] = base > 0 ? chain * (full.equity()[j] / base) : Double.NaN;
            }
            if (m > 0) chain = equity[m - 1];
            windows.add(new WalkForwardWindow(number, s, clock.time(s.trainFrom()), clock.time(s.trainTo() - 1), testStart,
                    clock.time(s.testTo() - 1), best.params(), best.score(), testScore, testReturn));
        }
        int unused = bars - spans.get(spans.size() - 1).testTo();
        return new WalkForwardResult(windows, initialCash, Arrays.copyOf(time, m), Arrays.copyOf(equity, m), unused);
    }

    private static IllegalStateException noValidPoint(int number, Span s, BarSeries clock, SweepResult sweep) {
        SweepPoint first = sweep.errors().get(0);
        return new IllegalStateException("walk-forward window " + number + " (train " + Instant.ofEpochMilli(clock.time(s.trainFrom()))
                + ".." + Instant.ofEpochMilli(clock.time(s.trainTo() - 1)) + "): no parameter point ran; "
                + sweep.count(SweepPoint.Status.INVALID) + " invalid, " + sweep.count(SweepPoint.Status.FAILED)
                + " failed; first error at " + first.params() + ": " + first.error());
    }

    private static List<BarSeries> slice(List<BarSeries> data, int from, int to) {
        return data.stream().map(s -> s.slice(from, to)).toList();
    }

    /** Number of bars of every series; throws unless the series share their bar times. */
    private static int checkAligned(List<BarSeries> data) {
        if (data == null || data.isEmpty()) throw new IllegalArgumentException("no data for the walk-forward");
        BarSeries first = data.get(0);
        for (BarSeries s : data.subList(1, data.size())) {
            if (s.size() != first.size()) {
                throw new IllegalArgumentException("walk-forward needs aligned series: " + s.symbol() + " has " + s.size()
                        + " bars, " + first.symbol() + " has " + first.size());
            }
            for (int i = 0; i < s.size(); i++) {
                if (s.time(i) != first.time(i)) {
                    throw new IllegalArgumentException("walk-forward needs aligned series: bar " + i + " of " + s.symbol()
                            + " closes at " + Instant.ofEpochMilli(s.time(i)) + ", of " + first.symbol() + " at "
                            + Instant.ofEpochMilli(first.time(i)));
                }
            }
        }
        return first.size();
    }
}
