package dev.qforge.cli;

import dev.qforge.factors.alpha.Alpha158;
import dev.qforge.factors.eval.FactorData;
import dev.qforge.factors.eval.FactorEngine;
import dev.qforge.factors.expr.Expression;
import dev.qforge.factors.io.ArrowFactorWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code qforge factors alpha158}: Qlib's 158 features (and label) for every instrument, written as an Arrow file. */
@Command(name = "alpha158", mixinStandardHelpOptions = true,
        description = "Compute Qlib's Alpha158 features and label over the data and write them as an Arrow IPC file "
                + "(long format: datetime, instrument, KMID .. VSUMD60, LABEL0; open with pandas or polars).")
final class FactorsAlpha158Command implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    FactorDataOptions dataOptions;

    @Option(names = "--out", defaultValue = "qforge-out/alpha158.arrow", paramLabel = "FILE", description = "Output file (default ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--no-label", description = "Leave out the label column LABEL0 = Ref($close,-2)/Ref($close,-1)-1.")
    boolean noLabel;

    @Option(names = "--float64", description = "Write 64-bit floats (default: 32-bit, as Qlib stores features).")
    boolean float64;

    @Option(names = "--json", description = "Print a summary as JSON.")
    boolean json;

    @Mixin
    EngineOptions engine;

    @Override
    public Integer call() {
        PrintWriter o = spec.commandLine().getOut(), err = spec.commandLine().getErr();
        FactorDataOptions.Loaded d = dataOptions.load(err, json);
        List<String> names = new ArrayList<>();
        List<Expression> exprs = new ArrayList<>();
        for (Alpha158.Feature f : Alpha158.features()) {
            names.add(f.name());
            exprs.add(f.expression());
        }
        if (!noLabel) {
            names.add(Alpha158.LABEL_NAME);
            exprs.add(Alpha158.label());
        }
        var panel = d.universe().panel();
        FactorData data = d.engine().data();
        // sorted: Map.of's order changes from one JVM to the next, and so would the file's schema bytes
        Map<String, String> meta = new java.util.TreeMap<>(Map.of("source", "qforge factors alpha158", "data_fingerprint", d.universe().fingerprint(),
                "vwap", data.vwapDerived() ? "(high+low+close)/3" : "data"));
        long t0 = System.nanoTime(); // elapsed time for the summary only
        long rows;
        boolean onSpark = engine.spark();
        // what executors cannot read fails before Spark starts
        var ref = onSpark ? dev.qforge.distributed.UniverseRef.of(dataOptions.data, dataOptions.policy, d.universe()).seed(d.universe()) : null;
        try (var spark = onSpark ? engine.start() : null;
             ArrowFactorWriter w = new ArrowFactorWriter(out, panel.times(), panel.symbols(), names, !float64, meta);
             Progress p = Progress.start("alpha158", panel.instrumentCount(), "instruments", err, json)) {
            int[] done = {0};
            FactorEngine.BlockSink sink = (c0, n, values) -> {
                int[] first = new int[n], last = new int[n];
                for (int c = 0; c < n; c++) {
                    int f = data.first(c0 + c), l = data.last(c0 + c);
                    first[c] = f < 0 ? -1 : Math.max(f, d.rowFrom());
                    last[c] = f < 0 ? -1 : Math.min(l, d.rowTo() - 1);
                    if (first[c] > last[c]) first[c] = last[c] = -1;
                }
                w.add(c0, n, values, first, last);
                p.step(n - 0L, null);
                done[0] += n;
            };
            if (onSpark) {
                SparkRuns.started(spark, err, json);
                // the local engine's block size, so that the file is the same byte for byte
                new dev.qforge.distributed.SparkFactorEngine(spark, ref, data, 4, FactorDataOptions.BLOCK).run(exprs, sink);
            } else {
                d.engine().run(exprs, sink, null);
            }
            rows = w.rowsWritten();
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("file", out.toString());
            m.put("rows", rows);
            m.put("features", names.size() - (noLabel ? 0 : 1));
            m.put("label", !noLabel);
            m.put("instruments", panel.instrumentCount());
            m.put("seconds", secs);
            m.put("data_fingerprint", d.universe().fingerprint());
            Json.print(o, m);
        } else {
            o.printf(Locale.ROOT, "wrote %s: %,d rows x %d columns (%d features%s) in %.1f s (%,.0f values/s)%n", out, rows, names.size() + 2,
                    names.size() - (noLabel ? 0 : 1), noLabel ? "" : " + LABEL0", secs, rows * names.size() / secs);
            o.println("read it with: pyarrow.ipc.open_file('" + out + "').read_pandas().set_index(['datetime', 'instrument'])");
        }
        return 0;
    }
}
