package dev.qforge.cli;

import dev.qforge.backtest.BacktestEngine;
import dev.qforge.backtest.BacktestResult;
import dev.qforge.backtest.metrics.Benchmark;
import dev.qforge.backtest.metrics.MetricsConfig;
import dev.qforge.backtest.metrics.PerformanceMetrics;
import dev.qforge.backtest.report.BacktestReport;
import dev.qforge.backtest.report.ReportInput;
import dev.qforge.backtest.run.ResultDigest;
import dev.qforge.backtest.run.RunRecord;
import dev.qforge.backtest.run.RunSpec;
import dev.qforge.backtest.run.RunStore;
import dev.qforge.data.BarSeries;
import dev.qforge.report.RunOutput;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * One backtest from a spec to a recorded run: resolve the strategy, run the engine, compute the metrics
 * against the benchmark, store everything in H2 and write the HTML report.
 */
final class BacktestJob {

    record Outcome(RunRecord record, BacktestResult result, PerformanceMetrics metrics, Path report) {
    }

    private BacktestJob() {
    }

    static Outcome run(RunSpec spec, BacktestData.Loaded data, RunStore store, Path outRoot, boolean report, String note,
                       PrintWriter err) {
        return run(spec, data, store, outRoot, report, false, note, err);
    }

    static Outcome run(RunSpec spec, BacktestData.Loaded data, RunStore store, Path outRoot, boolean report, boolean logScale,
                       String note, PrintWriter err) {
        StrategyResolver.Resolved strategy = StrategyResolver.resolve(spec, data.series());
        Instant started = Instant.now(); // wall clock only labels the run; the engine runs on simulated time
        long t0 = System.nanoTime();
        BacktestResult result = new BacktestEngine(strategy.spec().toConfig()).run(data.series(), strategy.create());
        long elapsed = (System.nanoTime() - t0) / 1_000_000;
        Benchmark benchmark = benchmark(strategy.spec(), data, err);
        MetricsConfig mc = metricsConfig(strategy.spec(), result);
        PerformanceMetrics metrics = result.metrics(benchmark, mc);
        RunRecord rec = new RunRecord(0, "backtest", strategy.label(), strategy.spec(), data.fingerprints(), spec.seed(), started,
                elapsed, metrics.toMap(), result.finalEquity(), ResultDigest.of(result), null, 0, note);
        rec = store.save(rec, DailyPoints.of(result, mc.zone()), result.orders(), result.fills(), result.events(), List.of());
        Path page = null;
        if (report) {
            RunOutput out = RunOutput.create(outRoot, "backtest", started, rec.id() + "-" + tag(strategy.spec()));
            page = BacktestReport.write(input(rec, result.time(), result.equity(), benchmark, data.series(), result, mc, logScale), out.dir());
            store.setOutputDir(rec.id(), page.toAbsolutePath().toString());
            rec = rec.withOutputDir(page.toAbsolutePath().toString());
        }
        return new Outcome(rec, result, metrics, page);
    }

    static ReportInput input(RunRecord rec, long[] t, double[] eq, Benchmark benchmark, List<BarSeries> prices,
                             BacktestResult result, MetricsConfig mc, boolean logScale) {
        RunSpec s = rec.spec();
        var details = BacktestReport.details("run", rec.id() + " (" + rec.kind() + ")", "strategy", rec.strategy(),
                "data", Strings.names(rec.dataFingerprints().keySet(), 20),
                "window", (s.from() == null ? "start" : s.from()) + " to " + (s.to() == null ? "end" : s.to()),
                "fills", s.fill() + " (bar path " + s.barPath() + ")", "slippage", s.slippage(), "commission", s.commission(),
                "volume cap", s.volumeCap() > 0 ? s.volumeCap() : "none", "latency", s.latency(),
                "account", String.format(java.util.Locale.ROOT, "cash %,.2f, leverage %.2fx, shorts %s, borrow %.4f",
                        s.cash(), s.maxLeverage(), s.allowShort() ? "allowed" : "refused", s.borrowRate()),
                "benchmark", benchmark == null ? "none" : benchmark.name(), "result digest", rec.digest());
        return new ReportInput("qforge backtest " + rec.id() + ": " + rec.strategy(), details, rec.metrics(), t, eq, benchmark,
                prices, result.fills(), result.events(), mc, logScale);
    }

    static MetricsConfig metricsConfig(RunSpec spec, BacktestResult result) {
        MetricsConfig mc = result.defaultMetricsConfig().withRiskFreeRate(spec.riskFreeRate()).withQlibConventions(spec.qlibMetrics());
        return spec.periodsPerYear() > 0 ? mc.withPeriodsPerYear(spec.periodsPerYear()) : mc;
    }

    static Benchmark benchmark(RunSpec spec, BacktestData.Loaded data, PrintWriter err) {
        BarSeries b;
        if (spec.benchmark() != null) {
            b = BacktestData.load(List.of(spec.benchmark()), spec.timeframe(), null, null, BacktestData.policy(spec.policy()), err).series().get(0);
        } else if (data.series().size() == 1) {
            b = data.series().get(0);
        } else {
            return null;
        }
        return new Benchmark(b.symbol(), b.times(), b.closes());
    }

    private static String tag(RunSpec s) {
        return s.strategyClass() != null ? s.strategyClass().substring(s.strategyClass().lastIndexOf('.') + 1) : s.strategy();
    }
}
