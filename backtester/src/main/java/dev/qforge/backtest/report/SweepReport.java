package dev.qforge.backtest.report;

import dev.qforge.backtest.run.RunRecord;
import dev.qforge.backtest.sweep.MetricObjective;
import dev.qforge.backtest.sweep.ParamGrid;
import dev.qforge.backtest.sweep.SweepPoint;
import dev.qforge.backtest.sweep.SweepResult;
import dev.qforge.report.HtmlPage;
import dev.qforge.report.chart.SweepHeatMap;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The HTML page of a parameter sweep: a heat map of the ranking metric over the first two parameters
 * that take several values (with more parameters, each cell shows the best value over the others) and
 * the ranked table of all points.
 */
public final class SweepReport {

    private SweepReport() {
    }

    public static Path write(RunRecord run, ParamGrid grid, SweepResult result, MetricObjective objective, Path dir) {
        HtmlPage page = new HtmlPage("qforge sweep " + run.id() + ": " + run.strategy());
        page.metrics(BacktestReport.details("run", run.id() + " (sweep)", "strategy", run.strategy(),
                "data", String.join(", ", run.dataFingerprints().keySet()), "points", result.size(),
                "ranked by", objective.metric(), "elapsed", result.elapsed().toMillis() + " ms"));
        List<String> axes = grid.names().stream().filter(n -> grid.values(n).size() > 1).toList();
        if (axes.size() >= 2) {
            String x = axes.get(0), y = axes.get(1);
            List<Object> xs = grid.values(x), ys = grid.values(y);
            double[][] m = new double[ys.size()][xs.size()];
            for (double[] row : m) Arrays.fill(row, Double.NaN);
            for (SweepPoint p : result.inGridOrder()) {
                if (!p.ok() || Double.isNaN(p.score())) continue;
                int xi = xs.indexOf(p.params().get(x)), yi = ys.indexOf(p.params().get(y));
                double v = objective.value(p.score());
                double cur = m[yi][xi];
                boolean better = Double.isNaN(cur) || (objective.lowerIsBetter() ? v < cur : v > cur);
                if (better) m[yi][xi] = v;
            }
            SweepHeatMap map = SweepHeatMap.of(x, xs.stream().map(Object::toString).toList(), y,
                    ys.stream().map(Object::toString).toList(), objective.metric(), m).lowerIsBetter(objective.lowerIsBetter());
            page.heading(objective.metric() + " over " + x + " and " + y + (axes.size() > 2 ? " (best over the other parameters)" : ""));
            map.writePng(dir.resolve("heatmap.png"), 1000, 700);
            page.image("heatmap.png", objective.metric() + " heat map");
        } else {
            page.paragraph("A heat map needs two parameters with several values each.");
        }
        page.heading("Points, best first");
        List<List<String>> rows = new ArrayList<>();
        int rank = 0;
        for (SweepPoint p : result.ranked()) {
            rows.add(List.of(Integer.toString(++rank), params(p.params()), MetricsTable.value(objective.metric(), objective.value(p.score())),
                    MetricsTable.value("finalEquity", p.finalEquity()), Integer.toString(p.fills()),
                    p.ok() ? "ok" : p.status() + ": " + p.error()));
        }
        page.table(List.of("rank", "params", objective.metric(), "final equity", "fills", "status"), rows);
        return page.write(dir.resolve("report.html"));
    }

    static String params(Map<String, Object> p) {
        StringBuilder b = new StringBuilder();
        p.forEach((k, v) -> b.append(b.isEmpty() ? "" : " ").append(k).append('=').append(v));
        return b.toString();
    }
}
