package dev.qforge.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYAreaRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The underwater curve: drawdown below the running peak over time, as a filled area under zero.
 * Drawdown is a fraction {@code equity / runningPeak - 1} (so {@code -0.25} is 25% below the peak)
 * and is shown in percent. A NaN value is a gap in the area, not a return to zero; the running peak
 * of {@link #fromEquity} skips NaN. Times are epoch millis shown as UTC dates.
 */
public final class DrawdownChart implements ReportChart {

    private static final Color FILL = new Color(215, 48, 39, 110);
    private static final Color EDGE = new Color(170, 30, 30);
    /** Rounding slack for drawdowns computed elsewhere: a value up to this above zero counts as zero. */
    private static final double SLACK = 1e-12;

    private final long[] times;
    private final double[] drawdown;
    private String title = "Drawdown";

    private DrawdownChart(long[] times, double[] drawdown) {
        this.times = times;
        this.drawdown = drawdown;
    }

    /** Drawdown fractions ({@code <= 0}) at {@code times}; a positive value is refused. */
    public static DrawdownChart of(long[] times, double[] drawdown) {
        ChartStyle.requireSeries("drawdown", times, drawdown);
        for (int i = 0; i < drawdown.length; i++) {
            if (drawdown[i] > SLACK) {
                throw new IllegalArgumentException("drawdown must be <= 0 (a fraction below the running peak), but is " + drawdown[i]
                        + " on " + ChartStyle.date(times[i]) + " (index " + i + "); pass equity to DrawdownChart.fromEquity instead");
            }
        }
        double[] dd = drawdown.clone();
        for (int i = 0; i < dd.length; i++) if (dd[i] > 0) dd[i] = 0;
        return new DrawdownChart(times.clone(), dd);
    }

    /** The drawdown of an equity curve; equity must be positive where it is finite. */
    public static DrawdownChart fromEquity(long[] times, double[] equity) {
        ChartStyle.requireSeries("equity", times, equity);
        return new DrawdownChart(times.clone(), drawdowns(times, equity));
    }

    /** {@code equity[i] / max(equity[0..i]) - 1}, NaN where equity is not finite. */
    static double[] drawdowns(long[] times, double[] equity) {
        double[] dd = new double[equity.length];
        double peak = Double.NaN;
        for (int i = 0; i < equity.length; i++) {
            double e = equity[i];
            if (!Double.isFinite(e)) {
                dd[i] = Double.NaN;
                continue;
            }
            if (e <= 0) {
                throw new IllegalArgumentException("drawdown needs positive equity, but equity is " + e + " on "
                        + ChartStyle.date(times[i]) + " (index " + i + ")");
            }
            peak = Double.isNaN(peak) ? e : Math.max(peak, e);
            dd[i] = e / peak - 1;
        }
        return dd;
    }

    public DrawdownChart title(String title) {
        this.title = title;
        return this;
    }

    /** The deepest drawdown (a fraction, {@code <= 0}), NaN when no value is finite. */
    public double maxDrawdown() {
        double min = Double.NaN;
        for (double d : drawdown) if (Double.isFinite(d) && (Double.isNaN(min) || d < min)) min = d;
        return min;
    }

    @Override
    public JFreeChart chart() {
        XYSeriesCollection data = new XYSeriesCollection();
        for (XYSeries s : ChartStyle.segments("drawdown", times, drawdown, 100.0)) data.addSeries(s);
        XYAreaRenderer renderer = new XYAreaRenderer(XYAreaRenderer.AREA);
        renderer.setAutoPopulateSeriesPaint(false);
        renderer.setDefaultPaint(FILL);
        renderer.setOutline(true);
        renderer.setAutoPopulateSeriesOutlinePaint(false);
        renderer.setDefaultOutlinePaint(EDGE);
        renderer.setAutoPopulateSeriesOutlineStroke(false);
        renderer.setDefaultOutlineStroke(new BasicStroke(1.0f));
        NumberAxis axis = new NumberAxis("drawdown (%)");
        axis.setAutoRangeIncludesZero(true);
        axis.setNumberFormatOverride(ChartStyle.format("0.#'%'"));
        XYPlot plot = ChartStyle.plot(data, ChartStyle.dateAxis(), axis, renderer);
        plot.addRangeMarker(ChartStyle.line(0));
        plot.setNoDataMessage("no finite drawdown values");
        JFreeChart chart = ChartStyle.chart(title, plot, false);
        double max = maxDrawdown();
        if (!Double.isNaN(max)) {
            chart.addSubtitle(new TextTitle("max drawdown " + ChartStyle.format("0.0#'%'").format(max * 100)));
        }
        return chart;
    }
}
