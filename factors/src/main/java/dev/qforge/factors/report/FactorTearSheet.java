package dev.qforge.factors.report;

import dev.qforge.factors.analysis.FactorEvaluation;
import dev.qforge.factors.analysis.IcStats;
import dev.qforge.report.Charts;
import dev.qforge.report.HtmlPage;
import org.jfree.chart.JFreeChart;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An Alphalens-style tear sheet of one factor as an HTML page with PNG charts next to it: IC statistics by
 * horizon (and sector-neutral ones when available), quantile returns, and the charts: daily Rank IC with
 * its 22-day mean, Rank IC histogram, monthly mean Rank IC heat map, IC decay over horizons, mean return
 * per quantile, cumulative returns of the quantile portfolios (first horizon, rebalanced every bar, no
 * costs) and top/bottom quantile turnover. Only the scored rows are plotted.
 */
public final class FactorTearSheet {

    private FactorTearSheet() {
    }

    /** Writes {@code dir/report.html} and its charts; returns the page's path. */
    public static Path write(Path dir, FactorEvaluation.Result r, Map<String, String> about) {
        FactorEvaluation.Horizon first = r.horizons()[0];
        int a = r.rowFrom(), b = r.rowTo();
        long[] t = Arrays.copyOfRange(r.times(), a, b);
        double[] rank = Arrays.copyOfRange(first.daily().rankIc(), a, b);
        int[] hs = Arrays.stream(r.horizons()).mapToInt(FactorEvaluation.Horizon::h).toArray();
        double[] icm = Arrays.stream(r.horizons()).mapToDouble(h -> h.ic().mean()).toArray();
        double[] ricm = Arrays.stream(r.horizons()).mapToDouble(h -> h.rankIc().mean()).toArray();
        double[][] qm = Arrays.stream(r.horizons()).map(h -> h.quantiles().mean()).toArray(double[][]::new);
        double[][] cumScored = scoredGrowth(first, a, b);

        Map<String, JFreeChart> charts = new LinkedHashMap<>();
        charts.put("ic.png", TearSheetCharts.icSeries("Daily Rank IC (" + first.h() + "-bar forward return) and its 22-day mean", t, rank));
        charts.put("ic-histogram.png", TearSheetCharts.histogram("Distribution of daily Rank IC", rank));
        charts.put("ic-monthly.png", TearSheetCharts.monthlyHeatMap("Monthly mean Rank IC", t, rank));
        charts.put("ic-decay.png", TearSheetCharts.decay("IC decay by horizon", hs, icm, ricm));
        charts.put("quantile-returns.png", TearSheetCharts.quantileBars("Mean forward return by factor quantile", hs, qm));
        charts.put("quantile-cumulative.png", TearSheetCharts.cumulative("Cumulative return of quantile portfolios (" + first.h() + "-bar, no costs)", t, cumScored));
        charts.put("turnover.png", TearSheetCharts.turnover("Quantile turnover", t, Arrays.copyOfRange(first.quantiles().topTurnover(), a, b),
                Arrays.copyOfRange(first.quantiles().bottomTurnover(), a, b)));

        HtmlPage page = new HtmlPage("Factor tear sheet: " + r.factor());
        Map<String, String> head = new LinkedHashMap<>(about);
        head.put("coverage", String.format(Locale.ROOT, "%.1f%%", 100 * r.coverage()));
        head.put("factor rank autocorrelation", String.format(Locale.ROOT, "%.3f", r.rankAutocorrelation()));
        page.metrics(head);
        page.heading("Information coefficients");
        page.table(List.of("horizon", "IC", "IC std", "ICIR", "t", "t (non-overlapping)", "hit rate", "Rank IC", "Rank ICIR", "Rank t", "Rank hit rate"), icRows(r, false));
        if (first.neutralIc() != null) {
            page.paragraph("Sector-neutral: factor and returns (for Rank IC, their ranks) demeaned within each sector every day.");
            page.table(List.of("horizon", "IC", "IC std", "ICIR", "t", "t (non-overlapping)", "hit rate", "Rank IC", "Rank ICIR", "Rank t", "Rank hit rate"), icRows(r, true));
        }
        page.heading("Quantiles");
        List<String> qh = new ArrayList<>(List.of("horizon"));
        for (int q = 1; q <= first.quantiles().groups(); q++) qh.add("Q" + q + " (bps)");
        qh.addAll(List.of("top - bottom (bps)", "top turnover", "bottom turnover"));
        List<List<String>> qr = new ArrayList<>();
        for (FactorEvaluation.Horizon h : r.horizons()) {
            List<String> row = new ArrayList<>(List.of(Integer.toString(h.h())));
            for (double m : h.quantiles().mean()) row.add(f(m * 1e4, 2));
            row.add(f(h.quantiles().meanSpread() * 1e4, 2));
            row.add(f(100 * h.quantiles().meanTopTurnover(), 1) + "%");
            row.add(f(100 * h.quantiles().meanBottomTurnover(), 1) + "%");
            qr.add(row);
        }
        page.table(qh, qr);
        page.heading("Charts");
        for (Map.Entry<String, JFreeChart> e : charts.entrySet()) {
            Charts.writePng(e.getValue(), dir.resolve(e.getKey()), 1000, e.getKey().equals("ic-monthly.png") ? 650 : 420);
            page.image(e.getKey(), e.getValue().getTitle() == null ? e.getKey() : e.getValue().getTitle().getText());
        }
        return page.write(dir.resolve("report.html"));
    }

    /** Growth of 1 in each quantile portfolio from the first scored row on. */
    private static double[][] scoredGrowth(FactorEvaluation.Horizon h, int a, int b) {
        double[][] daily = h.quantiles().daily();
        double[][] out = new double[daily.length][b - a];
        for (int q = 0; q < daily.length; q++) {
            double g = 1;
            for (int i = a; i < b; i++) {
                if (!Double.isNaN(daily[q][i])) g *= 1 + daily[q][i];
                out[q][i - a] = g;
            }
        }
        return out;
    }

    private static List<List<String>> icRows(FactorEvaluation.Result r, boolean neutral) {
        List<List<String>> rows = new ArrayList<>();
        for (FactorEvaluation.Horizon h : r.horizons()) {
            IcStats a = neutral ? h.neutralIc() : h.ic(), b = neutral ? h.neutralRankIc() : h.rankIc();
            rows.add(List.of(Integer.toString(h.h()), f(a.mean(), 4), f(a.std(), 4), f(a.icir(), 3), f(a.tStat(), 2), f(a.tStatNonOverlapping(), 2),
                    f(100 * a.hitRate(), 1) + "%", f(b.mean(), 4), f(b.icir(), 3), f(b.tStat(), 2), f(100 * b.hitRate(), 1) + "%"));
        }
        return rows;
    }

    private static String f(double v, int digits) {
        return String.format(Locale.ROOT, "%." + digits + "f", v);
    }
}
