package dev.qforge.cli;

import dev.qforge.backtest.report.SweepReport;
import dev.qforge.backtest.run.RunPoint;
import dev.qforge.backtest.run.RunRecord;
import dev.qforge.backtest.run.RunSpec;
import dev.qforge.backtest.run.RunStore;
import dev.qforge.backtest.sweep.MetricObjective;
import dev.qforge.backtest.sweep.ParamGrid;
import dev.qforge.backtest.sweep.SweepPoint;
import dev.qforge.backtest.sweep.SweepRecords;
import dev.qforge.backtest.sweep.SweepResult;
import dev.qforge.backtest.sweep.SweepRunner;
import dev.qforge.data.store.Database;
import dev.qforge.report.RunOutput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code qforge sweep}: a backtest per point of a parameter grid, in parallel on all cores, ranked by a
 * metric; recorded as one run with its points, with an HTML report (a heat map over two parameters).
 */
@Command(name = "sweep", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Backtest every point of a parameter grid in parallel and rank the points by a metric.")
final class SweepCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--top", defaultValue = "10", paramLabel = "N", description = "Points to print (default ${DEFAULT-VALUE}).")
    int top;

    @Mixin
    GridOptions sweep;

    @Mixin
    BacktestOptions options;

    @Mixin
    RunOutputOptions output;

    @Mixin
    EngineOptions engine;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        RunSpec runSpec = options.spec();
        ParamGrid g = sweep.parseGrid();
        MetricObjective objective = sweep.objective(runSpec);
        BacktestData.Loaded data = BacktestData.load(runSpec, err);
        StrategyResolver.Resolved resolved = SweepSupport.resolve(runSpec, g.point(0), data);
        SweepRunner runner = sweep.runner(resolved.spec());
        Instant started = Instant.now(); // labels the run only
        SweepResult result;
        int threads = runner.threads();
        if (engine.spark()) {
            var ref = SparkRuns.data(runSpec, data); // what executors cannot read fails before Spark starts
            var source = SparkRuns.strategy(resolved);
            try (var spark = engine.start(); Progress bar = Progress.start("sweep", g.size(), "points", err, output.json)) {
                SparkRuns.started(spark, err, output.json);
                threads = spark.parallelism();
                result = SparkRuns.runner(spark, resolved.spec()).withProgress(SweepSupport.progress(bar)).run(ref, g, source, objective);
            }
        } else {
            try (Progress bar = Progress.start("sweep", g.size(), "points", err, output.json)) {
                result = runner.withProgress(SweepSupport.progress(bar)).run(data.series(), g, SweepSupport.factory(resolved), objective);
            }
        }
        long bars = data.series().stream().mapToLong(s -> s.size()).sum();
        List<SweepPoint> ranked = result.ranked();
        try (Database db = Database.open(CliGlobals.db())) {
            RunStore store = new RunStore(db);
            RunRecord rec = SweepRecords.record(resolved.label(), resolved.spec(), data.fingerprints(), started, result, objective);
            rec = store.save(rec, RunStore.EquityPoints.NONE, List.of(), List.of(), List.of(), SweepRecords.points(result, objective));
            Path page = null;
            if (!output.noReport) {
                RunOutput dir = RunOutput.create(output.outRoot, "sweep", started, rec.id() + "-" + runSpec.strategy());
                page = SweepReport.write(rec, g, result, objective, dir.dir());
                store.setOutputDir(rec.id(), page.toAbsolutePath().toString());
            }
            if (output.json) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("run", rec.id());
                m.put("rankBy", objective.metric());
                List<Map<String, Object>> rows = new ArrayList<>();
                for (SweepPoint p : ranked) rows.add(pointJson(p, objective));
                m.put("points", rows);
                if (page != null) m.put("report", page.toAbsolutePath().toString());
                Json.print(out, m);
                return 0;
            }
            out.println("sweep run " + rec.id() + ": " + resolved.label() + " over " + g.size() + " points, ranked by " + objective.metric());
            SweepSupport.printElapsed(out, g.size(), bars, result.elapsed().toNanos() / 1e9, threads);
            TextTable t = new TextTable("rank", "params", objective.metric(), "final equity", "fills", "status");
            int rank = 0;
            for (SweepPoint p : ranked.subList(0, Math.min(top, ranked.size()))) {
                t.row(++rank, SweepSupport.params(p.params()), SweepSupport.fmt(objective, p.score()),
                        MetricsView.format(p.finalEquity(), MetricsView.Kind.MONEY), p.fills(), p.ok() ? "ok" : p.status() + ": " + p.error());
            }
            t.print(out);
            if (result.count(SweepPoint.Status.INVALID) > 0) {
                out.println(result.count(SweepPoint.Status.INVALID) + " points were invalid, e.g. " + result.errors().get(0).error());
            }
            if (page != null) out.println("report: " + page.toAbsolutePath());
            return 0;
        }
    }

    private static Map<String, Object> pointJson(SweepPoint p, MetricObjective objective) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("params", p.params());
        double v = objective.value(p.score());
        m.put(objective.metric(), Double.isFinite(v) ? v : null);
        m.put("finalEquity", Double.isFinite(p.finalEquity()) ? p.finalEquity() : null);
        m.put("fills", p.fills());
        m.put("status", p.status().name().toLowerCase(java.util.Locale.ROOT));
        if (p.error() != null) m.put("error", p.error());
        return m;
    }
}
