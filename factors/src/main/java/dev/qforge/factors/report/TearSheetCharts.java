package dev.qforge.factors.report;

import dev.qforge.report.Charts;
import dev.qforge.report.chart.ColorScale;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.statistics.HistogramDataset;
import org.jfree.data.xy.DefaultXYZDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import java.awt.Color;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

/** The charts of a factor tear sheet, built from plain arrays (NaN = missing). */
final class TearSheetCharts {

    private TearSheetCharts() {
    }

    /** Trailing mean over the last {@code n} non-NaN values (NaN until there are n). */
    static double[] movingMean(double[] v, int n) {
        double[] out = new double[v.length];
        double[] buf = new double[n];
        int k = 0;
        double s = 0;
        for (int i = 0; i < v.length; i++) {
            out[i] = Double.NaN;
            if (Double.isNaN(v[i])) continue;
            if (k >= n) s -= buf[k % n];
            buf[k % n] = v[i];
            s += v[i];
            k++;
            if (k >= n) out[i] = s / n;
        }
        return out;
    }

    static JFreeChart icSeries(String title, long[] t, double[] ic) {
        Map<String, Charts.TimeValues> lines = new LinkedHashMap<>();
        lines.put("daily", new Charts.TimeValues(t, ic));
        lines.put("22-day mean", new Charts.TimeValues(t, movingMean(ic, 22)));
        JFreeChart c = Charts.lineChart(title, "IC", lines);
        c.getXYPlot().getRenderer().setSeriesPaint(0, new Color(170, 190, 220));
        c.getXYPlot().getRenderer().setSeriesPaint(1, new Color(200, 40, 40));
        c.getXYPlot().getRenderer().setSeriesStroke(1, new java.awt.BasicStroke(2.2f));
        // XYPlot draws the last series first by default: draw the mean over the daily values
        c.getXYPlot().setSeriesRenderingOrder(org.jfree.chart.plot.SeriesRenderingOrder.FORWARD);
        return c;
    }

    static JFreeChart histogram(String title, double[] ic) {
        int n = 0;
        for (double v : ic) if (!Double.isNaN(v)) n++;
        double[] x = new double[n];
        n = 0;
        for (double v : ic) if (!Double.isNaN(v)) x[n++] = v;
        HistogramDataset d = new HistogramDataset();
        if (n == 0) throw new IllegalArgumentException("no daily IC to plot");
        d.addSeries("daily Rank IC", x, 50);
        JFreeChart c = ChartFactory.createHistogram(title, "Rank IC", "days", d, PlotOrientation.VERTICAL, false, false, false);
        c.getXYPlot().setBackgroundPaint(Color.WHITE);
        return c;
    }

    /** Mean IC per calendar month (UTC dates), years down, months across. */
    static JFreeChart monthlyHeatMap(String title, long[] t, double[] ic) {
        Map<Integer, double[]> sum = new java.util.TreeMap<>(), cnt = new java.util.TreeMap<>();
        for (int i = 0; i < t.length; i++) {
            if (Double.isNaN(ic[i])) continue;
            ZonedDateTime z = Instant.ofEpochMilli(t[i]).atZone(ZoneOffset.UTC);
            sum.computeIfAbsent(z.getYear(), k -> new double[12])[z.getMonthValue() - 1] += ic[i];
            cnt.computeIfAbsent(z.getYear(), k -> new double[12])[z.getMonthValue() - 1]++;
        }
        if (sum.isEmpty()) throw new IllegalArgumentException("no daily IC to plot");
        int y0 = sum.keySet().iterator().next(), years = ((java.util.TreeMap<Integer, double[]>) sum).lastKey() - y0 + 1;
        int cells = years * 12;
        double[] xs = new double[cells], ys = new double[cells], zs = new double[cells];
        double lim = 0;
        for (int y = 0; y < years; y++) {
            for (int m = 0; m < 12; m++) {
                int i = y * 12 + m;
                xs[i] = m;
                ys[i] = y;
                double[] s = sum.get(y0 + y), c = cnt.get(y0 + y);
                zs[i] = s == null || c[m] == 0 ? Double.NaN : s[m] / c[m];
                if (!Double.isNaN(zs[i])) lim = Math.max(lim, Math.abs(zs[i]));
            }
        }
        DefaultXYZDataset d = new DefaultXYZDataset();
        d.addSeries("mean IC", new double[][]{xs, ys, zs});
        String[] months = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
        String[] yl = new String[years];
        for (int y = 0; y < years; y++) yl[y] = Integer.toString(y0 + y);
        SymbolAxis xa = new SymbolAxis("month", months), ya = new SymbolAxis("year", yl);
        ya.setInverted(true);
        XYBlockRenderer r = new XYBlockRenderer();
        ColorScale scale = ColorScale.diverging(lim == 0 ? 1e-9 : lim);
        r.setPaintScale(scale);
        XYPlot p = new XYPlot(d, xa, ya, r);
        p.setBackgroundPaint(Color.WHITE);
        JFreeChart c = new JFreeChart(title, p);
        c.removeLegend();
        NumberAxis legendAxis = new NumberAxis("mean Rank IC");
        legendAxis.setRange(-Math.max(lim, 1e-9), Math.max(lim, 1e-9));
        PaintScaleLegend legend = new PaintScaleLegend(scale, legendAxis);
        legend.setPosition(RectangleEdge.RIGHT);
        c.addSubtitle(legend);
        c.setBackgroundPaint(Color.WHITE);
        return c;
    }

    static JFreeChart decay(String title, int[] horizons, double[] ic, double[] rankIc) {
        XYSeries a = new XYSeries("IC"), b = new XYSeries("Rank IC");
        for (int i = 0; i < horizons.length; i++) {
            a.add(horizons[i], ic[i]);
            b.add(horizons[i], rankIc[i]);
        }
        XYSeriesCollection d = new XYSeriesCollection();
        d.addSeries(a);
        d.addSeries(b);
        JFreeChart c = ChartFactory.createXYLineChart(title, "horizon (bars)", "mean IC", d, PlotOrientation.VERTICAL, true, false, false);
        c.getXYPlot().setBackgroundPaint(Color.WHITE);
        ((org.jfree.chart.renderer.xy.XYLineAndShapeRenderer) c.getXYPlot().getRenderer()).setDefaultShapesVisible(true);
        return c;
    }

    /** Mean return per quantile, in basis points, one bar group per horizon. */
    static JFreeChart quantileBars(String title, int[] horizons, double[][] meanByHorizon) {
        DefaultCategoryDataset d = new DefaultCategoryDataset();
        for (int h = 0; h < horizons.length; h++) {
            for (int q = 0; q < meanByHorizon[h].length; q++) d.addValue(meanByHorizon[h][q] * 1e4, horizons[h] + "-bar", "Q" + (q + 1));
        }
        JFreeChart c = ChartFactory.createBarChart(title, "quantile (Q1 = lowest factor)", "mean forward return (bps)", d);
        c.getCategoryPlot().setBackgroundPaint(Color.WHITE);
        return c;
    }

    static JFreeChart cumulative(String title, long[] t, double[][] growth) {
        Map<String, Charts.TimeValues> lines = new LinkedHashMap<>();
        for (int q = 0; q < growth.length; q++) lines.put("Q" + (q + 1), new Charts.TimeValues(t, growth[q]));
        return Charts.lineChart(title, "growth of 1", lines);
    }

    static JFreeChart turnover(String title, long[] t, double[] top, double[] bottom) {
        Map<String, Charts.TimeValues> lines = new LinkedHashMap<>();
        lines.put("top quantile (22-day mean)", new Charts.TimeValues(t, movingMean(top, 22)));
        lines.put("bottom quantile (22-day mean)", new Charts.TimeValues(t, movingMean(bottom, 22)));
        return Charts.lineChart(title, "share replaced per bar", lines);
    }
}
