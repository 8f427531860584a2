package dev.qforge.backtest.report;

import dev.qforge.backtest.metrics.EquityCurve;
import dev.qforge.backtest.metrics.RollingStats;
import dev.qforge.backtest.metrics.RoundTrip;
import dev.qforge.backtest.metrics.RoundTrips;
import dev.qforge.backtest.order.Fill;
import dev.qforge.backtest.order.OrderEvent;
import dev.qforge.backtest.order.Side;
import dev.qforge.data.BarSeries;
import dev.qforge.report.HtmlPage;
import dev.qforge.report.chart.DrawdownChart;
import dev.qforge.report.chart.EquityChart;
import dev.qforge.report.chart.MonthlyReturn;
import dev.qforge.report.chart.MonthlyReturnsHeatMap;
import dev.qforge.report.chart.RollingSharpeChart;
import dev.qforge.report.chart.TradeMarkersChart;
import dev.qforge.report.chart.TradeReturnHistogram;

import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The HTML page of one backtest: a metrics table, charts (equity against the benchmark, underwater
 * drawdown, monthly returns heat map, rolling Sharpe, price with entries and exits, distribution of
 * trade returns) and the order and fill logs (the first {@value #LOG_ROWS} rows; all of them are in the
 * database and in {@code fills.csv} / {@code orders.csv} next to the page).
 */
public final class BacktestReport {

    static final int LOG_ROWS = 500;
    private static final int MAX_POINTS = 4000;
    private static final int W = 1000;
    private static final int H = 380;
    /** Trading days in the rolling Sharpe window: about six months. */
    private static final int ROLLING_DAYS = 126;

    private BacktestReport() {
    }

    /** Writes report.html, its PNGs and the CSV logs into {@code dir}; returns the page. */
    public static Path write(ReportInput in, Path dir) {
        HtmlPage page = new HtmlPage(in.title());
        page.metrics(in.details());
        page.heading("Metrics");
        page.metrics(MetricsTable.format(in.metrics()));
        List<String> notes = new ArrayList<>();
        charts(in, dir, page, notes);
        for (String n : notes) page.paragraph(n);
        logs(in, dir, page);
        return page.write(dir.resolve("report.html"));
    }

    private static void charts(ReportInput in, Path dir, HtmlPage page, List<String> notes) {
        if (in.equity().length < 2) {
            notes.add("The run has fewer than two equity points: no charts.");
            return;
        }
        EquityCurve curve = new EquityCurve(in.equityTime(), in.equity(), new double[in.equity().length]);
        EquityCurve daily = curve.daily(in.metricsConfig().zone());
        int step = Thinning.step(curve.size(), MAX_POINTS);
        long[] t = Thinning.thin(curve.time(), step);
        double[] eq = Thinning.thin(curve.equity(), step);

        EquityChart equity = EquityChart.of(t, eq).title("Equity").strategyName("strategy").logScale(in.logScale());
        if (in.benchmark() != null) {
            double[] b = new double[t.length];
            for (int i = 0; i < t.length; i++) b[i] = in.benchmark().closeAtOrBefore(t[i]);
            equity.benchmark(in.benchmark().name(), b);
        }
        add(page, dir, "equity.png", "Equity against benchmark" + (in.logScale() ? " (log scale)" : ""), equity);
        add(page, dir, "drawdown.png", "Underwater (drawdown from the running peak)",
                DrawdownChart.of(t, Thinning.thin(RollingStats.drawdown(curve), step)).title("Drawdown"));

        List<MonthlyReturn> months = new ArrayList<>();
        for (Map.Entry<YearMonth, Double> e : RollingStats.monthlyReturns(curve, in.metricsConfig().zone()).entrySet()) {
            months.add(new MonthlyReturn(e.getKey().getYear(), e.getKey().getMonthValue(), e.getValue()));
        }
        if (!months.isEmpty()) add(page, dir, "monthly.png", "Monthly returns", MonthlyReturnsHeatMap.of(months).title("Monthly returns"));

        int window = Math.min(ROLLING_DAYS, Math.max(2, daily.size() / 4));
        if (daily.size() > window + 1) {
            double[] rs = RollingStats.rollingSharpe(curve, window, in.metricsConfig());
            add(page, dir, "rolling-sharpe.png", "Rolling Sharpe over " + window + " days",
                    RollingSharpeChart.of(daily.time(), rs).window(window + " days").title("Rolling Sharpe"));
        } else {
            notes.add("Too few days (" + daily.size() + ") for a rolling Sharpe.");
        }
        for (BarSeries s : in.prices().subList(0, Math.min(3, in.prices().size()))) trades(page, dir, s, in.fills());

        RoundTrips.Result trips = RoundTrips.fromFills(in.fills());
        if (!trips.closed().isEmpty()) {
            double[] r = trips.closed().stream().mapToDouble(RoundTrip::returnPct).map(x -> x * 100).toArray();
            add(page, dir, "trade-returns.png", "Distribution of trade returns (" + r.length + " round trips)",
                    TradeReturnHistogram.of(r).title("Trade returns (%)"));
        }
    }

    private static void trades(HtmlPage page, Path dir, BarSeries s, List<Fill> fills) {
        int step = Thinning.step(s.size(), MAX_POINTS);
        TradeMarkersChart c = TradeMarkersChart.of(Thinning.thin(s.times(), step), Thinning.thin(s.closes(), step))
                .title(s.symbol() + " close with entries and exits");
        List<Fill> mine = fills.stream().filter(f -> f.symbol().equals(s.symbol())).toList();
        if (mine.size() > 2000) mine = mine.subList(0, 2000);
        c.buys(mine.stream().filter(f -> f.side() == Side.BUY).mapToLong(Fill::time).toArray(),
                mine.stream().filter(f -> f.side() == Side.BUY).mapToDouble(Fill::price).toArray());
        c.sells(mine.stream().filter(f -> f.side() == Side.SELL).mapToLong(Fill::time).toArray(),
                mine.stream().filter(f -> f.side() == Side.SELL).mapToDouble(Fill::price).toArray());
        add(page, dir, "price-" + s.symbol().replaceAll("[^A-Za-z0-9._-]", "_") + ".png", s.symbol() + ": price, buys and sells", c);
    }

    private static void add(HtmlPage page, Path dir, String file, String heading, dev.qforge.report.chart.ReportChart chart) {
        page.heading(heading);
        chart.writePng(dir.resolve(file), W, H);
        page.image(file, heading);
    }

    private static void logs(ReportInput in, Path dir, HtmlPage page) {
        LogFiles.write(in, dir);
        page.heading("Fills (" + in.fills().size() + ")");
        List<List<String>> rows = new ArrayList<>();
        for (Fill f : in.fills().subList(0, Math.min(LOG_ROWS, in.fills().size()))) {
            rows.add(List.of(Instant.ofEpochMilli(f.time()).toString(), Long.toString(f.orderId()), f.symbol(), f.side().name(),
                    num(f.quantity()), num(f.price()), num(f.commission())));
        }
        page.table(List.of("time (UTC)", "order", "symbol", "side", "quantity", "price", "commission"), rows);
        if (in.fills().size() > LOG_ROWS) page.paragraph("First " + LOG_ROWS + " fills shown; all are in fills.csv.");
        page.heading("Order log (" + in.events().size() + " events)");
        rows = new ArrayList<>();
        for (OrderEvent e : in.events().subList(0, Math.min(LOG_ROWS, in.events().size()))) {
            rows.add(List.of(Instant.ofEpochMilli(e.time()).toString(), Long.toString(e.orderId()), e.symbol(), e.status().name(),
                    num(e.filledQuantity()), e.reason() == null ? "" : e.reason()));
        }
        page.table(List.of("time (UTC)", "order", "symbol", "status", "filled", "reason"), rows);
        if (in.events().size() > LOG_ROWS) page.paragraph("First " + LOG_ROWS + " events shown; all are in orders.csv.");
    }

    static String num(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return String.format(Locale.ROOT, "%d", (long) v);
        return String.format(Locale.ROOT, "%.6g", v);
    }

    /** Keeps only string values, for pages that show a spec. */
    public static Map<String, String> details(Object... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i + 1 < kv.length; i += 2) if (kv[i + 1] != null) m.put(kv[i].toString(), kv[i + 1].toString());
        return m;
    }
}
