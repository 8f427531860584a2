package dev.qforge.distributed;

import dev.qforge.backtest.run.RunSpec;
import dev.qforge.backtest.run.RunStore;
import dev.qforge.backtest.sweep.MetricObjective;
import dev.qforge.backtest.sweep.ParamGrid;
import dev.qforge.backtest.sweep.SweepPoint;
import dev.qforge.backtest.sweep.SweepRecords;
import dev.qforge.backtest.sweep.SweepResult;
import dev.qforge.data.BarSeries;
import dev.qforge.data.Fingerprint;
import dev.qforge.data.store.Database;
import dev.qforge.data.validate.Policy;
import dev.qforge.factors.alpha.Alpha158;
import dev.qforge.factors.eval.FactorData;
import dev.qforge.factors.expr.Expression;
import dev.qforge.factors.io.ArrowFactorWriter;
import dev.qforge.factors.io.UniverseLoader;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The main class of the spark-submit application jar ({@code qforge-distributed-*-spark-app.jar}): the sweep and
 * Alpha158 work of {@code qforge sweep/factors alpha158 --engine spark}, for a cluster where the driver runs under
 * {@code spark-submit} instead of the {@code qforge} command. The master comes from spark-submit.
 *
 * <pre>
 * sweep   --strategy NAME --data PATH[,PATH] --grid NAME=RANGE [--grid ...] [--rank-by METRIC] [--param K=V ...] [--db PATH|JDBC-URL] [--out points.csv]
 * alpha158 --data FOLDER [--policy drop] --out alpha158.arrow [--float64]
 * </pre>
 * A sweep is recorded in the run database as {@code qforge sweep} records it (one run of kind sweep and its points,
 * {@link SweepRecords}; {@code --db} as the CLI's, default {@code QFORGE_DB} or {@code ~/.qforge/qforge}, a
 * {@code jdbc:h2:tcp://} URL for a driver inside the cluster), writes every point (grid order: parameters, status,
 * score, final equity, pnl, fills, error) as CSV and prints the ten best; Alpha158 writes the Arrow file
 * {@code qforge factors alpha158} writes.
 */
public final class SparkSubmitMain {

    private SparkSubmitMain() {
    }

    public static void main(String[] args) {
        try {
            run(args, System.out);
        } catch (IllegalArgumentException e) {
            System.err.println("qforge-spark: " + e.getMessage());
            System.exit(2);
        }
    }

    static void run(String[] args, PrintStream out) {
        if (args.length == 0) throw new IllegalArgumentException("usage: sweep ... | alpha158 ... (see the README's spark-submit section)");
        Map<String, List<String>> o = options(args);
        switch (args[0]) {
            case "sweep" -> sweep(o, out);
            case "alpha158" -> alpha158(o, out);
            default -> throw new IllegalArgumentException("unknown command '" + args[0] + "': use sweep or alpha158");
        }
    }

    private static void sweep(Map<String, List<String>> o, PrintStream out) {
        String strategy = one(o, "--strategy", null);
        List<String> data = List.of(one(o, "--data", null).split(","));
        String policy = one(o, "--policy", "reject");
        Map<String, String> params = new LinkedHashMap<>();
        for (String kv : o.getOrDefault("--param", List.of())) {
            int eq = kv.indexOf('=');
            if (eq <= 0) throw new IllegalArgumentException("--param " + kv + ": expected NAME=VALUE");
            params.put(kv.substring(0, eq), kv.substring(eq + 1));
        }
        ParamGrid grid = ParamGrid.parse(o.getOrDefault("--grid", List.of()));
        Path csv = Path.of(one(o, "--out", "qforge-out/sweep-points.csv"));
        RunSpec spec = RunSpec.of(strategy, params, data);
        MetricObjective objective = MetricObjective.parse(one(o, "--rank-by", "sharpe"), 0);
        List<BarSeries> series = new ArrayList<>();
        Policy p = Policy.valueOf(policy.toUpperCase(Locale.ROOT));
        for (String d : data) {
            Path path = Path.of(d);
            if (Files.isDirectory(path)) series.addAll(UniverseLoader.load(path, p, m -> System.err.println("warning: " + m)).series());
            else series.add(dev.qforge.data.MarketData.load(d, null, p).series());
        }
        try (SparkEngine spark = SparkEngine.start(null)) {
            SweepResult r = new SparkSweepRunner(spark, spec).run(DataRef.of(data, policy, series), grid,
                    BuiltInStrategySource.builtIn(strategy, params), objective);
            writeCsv(csv, grid, r, objective);
            long runId = record(one(o, "--db", ""), strategy, spec, series, r, objective);
            out.printf(Locale.ROOT, "sweep run %d: %s over %d points on %s in %.1f s; %d invalid, %d failed; points in %s%n", runId, strategy,
                    r.size(), spark.master(), r.elapsed().toMillis() / 1e3, r.count(SweepPoint.Status.INVALID), r.count(SweepPoint.Status.FAILED), csv);
            int rank = 0;
            for (SweepPoint pt : r.ranked().subList(0, Math.min(10, r.size()))) {
                out.printf(Locale.ROOT, "%3d  %-30s %s=%.4f  final equity %.2f  %s%n", ++rank, pt.params(), objective.metric(),
                        objective.value(pt.score()), pt.finalEquity(), pt.ok() ? "ok" : pt.status() + ": " + pt.error());
            }
        }
    }

    /** Saves the sweep as the CLI does; returns the run's id. */
    private static long record(String db, String strategy, RunSpec spec, List<BarSeries> series, SweepResult r, MetricObjective objective) {
        Map<String, String> fingerprints = new LinkedHashMap<>();
        for (BarSeries s : series) fingerprints.put(s.symbol(), Fingerprint.of(s));
        java.time.Instant started = java.time.Instant.now(); // labels the run only, as in qforge sweep
        try (Database d = Database.open(db.isEmpty() ? null : db)) {
            RunStore store = new RunStore(d);
            return store.save(SweepRecords.record(strategy, spec, fingerprints, started, r, objective), RunStore.EquityPoints.NONE,
                    List.of(), List.of(), List.of(), SweepRecords.points(r, objective)).id();
        }
    }

    private static void writeCsv(Path csv, ParamGrid grid, SweepResult r, MetricObjective objective) {
        try {
            if (csv.toAbsolutePath().getParent() != null) Files.createDirectories(csv.toAbsolutePath().getParent());
            try (Writer w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
                w.write(String.join(",", grid.names()) + ",status," + objective.metric() + ",finalEquity,pnl,fills,error\n");
                for (SweepPoint p : r.inGridOrder()) {
                    StringBuilder b = new StringBuilder();
                    for (String n : grid.names()) b.append(p.params().get(n)).append(',');
                    b.append(p.status()).append(',').append(objective.value(p.score())).append(',').append(p.finalEquity()).append(',')
                            .append(p.pnl()).append(',').append(p.fills()).append(',')
                            .append(p.error() == null ? "" : '"' + p.error().replace("\"", "\"\"") + '"').append('\n');
                    w.write(b.toString());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + csv + ": " + e.getMessage(), e);
        }
    }

    private static void alpha158(Map<String, List<String>> o, PrintStream out) {
        String folder = one(o, "--data", null);
        String policy = one(o, "--policy", "drop");
        Path file = Path.of(one(o, "--out", "qforge-out/alpha158.arrow"));
        UniverseLoader.Universe u = UniverseLoader.load(Path.of(folder), Policy.valueOf(policy.toUpperCase(Locale.ROOT)),
                m -> System.err.println("warning: " + m));
        List<String> names = new ArrayList<>();
        List<Expression> exprs = new ArrayList<>();
        for (Alpha158.Feature f : Alpha158.features()) {
            names.add(f.name());
            exprs.add(f.expression());
        }
        names.add(Alpha158.LABEL_NAME);
        exprs.add(Alpha158.label());
        FactorData fd = new FactorData(u.panel());
        var panel = u.panel();
        Map<String, String> meta = new java.util.TreeMap<>(Map.of("source", "qforge factors alpha158", "data_fingerprint", u.fingerprint(),
                "vwap", fd.vwapDerived() ? "(high+low+close)/3" : "data")); // sorted, as qforge factors alpha158 writes it
        long t0 = System.nanoTime();
        try (SparkEngine spark = SparkEngine.start(null);
             ArrowFactorWriter w = new ArrowFactorWriter(file, panel.times(), panel.symbols(), names, !o.containsKey("--float64"), meta)) {
            new SparkFactorEngine(spark, UniverseRef.of(List.of(folder), policy, u), fd, 4, 32).run(exprs, (c0, n, values) -> {
                int[] first = new int[n], last = new int[n];
                for (int c = 0; c < n; c++) {
                    first[c] = fd.first(c0 + c);
                    last[c] = fd.last(c0 + c);
                }
                w.add(c0, n, values, first, last);
            });
            out.printf(Locale.ROOT, "wrote %s: %,d rows x %d columns on %s in %.1f s%n", file, w.rowsWritten(), names.size() + 2, spark.master(),
                    (System.nanoTime() - t0) / 1e9);
        }
    }

    /** {@code --name value} pairs; repeated names collect their values; a lone flag gets an empty list. */
    static Map<String, List<String>> options(String[] args) {
        Map<String, List<String>> o = new LinkedHashMap<>();
        for (int i = 1; i < args.length; i++) {
            String a = args[i];
            if (!a.startsWith("--")) throw new IllegalArgumentException("unexpected argument '" + a + "'");
            List<String> v = o.computeIfAbsent(a, k -> new ArrayList<>());
            if (i + 1 < args.length && !args[i + 1].startsWith("--")) v.add(args[++i]);
        }
        return o;
    }

    private static String one(Map<String, List<String>> o, String name, String fallback) {
        List<String> v = o.get(name);
        if (v == null || v.isEmpty()) {
            if (fallback == null) throw new IllegalArgumentException("missing " + name);
            return fallback;
        }
        return v.get(v.size() - 1);
    }
}
