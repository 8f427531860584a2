package dev.qforge.cli;

import dev.qforge.backtest.run.RunRecord;
import dev.qforge.backtest.run.RunStore;
import dev.qforge.data.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code qforge runs}: the backtest, sweep and walk-forward runs recorded in the database. */
@Command(name = "runs", mixinStandardHelpOptions = true, description = "List, show, compare, report and replay recorded runs.",
        subcommands = {RunsCommand.ListRuns.class, RunsCommand.Show.class, RunsCommand.Compare.class, RunsReportCommand.class,
                RunsReplayCommand.class})
final class RunsCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static <T> T withStore(java.util.function.Function<RunStore, T> f) {
        try (Database db = Database.open(CliGlobals.db())) {
            return f.apply(new RunStore(db));
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List recorded runs, newest first.")
    static final class ListRuns implements Runnable {
        @Spec CommandSpec spec;
        @Option(names = "--limit", defaultValue = "50", description = "At most this many (default ${DEFAULT-VALUE}).") int limit;
        @Option(names = "--json", description = "Print JSON.") boolean json;

        @Override
        public void run() {
            PrintWriter out = spec.commandLine().getOut();
            List<RunRecord> runs = withStore(s -> s.list(limit));
            if (json) {
                List<Map<String, Object>> rows = new ArrayList<>();
                for (RunRecord r : runs) rows.add(summary(r));
                Json.print(out, rows);
                return;
            }
            if (runs.isEmpty()) {
                out.println("no runs recorded yet: try 'qforge backtest --strategy sma-cross --data aapl-2013-daily'");
                return;
            }
            TextTable t = new TextTable("id", "kind", "strategy", "data", "started (UTC)", "final equity", "total return", "sharpe", "max DD");
            for (RunRecord r : runs) {
                Map<String, Object> m = r.metrics();
                t.row(r.id(), r.kind(), r.strategy(), Strings.clip(Strings.names(r.dataFingerprints().keySet(), 3), 40),
                        r.startedAt().toString().substring(0, 19).replace('T', ' '),
                        MetricsView.format(r.finalEquity(), MetricsView.Kind.MONEY),
                        MetricsView.format(m.get("totalReturn"), MetricsView.Kind.PERCENT),
                        MetricsView.format(m.get("sharpe"), MetricsView.Kind.RATIO),
                        MetricsView.format(m.get("maxDrawdown"), MetricsView.Kind.PERCENT));
            }
            t.print(out);
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "Show one run: its spec, data, metrics and where its report is.")
    static final class Show implements Runnable {
        @Spec CommandSpec spec;
        @Parameters(paramLabel = "ID", description = "Run id (see 'qforge runs list').") long id;
        @Option(names = "--json", description = "Print JSON.") boolean json;

        @Override
        public void run() {
            PrintWriter out = spec.commandLine().getOut();
            RunRecord r = withStore(s -> s.require(id));
            if (json) {
                Map<String, Object> m = summary(r);
                m.put("spec", r.spec());
                m.put("metrics", r.metrics());
                Json.print(out, m);
                return;
            }
            out.println("run " + r.id() + " (" + r.kind() + "): " + r.strategy());
            out.println("started " + r.startedAt() + ", took " + r.elapsedMs() + " ms, seed " + r.seed());
            r.dataFingerprints().forEach((k, v) -> out.println("data " + k + " fingerprint " + v.substring(0, Math.min(16, v.length()))));
            out.println("result digest " + r.digest());
            if (r.outputDir() != null) out.println("report " + r.outputDir());
            if (r.note() != null && !r.note().isBlank()) out.println(r.note());
            out.println();
            TextTable t = new TextTable("metric", "value");
            for (List<String> row : MetricsView.rows(r.metrics(), MetricsView.MAIN)) t.row(row.get(0), row.get(1));
            for (List<String> row : MetricsView.rows(r.metrics(), MetricsView.MORE)) t.row(row.get(0), row.get(1));
            t.print(out);
        }
    }

    @Command(name = "compare", mixinStandardHelpOptions = true, description = "Compare the metrics of two or more runs side by side.")
    static final class Compare implements Runnable {
        @Spec CommandSpec spec;
        @Parameters(paramLabel = "ID", arity = "2..*", description = "Run ids.") List<Long> ids;
        @Option(names = "--json", description = "Print JSON.") boolean json;

        @Override
        public void run() {
            PrintWriter out = spec.commandLine().getOut();
            List<RunRecord> runs = withStore(s -> ids.stream().map(s::require).toList());
            if (json) {
                Json.print(out, runs.stream().map(r -> {
                    Map<String, Object> m = summary(r);
                    m.put("metrics", r.metrics());
                    return m;
                }).toList());
                return;
            }
            String[] header = new String[runs.size() + 1];
            header[0] = "metric";
            for (int i = 0; i < runs.size(); i++) header[i + 1] = "run " + runs.get(i).id();
            TextTable t = new TextTable(header);
            Object[] strategy = new Object[header.length];
            strategy[0] = "strategy";
            for (int i = 0; i < runs.size(); i++) strategy[i + 1] = runs.get(i).strategy();
            t.row(strategy);
            for (MetricsView.Row row : MetricsView.MAIN) {
                Object[] cells = new Object[header.length];
                cells[0] = row.label();
                for (int i = 0; i < runs.size(); i++) cells[i + 1] = MetricsView.format(runs.get(i).metrics().get(row.key()), row.kind());
                t.row(cells);
            }
            t.print(out);
        }
    }

    static Map<String, Object> summary(RunRecord r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.id());
        m.put("kind", r.kind());
        m.put("strategy", r.strategy());
        m.put("data", r.dataFingerprints());
        m.put("startedAt", r.startedAt().toString());
        m.put("elapsedMs", r.elapsedMs());
        m.put("finalEquity", Double.isFinite(r.finalEquity()) ? r.finalEquity() : null);
        m.put("digest", r.digest());
        m.put("report", r.outputDir());
        return m;
    }
}
