package dev.qforge.agents.rdloop;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.qforge.report.Charts;
import dev.qforge.report.HtmlPage;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The report of a run, as {@code report.json} and {@code report.html} (with {@code best.png}) in one folder: the
 * best state's validation metric per loop, the arm of each loop, every proposal with its decision and reason (and
 * every failed attempt), the final factor set with formulas, and the test-period table against the baseline when
 * it was computed. NaN is written as JSON null.
 */
public final class RdLoopReport {

    private RdLoopReport() {
    }

    public static Map<String, Object> json(RdLoopStore.Run run, LoopState state, List<FinalEvaluation.Row> finalTable) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("run", run.id());
        m.put("researcher", run.researcher());
        m.put("data", run.dataSource());
        m.put("data_fingerprint", run.fingerprint());
        m.put("split", run.split());
        m.put("status", run.status());
        m.put("config", run.config());
        m.put("accept_metric", run.config().acceptMetric());
        List<Map<String, Object>> loops = new ArrayList<>();
        for (StepRecord s : state.steps()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("loop", s.loop() + 1);
            x.put("arm", s.arm().label());
            x.put("status", s.status().name().toLowerCase(Locale.ROOT));
            x.put("code", s.code());
            x.put("reason", s.reason());
            x.put("validation", clean(s.candidate().toMap()));
            x.put("best_validation", clean(s.bestAfter().toMap()));
            x.put("reward", s.reward());
            x.put("tokens", s.tokens());
            x.put("millis", s.millis());
            List<Map<String, Object>> at = new ArrayList<>();
            for (Attempt a : s.attempts()) {
                Map<String, Object> y = new LinkedHashMap<>();
                y.put("attempt", a.number());
                y.put("code", a.code());
                y.put("error", a.error());
                at.add(y);
            }
            x.put("attempts", at);
            loops.add(x);
        }
        m.put("loops", loops);
        List<Map<String, Object>> fs = new ArrayList<>();
        for (AcceptedFactor f : state.factors()) fs.add(Map.of("name", f.name(), "expression", f.expression(), "loop", f.loop() + 1));
        m.put("factors", fs);
        m.put("model", state.model() == null ? null : ModelSpecText.print(state.model()));
        m.put("best_validation", clean(state.best().toMap()));
        m.put("tokens", state.tokens());
        m.put("millis", state.millis());
        if (finalTable != null) {
            List<Map<String, Object>> t = new ArrayList<>();
            for (FinalEvaluation.Row r : finalTable) {
                Map<String, Object> y = new LinkedHashMap<>();
                y.put("name", r.name());
                y.putAll(clean(r.metrics().toMap()));
                y.put("factors", r.factors());
                t.add(y);
            }
            m.put("test", t);
        }
        return m;
    }

    /** Writes report.json, best.png and report.html under {@code dir}; returns the HTML file. */
    public static Path write(Path dir, RdLoopStore.Run run, LoopState state, List<FinalEvaluation.Row> finalTable) {
        try {
            Files.createDirectories(dir);
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(dir.resolve("report.json").toFile(), json(run, state, finalTable));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report in " + dir, e);
        }
        String metric = run.config().acceptMetric();
        HtmlPage page = new HtmlPage("R&D loop " + run.id());
        page.heading("R&D loop " + run.id());
        Map<String, String> head = new LinkedHashMap<>();
        head.put("research agent", run.researcher());
        head.put("data", run.dataSource());
        head.put("split (train, valid, test)", run.split());
        head.put("loops", state.loopsDone() + " of " + run.config().loops() + " (" + run.status() + ")");
        head.put("scheduler", run.config().scheduler());
        head.put("offline search scored on", run.config().searchOn().equals(LoopConfig.SEARCH_VALID) ? "validation"
                : "the last " + run.config().searchDays() + " train days (validation read only by acceptance)");
        head.put("acceptance", "validation " + metric + " above the best by more than " + run.config().minImprovement());
        head.put("model tokens", Long.toString(state.tokens()));
        head.put("seed", Long.toString(run.config().seed()));
        page.metrics(head);
        if (!state.steps().isEmpty()) {
            chart(state, metric).ifPresent(c -> {
                Charts.writePng(c, dir.resolve("best.png"), 900, 360);
                page.image("best.png", "best validation " + metric + " per loop");
            });
        }
        page.heading("Final factor set");
        List<List<String>> fr = new ArrayList<>();
        for (AcceptedFactor f : state.factors()) fr.add(List.of(f.name(), f.expression(), Integer.toString(f.loop() + 1)));
        page.table(List.of("name", "expression", "accepted in loop"), fr);
        page.paragraph("Model: " + (state.model() == null ? "none; the score is the equal-weight mean of the factors' daily cross-sectional z-scores"
                : ModelSpecText.print(state.model()) + ", trained on the factor set"));
        if (finalTable != null) {
            page.heading("Test period");
            List<List<String>> tr = new ArrayList<>();
            for (FinalEvaluation.Row r : finalTable) {
                List<String> row = new ArrayList<>(List.of(r.name()));
                for (double v : r.metrics().vector()) row.add(f4(v));
                row.add(Integer.toString(r.factors()));
                tr.add(row);
            }
            List<String> h = new ArrayList<>(List.of("score"));
            h.addAll(List.of(Metrics.NAMES));
            h.add("factors");
            page.table(h, tr);
            page.paragraph("ARR, IR and MDD of the TopK-Dropout portfolio's excess return over the equal-weighted universe, Qlib's summed "
                    + "convention (x238), after 5/15 bps costs. The test period was read only here.");
        }
        page.heading("Loops");
        List<List<String>> lr = new ArrayList<>();
        for (StepRecord s : state.steps()) {
            lr.add(List.of(Integer.toString(s.loop() + 1), s.arm().label(), s.status().name().toLowerCase(Locale.ROOT),
                    s.code() == null ? "-" : s.code(), s.reason(), f4(s.bestAfter().get(metric)), Integer.toString(s.attempts().size()),
                    String.format(Locale.ROOT, "%.3f", s.reward())));
        }
        page.table(List.of("loop", "arm", "decision", "proposal", "reason", "best " + metric, "attempts", "reward"), lr);
        List<List<String>> failed = new ArrayList<>();
        for (StepRecord s : state.steps()) {
            for (Attempt a : s.attempts()) {
                if (!a.ok()) failed.add(List.of(Integer.toString(s.loop() + 1), Integer.toString(a.number()), a.code() == null ? "-" : a.code(), a.error()));
            }
        }
        if (!failed.isEmpty()) {
            page.heading("Failed attempts");
            page.table(List.of("loop", "attempt", "code", "error"), failed);
        }
        return page.write(dir.resolve("report.html"));
    }

    private static java.util.Optional<JFreeChart> chart(LoopState state, String metric) {
        XYSeries best = new XYSeries("best state"), tried = new XYSeries("experiment");
        for (StepRecord s : state.steps()) {
            double b = s.bestAfter().get(metric), e = s.candidate().get(metric);
            if (Double.isFinite(b)) best.add(s.loop() + 1, b);
            if (Double.isFinite(e)) tried.add(s.loop() + 1, e);
        }
        if (best.isEmpty() && tried.isEmpty()) return java.util.Optional.empty();
        XYSeriesCollection c = new XYSeriesCollection();
        c.addSeries(best);
        c.addSeries(tried);
        return java.util.Optional.of(ChartFactory.createXYLineChart("Validation " + metric + " per loop", "loop", metric, c,
                PlotOrientation.VERTICAL, true, false, false));
    }

    private static Map<String, Object> clean(Map<String, Double> m) {
        Map<String, Object> out = new LinkedHashMap<>();
        m.forEach((k, v) -> out.put(k, Double.isFinite(v) ? v : null));
        return out;
    }

    static String f4(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.4f", v) : "-";
    }
}
