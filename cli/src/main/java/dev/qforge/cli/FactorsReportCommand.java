package dev.qforge.cli;

import dev.qforge.factors.analysis.FactorEvaluation;
import dev.qforge.factors.eval.FactorMatrix;
import dev.qforge.factors.expr.Expression;
import dev.qforge.factors.report.FactorTearSheet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code qforge factors report}: an Alphalens-style tear sheet of one expression, written to
 * {@code <out>/factors/<run-id>/report.html}; the run id is a hash of the expression, data and settings, so
 * the same request writes the same folder.
 */
@Command(name = "report", mixinStandardHelpOptions = true, description = "Write an HTML tear sheet of a factor (IC series, histogram, "
        + "monthly heat map, decay, quantile returns, cumulative quantile returns, turnover).")
final class FactorsReportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--expr", required = true, paramLabel = "EXPR", description = "Qlib expression.")
    String expr;

    @Mixin
    FactorDataOptions dataOptions;

    @Option(names = "--horizons", split = ",", defaultValue = "1,5,10,20", paramLabel = "H", description = "Forward-return horizons (default ${DEFAULT-VALUE}).")
    int[] horizons;

    @Option(names = "--quantiles", defaultValue = "5", paramLabel = "Q", description = "Quantile groups (default ${DEFAULT-VALUE}).")
    int quantiles;

    @Option(names = "--out", defaultValue = "qforge-out", paramLabel = "DIR", description = "Output root (default ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--json", description = "Print the summary and the page's path as JSON.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        PrintWriter o = spec.commandLine().getOut(), err = spec.commandLine().getErr();
        Expression e = Expression.parse(expr);
        for (int h : horizons) if (h < 1) throw new IllegalArgumentException("--horizons must be positive, got " + h);
        FactorDataOptions.Loaded d = dataOptions.loadFor(e, err, json);
        FactorMatrix f = d.compute(e);
        FactorEvaluation.Result r = FactorEvaluation.evaluate(f, d.universe().panel().matrix("close"), d.rowFrom(), d.rowTo(),
                d.sectorColumns(), new FactorEvaluation.Options(horizons, quantiles, FactorDataOptions.MIN_IC_PAIRS));
        ZoneId zone = d.universe().series().get(0).instrument().exchangeZone();
        String id = HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(
                (e.canonical() + "|" + d.universe().fingerprint() + "|" + d.rowFrom() + "|" + d.rowTo() + "|" + java.util.Arrays.toString(horizons)
                        + "|" + quantiles).getBytes(StandardCharsets.UTF_8))).substring(0, 12);
        Map<String, String> about = new LinkedHashMap<>();
        about.put("expression", e.text());
        about.put("data", String.join(", ", dataOptions.data) + " (" + f.cols() + " instruments, fingerprint " + d.universe().fingerprint().substring(0, 12) + ")");
        about.put("scored", Times.show(d.fromTime(), zone) + " .. " + Times.show(d.toTime(), zone) + " (" + (d.rowTo() - d.rowFrom()) + " bars)");
        about.put("forward return", "close[t+h] / close[t] - 1");
        if (d.engine().data().vwapDerived()) about.put("$vwap", "(high + low + close) / 3: the data have no vwap");
        Path page = FactorTearSheet.write(out.resolve("factors").resolve(id), r, about);
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>(r.summary());
            m.put("report", page.toString());
            Json.print(o, m);
        } else {
            FactorsEvalCommand.print(o, e, d, r);
            o.println("tear sheet: " + page);
        }
        return 0;
    }
}
