package dev.qforge.agents.qtnet;

import dev.qforge.backtest.BacktestResult;
import dev.qforge.backtest.metrics.PerformanceMetrics;
import dev.qforge.data.BarSeries;
import dev.qforge.report.HtmlPage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * iRDPG's ablation on our data: buy-and-hold, Dual Thrust, RDPG, + demonstration buffer, + behaviour cloning and
 * the full QTNet, each agent trained once per seed on the sessions that start in {@code [trainFrom, trainUntil)}
 * (models go to the {@link ModelStore}, so an interrupted ablation resumes) and every strategy backtested on the
 * bars closing in {@code [testFrom, testTo]} with {@link QtNetEvaluation}'s config. Every strategy runs over an
 * {@link EvalWindow} whose warm-up is the {@code dtSessions} sessions before the test period (the training tail):
 * Dual Thrust's range is defined from the first test session on, nothing trades in the warm-up and the metrics
 * cover the test period alone. The agents' features are computed over the whole series (each bar from its past
 * only).
 */
public final class QtNetAblation {

    /** The table and where it was written. */
    public record Result(List<AblationRow> rows, Path json, Path html) {
    }

    private QtNetAblation() {
    }

    public static Result run(ModelStore store, BarSeries series, String source, TrainConfig base, long trainFrom, long trainUntil,
                             long testFrom, long testTo, List<Long> seeds, Function<String, TrainListener> listeners, Path outDir) {
        if (seeds.isEmpty()) throw new IllegalArgumentException("the ablation needs at least one seed");
        EvalWindow window = EvalWindow.of(series, testFrom, testTo, base.env().dtSessions());
        BarSeries test = window.test();
        List<AblationRow> rows = new ArrayList<>();
        rows.add(AblationRow.of("buy-and-hold", List.of(run(QtNetEvaluation.buyAndHold(window, base.env())))));
        rows.add(AblationRow.of("dual-thrust", List.of(run(QtNetEvaluation.dualThrust(window, base.env())))));
        for (Variant v : Variant.values()) {
            List<AblationRow.Run> runs = new ArrayList<>();
            for (long seed : seeds) {
                TrainConfig cfg = base.withVariant(v).withSeed(seed);
                String label = v.label() + " seed " + seed;
                StoredModel m = QtNetTraining.train(store, series, source, cfg, trainFrom, trainUntil, listeners.apply(label));
                runs.add(run(QtNetEvaluation.policy(store.loadAgent(m), series, window, cfg.env())));
            }
            rows.add(AblationRow.of(v.label(), runs));
        }
        try {
            Files.createDirectories(outDir);
            Path json = outDir.resolve("ablation.json");
            Files.writeString(json, json(series, source, window, seeds, rows), StandardCharsets.UTF_8);
            Path html = html(series, window, seeds, rows).write(outDir.resolve("report.html"));
            return new Result(rows, json, html);
        } catch (IOException e) {
            throw new UncheckedIOException("writing the ablation under " + outDir + " failed", e);
        }
    }

    static AblationRow.Run run(BacktestResult r) {
        PerformanceMetrics m = QtNetEvaluation.metrics(r);
        return new AblationRow.Run(m.totalReturn(), m.sharpe(), m.annualVolatility(), m.maxDrawdown(), m.trades());
    }

    /** Rows as text cells: mean ± sd in percent (Sharpe and trades as numbers). */
    public static List<List<String>> cells(List<AblationRow> rows) {
        List<List<String>> out = new ArrayList<>();
        for (AblationRow r : rows) {
            out.add(List.of(r.strategy(), String.valueOf(r.runs()), pct(r.meanReturn(), r.sdReturn()), num(r.meanSharpe(), r.sdSharpe()),
                    pct(r.meanVolatility(), r.sdVolatility()), pct(r.meanMaxDrawdown(), r.sdMaxDrawdown()), num(r.meanTrades(), r.sdTrades())));
        }
        return out;
    }

    public static final List<String> HEADER = List.of("strategy", "runs", "total return", "Sharpe", "volatility", "max drawdown", "trades");

    private static String pct(double m, double sd) {
        return String.format(Locale.ROOT, "%.2f%% ± %.2f", m * 100, sd * 100);
    }

    /** A NaN mean (the Sharpe ratio of a flat curve: a strategy that never traded) is shown as a dash. */
    private static String num(double m, double sd) {
        return Double.isNaN(m) ? "–" : String.format(Locale.ROOT, "%.3f ± %.3f", m, sd);
    }

    private static HtmlPage html(BarSeries s, EvalWindow w, List<Long> seeds, List<AblationRow> rows) {
        BarSeries test = w.test();
        return new HtmlPage("QTNet ablation: " + s.symbol())
                .heading("QTNet ablation on " + s.symbol())
                .paragraph("Test period " + java.time.Instant.ofEpochMilli(test.firstTime()) + " to " + java.time.Instant.ofEpochMilli(test.lastTime()) + " (" + test.size()
                        + " bars) after a warm-up of " + w.warmupSessions() + " sessions (" + w.warmupBars() + " bars, history only), seeds " + seeds + ". Mean ± sample standard deviation over the seeds; buy-and-hold and Dual Thrust are deterministic.")
                .table(HEADER, cells(rows));
    }

    private static String json(BarSeries s, String source, EvalWindow w, List<Long> seeds, List<AblationRow> rows) {
        BarSeries test = w.test();
        StringBuilder b = new StringBuilder("{\n");
        b.append("  \"symbol\": ").append(str(s.symbol())).append(",\n");
        b.append("  \"source\": ").append(str(source)).append(",\n");
        b.append("  \"testFrom\": ").append(str(java.time.Instant.ofEpochMilli(test.firstTime()).toString())).append(",\n");
        b.append("  \"testTo\": ").append(str(java.time.Instant.ofEpochMilli(test.lastTime()).toString())).append(",\n");
        b.append("  \"warmupSessions\": ").append(w.warmupSessions()).append(",\n");
        b.append("  \"warmupFrom\": ").append(str(java.time.Instant.ofEpochMilli(w.bars().firstTime()).toString())).append(",\n");
        b.append("  \"seeds\": ").append(seeds).append(",\n  \"rows\": [\n");
        for (int i = 0; i < rows.size(); i++) {
            AblationRow r = rows.get(i);
            b.append("    {\"strategy\": ").append(str(r.strategy())).append(", \"runs\": ").append(r.runs())
                    .append(", \"totalReturn\": ").append(n(r.meanReturn())).append(", \"totalReturnSd\": ").append(n(r.sdReturn()))
                    .append(", \"sharpe\": ").append(n(r.meanSharpe())).append(", \"sharpeSd\": ").append(n(r.sdSharpe()))
                    .append(", \"volatility\": ").append(n(r.meanVolatility())).append(", \"volatilitySd\": ").append(n(r.sdVolatility()))
                    .append(", \"maxDrawdown\": ").append(n(r.meanMaxDrawdown())).append(", \"maxDrawdownSd\": ").append(n(r.sdMaxDrawdown()))
                    .append(", \"trades\": ").append(n(r.meanTrades())).append(", \"tradesSd\": ").append(n(r.sdTrades())).append('}')
                    .append(i < rows.size() - 1 ? ",\n" : "\n");
        }
        return b.append("  ]\n}\n").toString();
    }

    private static String n(double v) {
        return Double.isFinite(v) ? String.valueOf(v) : "null";
    }

    private static String str(String v) {
        return v == null ? "null" : "\"" + v.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
