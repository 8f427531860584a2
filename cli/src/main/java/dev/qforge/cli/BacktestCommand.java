package dev.qforge.cli;

import dev.qforge.backtest.run.RunSpec;
import dev.qforge.backtest.run.RunStore;
import dev.qforge.data.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code qforge backtest}: one strategy on one data set, recorded in the database, with an HTML report. */
@Command(name = "backtest", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Backtest a strategy on market data; prints its metrics, records the run and writes an HTML report.")
final class BacktestCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    BacktestOptions options;

    @Mixin
    RunOutputOptions output;

    @Option(names = "--log-scale", description = "Equity chart on a logarithmic axis.")
    boolean logScale;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        RunSpec runSpec = options.spec();
        BacktestData.Loaded data = BacktestData.load(runSpec, err);
        try (Database db = Database.open(CliGlobals.db())) {
            BacktestJob.Outcome o = BacktestJob.run(runSpec, data, new RunStore(db), output.outRoot, !output.noReport, logScale, "", err);
            if (output.json) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("run", o.record().id());
                m.put("strategy", o.record().strategy());
                m.putAll(o.record().metrics());
                if (o.report() != null) m.put("report", o.report().toAbsolutePath().toString());
                Json.print(out, jsonSafe(m));
                return 0;
            }
            print(out, o);
            return 0;
        }
    }

    static void print(PrintWriter out, BacktestJob.Outcome o) {
        var r = o.result();
        out.println("run " + o.record().id() + ": " + o.record().strategy() + " on " + Strings.names(o.record().dataFingerprints().keySet(), 5)
                + " (" + r.steps() + " steps, " + r.fills().size() + " fills, " + o.record().elapsedMs() + " ms)");
        TextTable t = new TextTable("metric", "value");
        for (List<String> row : MetricsView.rows(o.record().metrics(), MetricsView.MAIN)) t.row(row.get(0), row.get(1));
        t.print(out);
        if (o.record().metrics().get("qlib") instanceof Map<?, ?> q) {
            out.println("Qlib risk analysis (daily " + (o.record().metrics().get("benchmark") == null ? "" : "excess ") + "returns, x 238):"
                    + " mean " + MetricsView.format(q.get("mean"), MetricsView.Kind.PERCENT)
                    + ", std " + MetricsView.format(q.get("std"), MetricsView.Kind.PERCENT)
                    + ", annualized return " + MetricsView.format(q.get("annualizedReturn"), MetricsView.Kind.PERCENT)
                    + ", information ratio " + MetricsView.format(q.get("informationRatio"), MetricsView.Kind.RATIO)
                    + ", max drawdown " + MetricsView.format(q.get("maxDrawdown"), MetricsView.Kind.PERCENT));
        }
        if (o.report() != null) out.println("report: " + o.report().toAbsolutePath());
    }

    static Map<String, Object> jsonSafe(Map<String, Object> m) {
        Map<String, Object> out = new LinkedHashMap<>();
        m.forEach((k, v) -> {
            if (v instanceof Double d && !Double.isFinite(d)) out.put(k, null);
            else if (v instanceof Map<?, ?> nested) {
                @SuppressWarnings("unchecked") Map<String, Object> n = (Map<String, Object>) nested;
                out.put(k, jsonSafe(n));
            } else out.put(k, v);
        });
        return out;
    }
}
