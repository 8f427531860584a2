package dev.qforge.cli;

import dev.qforge.backtest.metrics.Benchmark;
import dev.qforge.backtest.metrics.MetricsConfig;
import dev.qforge.backtest.report.BacktestReport;
import dev.qforge.backtest.report.ReportInput;
import dev.qforge.backtest.run.RunRecord;
import dev.qforge.backtest.run.RunStore;
import dev.qforge.data.BarSeries;
import dev.qforge.data.Instrument;
import dev.qforge.data.store.Database;
import dev.qforge.report.RunOutput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code qforge runs report ID}: writes a run's HTML report again from what the database holds (daily
 * equity, fills, order log, metrics). The price chart needs the run's data; when it can no longer be
 * read the report says so and leaves that chart out.
 */
@Command(name = "report", mixinStandardHelpOptions = true, description = "Write the HTML report of a recorded run from the database.")
final class RunsReportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "ID", description = "Run id.")
    long id;

    @Option(names = "--out", defaultValue = "qforge-out", paramLabel = "DIR", description = "Output root (default ${DEFAULT-VALUE}).")
    Path outRoot;

    @Option(names = "--log-scale", description = "Equity chart on a logarithmic axis.")
    boolean logScale;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (Database db = Database.open(CliGlobals.db())) {
            RunStore store = new RunStore(db);
            RunRecord r = store.require(id);
            if (!"backtest".equals(r.kind())) {
                throw new IllegalArgumentException("run " + id + " is a " + r.kind() + "; its report was written when it ran"
                        + (r.outputDir() == null ? "" : ": " + r.outputDir()));
            }
            RunStore.EquityPoints eq = store.equity(id);
            List<BarSeries> prices = List.of();
            Benchmark benchmark = null;
            try {
                BacktestData.Loaded data = BacktestData.load(r.spec(), err);
                prices = data.series();
                benchmark = BacktestJob.benchmark(r.spec(), data, err);
            } catch (RuntimeException e) {
                err.println("warning: the run's data cannot be read any more (" + e.getMessage() + "): no price chart");
            }
            Instrument first = prices.isEmpty() ? Instrument.guess(r.dataFingerprints().keySet().iterator().next()) : prices.get(0).instrument();
            MetricsConfig mc = MetricsConfig.defaults().withZone(first.exchangeZone());
            var details = BacktestReport.details("run", r.id() + " (" + r.kind() + ")", "strategy", r.strategy(),
                    "data", String.join(", ", r.dataFingerprints().keySet()), "started", r.startedAt(), "result digest", r.digest());
            ReportInput in = new ReportInput("qforge backtest " + r.id() + ": " + r.strategy(), details, r.metrics(), eq.time(),
                    eq.equity(), benchmark, prices, store.fills(id), store.events(id), mc, logScale);
            RunOutput dir = RunOutput.create(outRoot, "backtest", Instant.now(), r.id() + "-report");
            Path page = BacktestReport.write(in, dir.dir());
            out.println("report: " + page.toAbsolutePath());
            return 0;
        }
    }
}
