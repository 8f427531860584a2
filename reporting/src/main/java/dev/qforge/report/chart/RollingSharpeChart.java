package dev.qforge.report.chart;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * A rolling Sharpe ratio over time, with a line at zero. The values are plotted as given (the caller
 * chooses window and annualisation and may name them with {@link #window(String)}); NaN (e.g. before
 * the first full window, or a window with zero volatility) is a gap in the line. Input with no finite
 * value renders an empty plot with a message. Times are epoch millis shown as UTC dates.
 */
public final class RollingSharpeChart implements ReportChart {

    private final long[] times;
    private final double[] sharpe;
    private String title = "Rolling Sharpe ratio";

    private RollingSharpeChart(long[] times, double[] sharpe) {
        this.times = times;
        this.sharpe = sharpe;
    }

    public static RollingSharpeChart of(long[] times, double[] sharpe) {
        ChartStyle.requireSeries("rolling Sharpe", times, sharpe);
        return new RollingSharpeChart(times.clone(), sharpe.clone());
    }

    /** Names the window in the title, e.g. {@code "126 days, annualised"}. */
    public RollingSharpeChart window(String description) {
        this.title = "Rolling Sharpe ratio (" + description + ")";
        return this;
    }

    public RollingSharpeChart title(String title) {
        this.title = title;
        return this;
    }

    @Override
    public JFreeChart chart() {
        XYSeriesCollection data = new XYSeriesCollection();
        if (ChartStyle.anyFinite(sharpe)) data.addSeries(ChartStyle.series("Sharpe", times, sharpe, 1.0));
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        renderer.setSeriesPaint(0, ChartStyle.LINE);
        renderer.setSeriesStroke(0, ChartStyle.THIN);
        XYPlot plot = ChartStyle.plot(data, ChartStyle.dateAxis(), ChartStyle.valueAxis("Sharpe ratio"), renderer);
        plot.addRangeMarker(ChartStyle.line(0));
        plot.setNoDataMessage("no rolling Sharpe values (window longer than the data?)");
        return ChartStyle.chart(title, plot, false);
    }
}
