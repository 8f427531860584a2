package dev.qforge.backtest.report;

import dev.qforge.backtest.metrics.MetricsConfig;
import dev.qforge.backtest.run.RunRecord;
import dev.qforge.backtest.sweep.MetricObjective;
import dev.qforge.backtest.sweep.WalkForwardResult;
import dev.qforge.backtest.sweep.WalkForwardWindow;
import dev.qforge.report.HtmlPage;
import dev.qforge.report.chart.DrawdownChart;
import dev.qforge.report.chart.EquityChart;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The HTML page of a walk-forward analysis: the stitched out-of-sample equity, its drawdown and the windows. */
public final class WalkForwardReport {

    private WalkForwardReport() {
    }

    public static Path write(RunRecord run, WalkForwardResult result, MetricObjective objective, MetricsConfig mc, Path dir) {
        HtmlPage page = new HtmlPage("qforge walk-forward " + run.id() + ": " + run.strategy());
        page.metrics(BacktestReport.details("run", run.id() + " (walk-forward)", "strategy", run.strategy(),
                "data", String.join(", ", run.dataFingerprints().keySet()), "windows", run.note(),
                "chosen by", objective.metric() + " on each train window"));
        page.heading("Out-of-sample metrics");
        page.metrics(MetricsTable.format(run.metrics()));
        if (result.time().length >= 2) {
            page.heading("Out-of-sample equity (test windows chained)");
            EquityChart.of(result.time(), result.equity()).title("Out-of-sample equity").writePng(dir.resolve("equity.png"), 1000, 380);
            page.image("equity.png", "out-of-sample equity");
            page.heading("Underwater");
            DrawdownChart.fromEquity(result.time(), result.equity()).title("Drawdown").writePng(dir.resolve("drawdown.png"), 1000, 300);
            page.image("drawdown.png", "drawdown");
        }
        page.heading("Windows");
        List<List<String>> rows = new ArrayList<>();
        for (WalkForwardWindow w : result.windows()) {
            rows.add(List.of(Integer.toString(w.number()), day(w.trainFrom()) + " .. " + day(w.trainTo()),
                    day(w.testFrom()) + " .. " + day(w.testTo()), SweepReport.params(w.params()),
                    MetricsTable.value(objective.metric(), objective.value(w.trainScore())),
                    MetricsTable.value(objective.metric(), objective.value(w.testScore())), MetricsTable.value("totalReturn", w.testReturn())));
        }
        page.table(List.of("window", "train", "test", "chosen", "train " + objective.metric(), "test " + objective.metric(), "test return"), rows);
        return page.write(dir.resolve("report.html"));
    }

    private static String day(long millis) {
        return Instant.ofEpochMilli(millis).toString().substring(0, 10);
    }
}
