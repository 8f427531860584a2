package dev.qforge.distributed;

import dev.qforge.backtest.run.RunSpec;
import dev.qforge.backtest.sweep.MetricObjective;
import dev.qforge.backtest.sweep.ParamGrid;
import dev.qforge.backtest.sweep.Progress;
import dev.qforge.backtest.sweep.SweepPoint;
import dev.qforge.backtest.sweep.SweepResult;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A parameter sweep on Spark: one work unit per grid point (strategy recipe, point parameters, data
 * reference, run spec with its venue models and seed), grouped into tasks of a few points each. Executors
 * read the data from its reference and score their points with the local engine's runner; the results come
 * back as rows ({@link SweepRows#RESULTS}) and are assembled into the same {@link SweepResult} the in-process
 * {@link dev.qforge.backtest.sweep.SweepRunner} gives: every point's status, score, equity, pnl and fills
 * equal, hence the same ranking and heat map. Only {@link SweepPoint#elapsed()} differs.
 *
 * <p>Tasks: by default about four per task slot ({@link SparkEngine#parallelism()}), so that a slow task
 * does not leave the others idle at the end and a retried task repeats little work.
 */
public final class SparkSweepRunner {

    private final SparkEngine engine;
    private final RunSpec spec;
    private final int pointsPerTask;
    private final Progress progress;

    public SparkSweepRunner(SparkEngine engine, RunSpec spec) {
        this(engine, spec, 0, Progress.NONE);
    }

    private SparkSweepRunner(SparkEngine engine, RunSpec spec, int pointsPerTask, Progress progress) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.spec = Objects.requireNonNull(spec, "spec");
        spec.toConfig(); // bad model options fail here, on the driver, naming the option
        if (pointsPerTask < 0) throw new IllegalArgumentException("points per task must be at least 1, got " + pointsPerTask);
        this.pointsPerTask = pointsPerTask;
        this.progress = Objects.requireNonNull(progress, "progress");
    }

    /** Points per Spark task (0: about four tasks per slot). */
    public SparkSweepRunner withPointsPerTask(int n) {
        if (n < 1) throw new IllegalArgumentException("points per task must be at least 1, got " + n);
        return new SparkSweepRunner(engine, spec, n, progress);
    }

    /** Told as points complete (when Spark finishes the task holding them), for a progress bar. */
    public SparkSweepRunner withProgress(Progress p) {
        return new SparkSweepRunner(engine, spec, pointsPerTask, p);
    }

    public SweepResult run(DataRef data, ParamGrid grid, StrategySource strategy, MetricObjective objective) {
        return run(data, grid.points(), strategy, objective);
    }

    /** Sweeps explicit points; their position in {@code points} is their grid index. */
    public SweepResult run(DataRef data, List<Map<String, Object>> points, StrategySource strategy, MetricObjective objective) {
        long t0 = System.nanoTime();
        SweepJob job = new SweepJob(strategy, data, SweepJob.specJson(spec), objective.metric(), objective.riskFreeRate(), new int[0][]);
        List<Row> rows = collect(job, units(0, points));
        return SweepResult.of(assemble(rows, points), Duration.ofNanos(System.nanoTime() - t0));
    }

    /** One sweep per bar span (a walk-forward's train windows), all in one Spark job. */
    List<SweepResult> runWindows(DataRef data, List<int[]> spans, List<Map<String, Object>> points, StrategySource strategy,
                                 MetricObjective objective) {
        long t0 = System.nanoTime();
        SweepJob job = new SweepJob(strategy, data, SweepJob.specJson(spec), objective.metric(), objective.riskFreeRate(),
                spans.toArray(new int[0][]));
        List<Row> units = new ArrayList<>();
        for (int w = 0; w < spans.size(); w++) units.addAll(units(w, points));
        List<Row> rows = collect(job, units);
        List<List<Row>> byWindow = new ArrayList<>();
        for (int w = 0; w < spans.size(); w++) byWindow.add(new ArrayList<>());
        for (Row r : rows) byWindow.get(r.getInt(0)).add(r);
        Duration elapsed = Duration.ofNanos(System.nanoTime() - t0);
        List<SweepResult> out = new ArrayList<>();
        for (List<Row> w : byWindow) out.add(SweepResult.of(assemble(w, points), elapsed));
        return out;
    }

    private static List<Row> units(int window, List<Map<String, Object>> points) {
        List<Row> out = new ArrayList<>(points.size());
        for (int i = 0; i < points.size(); i++) {
            Map<String, String> p = new LinkedHashMap<>();
            points.get(i).forEach((k, v) -> p.put(k, v.toString()));
            out.add(RowFactory.create(window, i, p));
        }
        return out;
    }

    /** The number of Spark tasks a sweep of {@code points} points runs as. */
    public int tasks(int points) {
        int per = pointsPerTask > 0 ? pointsPerTask : Math.max(1, (int) Math.ceil(points / (4.0 * engine.parallelism())));
        return (points + per - 1) / per;
    }

    private List<Row> collect(SweepJob job, List<Row> units) {
        if (units.isEmpty()) return List.of();
        int tasks = tasks(units.size());
        JavaRDD<Row> in = engine.context().parallelize(units, tasks);
        JavaRDD<Row> out = in.mapPartitions(job::run);
        try (TaskProgress p = new TaskProgress(engine, progress, units.size(), tasks)) {
            List<Row> rows = engine.session().createDataFrame(out, SweepRows.RESULTS).collectAsList();
            p.finish();
            return rows;
        } catch (Exception e) { // Spark throws its checked SparkException undeclared
            throw SparkFailures.unwrap(e, "sweep");
        }
    }

    private static List<SweepPoint> assemble(List<Row> rows, List<Map<String, Object>> points) {
        SweepPoint[] out = new SweepPoint[points.size()];
        for (Row r : rows) out[r.getInt(1)] = SweepRows.point(r, java.util.Collections.unmodifiableMap(new LinkedHashMap<>(points.get(r.getInt(1)))));
        for (int i = 0; i < out.length; i++) {
            if (out[i] == null) throw new IllegalStateException("Spark returned no result for grid point " + i + " " + points.get(i));
        }
        return Arrays.asList(out);
    }
}
