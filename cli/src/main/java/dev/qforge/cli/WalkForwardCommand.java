package dev.qforge.cli;

import dev.qforge.backtest.metrics.EquityCurve;
import dev.qforge.backtest.metrics.MetricsCalculator;
import dev.qforge.backtest.metrics.MetricsConfig;
import dev.qforge.backtest.metrics.PerformanceMetrics;
import dev.qforge.backtest.report.WalkForwardReport;
import dev.qforge.backtest.run.RunPoint;
import dev.qforge.backtest.run.RunRecord;
import dev.qforge.backtest.run.RunSpec;
import dev.qforge.backtest.run.RunStore;
import dev.qforge.backtest.sweep.MetricObjective;
import dev.qforge.backtest.sweep.ParamGrid;
import dev.qforge.backtest.sweep.SweepRunner;
import dev.qforge.backtest.sweep.WalkForward;
import dev.qforge.backtest.sweep.WalkForwardResult;
import dev.qforge.backtest.sweep.WalkForwardWindow;
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
 * {@code qforge walkforward}: rolling train and test windows; on each train window the grid is swept and
 * the best parameters by the chosen metric are kept (train data only), then traded on the following test
 * window. The test segments form the out-of-sample equity curve.
 */
@Command(name = "walkforward", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Walk-forward analysis: choose parameters on each train window, trade them on the next test window.")
final class WalkForwardCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--train", required = true, paramLabel = "BARS", description = "Bars in each train window, e.g. 504 (two years of days).")
    int train;

    @Option(names = "--test", required = true, paramLabel = "BARS", description = "Bars in each test window, e.g. 126; windows step by this.")
    int test;

    @Option(names = "--anchored", description = "Train windows all start at the first bar and grow.")
    boolean anchored;

    @Option(names = "--partial-last", description = "Also trade a last test window shorter than --test.")
    boolean partialLast;

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
        WalkForward wf = new WalkForward(runner, train, test).anchored(anchored).withPartialLast(partialLast);
        int windows = wf.windows(data.series().get(0).size()).size();
        Instant started = Instant.now(); // labels the run only
        long t0 = System.nanoTime();
        WalkForwardResult result;
        if (engine.spark()) {
            var ref = SparkRuns.data(runSpec, data); // what executors cannot read fails before Spark starts
            var source = SparkRuns.strategy(resolved);
            try (var spark = engine.start(); Progress bar = Progress.start("walk-forward", (long) windows * g.size(), "runs", err, output.json)) {
                SparkRuns.started(spark, err, output.json);
                var sweeper = new dev.qforge.distributed.SparkWalkForward(SparkRuns.runner(spark, resolved.spec())
                        .withProgress(SweepSupport.progress(bar)), ref, source, objective);
                result = wf.withWindowSweeper(sweeper).run(data.series(), g, SweepSupport.factory(resolved), objective);
            }
        } else {
            try (Progress bar = Progress.start("walk-forward", (long) windows * g.size(), "runs", err, output.json)) {
                result = wf.withProgress(SweepSupport.progress(bar)).run(data.series(), g, SweepSupport.factory(resolved), objective);
            }
        }
        long elapsed = (System.nanoTime() - t0) / 1_000_000;
        var instrument = data.series().get(0).instrument();
        MetricsConfig mc = MetricsConfig.defaults().withZone(instrument.exchangeZone()).withRiskFreeRate(runSpec.riskFreeRate())
                .withPeriodsPerYear(runSpec.periodsPerYear() > 0 ? runSpec.periodsPerYear()
                        : instrument.session().allDays() ? MetricsConfig.CALENDAR_DAYS_PER_YEAR : MetricsConfig.TRADING_DAYS_PER_YEAR);
        PerformanceMetrics oos = MetricsCalculator.compute(new EquityCurve(result.time(), result.equity(), new double[result.time().length]),
                List.of(), null, mc);
        Map<String, Object> metrics = new LinkedHashMap<>(oos.toMap());
        metrics.put("windows", result.windows().size());
        metrics.put("optimize", objective.metric());
        try (Database db = Database.open(CliGlobals.db())) {
            RunStore store = new RunStore(db);
            RunRecord rec = new RunRecord(0, "walkforward", resolved.label(), resolved.spec(), data.fingerprints(), runSpec.seed(),
                    started, elapsed, metrics, result.finalEquity(), null, null, 0, "train " + train + ", test " + test + (anchored ? ", anchored" : ""));
            List<RunPoint> pts = new ArrayList<>();
            for (WalkForwardWindow w : result.windows()) pts.add(new RunPoint(w.params(), w.testScore(), windowMap(w, objective), null));
            rec = store.save(rec, new RunStore.EquityPoints(result.time(), result.equity(), new double[result.time().length],
                    new double[result.time().length]), List.of(), List.of(), List.of(), pts);
            Path page = null;
            if (!output.noReport) {
                RunOutput dir = RunOutput.create(output.outRoot, "walkforward", started, rec.id() + "-" + runSpec.strategy());
                page = WalkForwardReport.write(rec, result, objective, mc, dir.dir());
                store.setOutputDir(rec.id(), page.toAbsolutePath().toString());
            }
            if (output.json) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("run", rec.id());
                m.put("windows", result.windows().stream().map(w -> windowMap(w, objective)).toList());
                m.put("outOfSample", BacktestCommand.jsonSafe(metrics));
                if (page != null) m.put("report", page.toAbsolutePath().toString());
                Json.print(out, BacktestCommand.jsonSafe(m));
                return 0;
            }
            out.println("walk-forward run " + rec.id() + ": " + resolved.label() + ", " + result.windows().size() + " windows (train "
                    + train + ", test " + test + " bars), parameters chosen by " + objective.metric() + " on train only");
            TextTable t = new TextTable("window", "train", "test", "chosen", "train " + objective.metric(), "test " + objective.metric(), "test return");
            var zone = instrument.exchangeZone();
            for (WalkForwardWindow w : result.windows()) {
                t.row(w.number(), Times.show(w.trainFrom(), zone).substring(0, 10) + ".." + Times.show(w.trainTo(), zone).substring(0, 10),
                        Times.show(w.testFrom(), zone).substring(0, 10) + ".." + Times.show(w.testTo(), zone).substring(0, 10),
                        SweepSupport.params(w.params()), SweepSupport.fmt(objective, w.trainScore()), SweepSupport.fmt(objective, w.testScore()),
                        MetricsView.format(w.testReturn(), MetricsView.Kind.PERCENT));
            }
            t.print(out);
            out.println("out of sample: total return " + MetricsView.format(result.totalReturn(), MetricsView.Kind.PERCENT) + ", Sharpe "
                    + MetricsView.format(oos.sharpe(), MetricsView.Kind.RATIO) + ", max drawdown "
                    + MetricsView.format(oos.maxDrawdown(), MetricsView.Kind.PERCENT) + (result.unusedBars() > 0
                    ? " (" + result.unusedBars() + " trailing bars not traded; --partial-last trades them)" : ""));
            if (page != null) out.println("report: " + page.toAbsolutePath());
            return 0;
        }
    }

    private static Map<String, Object> windowMap(WalkForwardWindow w, MetricObjective objective) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("window", w.number());
        m.put("trainFrom", Instant.ofEpochMilli(w.trainFrom()).toString());
        m.put("trainTo", Instant.ofEpochMilli(w.trainTo()).toString());
        m.put("testFrom", Instant.ofEpochMilli(w.testFrom()).toString());
        m.put("testTo", Instant.ofEpochMilli(w.testTo()).toString());
        m.put("params", w.params());
        m.put("train", objective.value(w.trainScore()));
        m.put("test", objective.value(w.testScore()));
        m.put("testReturn", w.testReturn());
        return m;
    }
}
