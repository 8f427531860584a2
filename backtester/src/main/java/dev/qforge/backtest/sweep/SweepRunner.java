package dev.qforge.backtest.sweep;

import dev.qforge.backtest.BacktestConfig;
import dev.qforge.backtest.BacktestEngine;
import dev.qforge.backtest.BacktestResult;
import dev.qforge.backtest.Strategy;
import dev.qforge.backtest.StrategyException;
import dev.qforge.data.BarSeries;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * Runs one backtest per grid point on a pool of worker threads and ranks the points by an objective.
 *
 * <p>Each point gets a fresh strategy from the factory (a strategy holds the state of one run) and its own
 * run of the same engine configuration over the same, immutable data; points share nothing else, so the
 * scores, and hence the ranking (see {@link SweepResult#RANKING}), are the same on one thread or many.
 * The factory receives an unmodifiable map of the point's parameters. A factory that throws
 * {@link IllegalArgumentException} marks its point {@link SweepPoint.Status#INVALID} (e.g. fast &ge; slow);
 * a run that throws {@link StrategyException} marks it {@link SweepPoint.Status#FAILED}; neither stops
 * the sweep. Any other exception (from the factory, the objective, the progress callback, or the engine
 * refusing the data) is a bug or bad input common to every point: the sweep stops and rethrows it.
 *
 * <p>Memory: only a {@link SweepPoint} summary per point is kept, plus, when asked, the full result of
 * the best point so far; each worker holds one run's result at a time. Instances are immutable; the
 * {@code with*} methods return changed copies.
 */
public final class SweepRunner {

    private final BacktestConfig config;
    private final int threads;
    private final Progress progress;
    private final boolean keepBest;

    /** A runner on {@code availableProcessors()} threads, without progress, keeping no full result. */
    public SweepRunner(BacktestConfig config) {
        this(config, Runtime.getRuntime().availableProcessors(), Progress.NONE, false);
    }

    private SweepRunner(BacktestConfig config, int threads, Progress progress, boolean keepBest) {
        this.config = Objects.requireNonNull(config, "config");
        if (threads < 1) throw new IllegalArgumentException("a sweep needs at least 1 thread, got " + threads);
        this.threads = threads;
        this.progress = Objects.requireNonNull(progress, "progress");
        this.keepBest = keepBest;
    }

    public SweepRunner withThreads(int n) {
        return new SweepRunner(config, n, progress, keepBest);
    }

    public SweepRunner withProgress(Progress p) {
        return new SweepRunner(config, threads, p, keepBest);
    }

    /** Whether to keep the best point's full {@link BacktestResult} ({@link SweepResult#bestResult()}). */
    public SweepRunner keepingBest(boolean keep) {
        return new SweepRunner(config, threads, progress, keep);
    }

    public BacktestConfig config() {
        return config;
    }

    public int threads() {
        return threads;
    }

    public SweepResult run(List<BarSeries> data, ParamGrid grid, Function<Map<String, Object>, ? extends Strategy> factory,
                           ToDoubleFunction<BacktestResult> objective) {
        return run(data, grid.points(), factory, objective);
    }

    /** Sweeps explicit points; their position in {@code points} is their grid index. */
    public SweepResult run(List<BarSeries> data, List<Map<String, Object>> points,
                           Function<Map<String, Object>, ? extends Strategy> factory, ToDoubleFunction<BacktestResult> objective) {
        Objects.requireNonNull(factory, "factory");
        Objects.requireNonNull(objective, "objective");
        Sweep sweep = new Sweep(List.copyOf(data), points, factory, objective);
        long t0 = System.nanoTime();
        int workers = Math.min(threads, points.size());
        if (workers <= 1) {
            sweep.work();
        } else {
            runPool(sweep, workers);
        }
        if (sweep.doneCount() < points.size()) { // the calling thread was interrupted
            Thread.currentThread().interrupt();
            throw new CancellationException("sweep interrupted after " + sweep.doneCount() + " of " + points.size() + " points");
        }
        return new SweepResult(Arrays.asList(sweep.out), sweep.bestResult, Duration.ofNanos(System.nanoTime() - t0));
    }

    private static void runPool(Sweep sweep, int workers) {
        AtomicInteger n = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "sweep-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int w = 0; w < workers; w++) futures.add(pool.submit(sweep::work));
            for (Future<?> f : futures) f.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) throw re;
            if (e.getCause() instanceof Error err) throw err;
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            sweep.stop = true;
            Thread.currentThread().interrupt();
            throw new CancellationException("sweep interrupted after " + sweep.doneCount() + " of " + sweep.out.length + " points");
        } finally {
            pool.shutdownNow();
        }
    }

    /** The shared state of one sweep: workers take the next point index until none is left. */
    private final class Sweep {
        final List<BarSeries> data;
        final List<Map<String, Object>> points;
        final Function<Map<String, Object>, ? extends Strategy> factory;
        final ToDoubleFunction<BacktestResult> objective;
        final BacktestEngine engine = new BacktestEngine(config);
        final SweepPoint[] out;
        final AtomicInteger next = new AtomicInteger();
        final Object lock = new Object();
        volatile boolean stop;
        int done; // guarded by lock
        SweepPoint bestPoint; // guarded by lock
        BacktestResult bestResult; // guarded by lock

        Sweep(List<BarSeries> data, List<Map<String, Object>> points, Function<Map<String, Object>, ? extends Strategy> factory,
              ToDoubleFunction<BacktestResult> objective) {
            this.data = data;
            this.points = points;
            this.factory = factory;
            this.objective = objective;
            this.out = new SweepPoint[points.size()];
        }

        int doneCount() {
            synchronized (lock) {
                return done;
            }
        }

        void work() {
            try {
                int i;
                while (!stop && (i = next.getAndIncrement()) < out.length) {
                    if (Thread.currentThread().isInterrupted()) return;
                    runPoint(i);
                }
            } catch (RuntimeException | Error e) {
                stop = true;
                throw e;
            }
        }

        private void runPoint(int i) {
            Map<String, Object> params = Collections.unmodifiableMap(new LinkedHashMap<>(points.get(i)));
            long t0 = System.nanoTime();
            Strategy strategy;
            try {
                strategy = factory.apply(params);
            } catch (IllegalArgumentException e) {
                finish(SweepPoint.error(i, params, SweepPoint.Status.INVALID, message(e), since(t0)), null);
                return;
            }
            if (strategy == null) throw new IllegalStateException("the strategy factory returned null for " + params);
            BacktestResult r;
            try {
                r = engine.run(data, strategy);
            } catch (StrategyException e) {
                finish(SweepPoint.error(i, params, SweepPoint.Status.FAILED, message(e), since(t0)), null);
                return;
            }
            double score = objective.applyAsDouble(r);
            finish(new SweepPoint(i, params, SweepPoint.Status.OK, score, r.finalEquity(), r.pnl(), r.fills().size(),
                    null, since(t0)), r);
        }

        private void finish(SweepPoint p, BacktestResult r) {
            out[p.index()] = p;
            synchronized (lock) {
                if (keepBest && p.ok() && (bestPoint == null || SweepResult.RANKING.compare(p, bestPoint) < 0)) {
                    bestPoint = p;
                    bestResult = r;
                }
                progress.step(++done, out.length);
            }
        }
    }

    private static Duration since(long t0) {
        return Duration.ofNanos(System.nanoTime() - t0);
    }

    private static String message(Exception e) {
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }
}
