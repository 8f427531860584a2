package dev.qforge.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.Arrays;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.statistics.HistogramDataset;
import org.jfree.data.statistics.HistogramType;

/**
 * A histogram of per-trade returns, shown in percent, with a vertical line at zero (the axis always
 * includes zero). Returns are fractions ({@code 0.02} is +2%). The bins split the range from the
 * smallest to the largest return into equal widths (a range of width zero is widened by 0.5
 * percentage points each side). NaN and infinite returns are left out and counted in the subtitle.
 */
public final class TradeReturnHistogram implements ReportChart {

    private static final Color BAR = new Color(31, 78, 140, 200);

    private final double[] returns;
    private final int dropped;
    private int bins = 20;
    private String title = "Trade returns";

    private TradeReturnHistogram(double[] returns, int dropped) {
        this.returns = returns;
        this.dropped = dropped;
    }

    /** Per-trade returns as fractions; at least one must be finite. */
    public static TradeReturnHistogram of(double[] returns) {
        if (returns == null || returns.length == 0) throw new IllegalArgumentException("no trade returns: nothing to plot");
        double[] finite = Arrays.stream(returns).filter(Double::isFinite).toArray();
        if (finite.length == 0) {
            throw new IllegalArgumentException("none of the " + returns.length + " trade returns is a finite number: nothing to plot");
        }
        return new TradeReturnHistogram(finite, returns.length - finite.length);
    }

    /** The number of equal-width bins (default 20). */
    public TradeReturnHistogram bins(int bins) {
        if (bins < 1) throw new IllegalArgumentException("a histogram needs at least one bin, got " + bins);
        this.bins = bins;
        return this;
    }

    public TradeReturnHistogram title(String title) {
        this.title = title;
        return this;
    }

    @Override
    public JFreeChart chart() {
        double[] pct = new double[returns.length];
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        int wins = 0;
        for (int i = 0; i < pct.length; i++) {
            pct[i] = returns[i] * 100;
            min = Math.min(min, pct[i]);
            max = Math.max(max, pct[i]);
            if (returns[i] > 0) wins++;
        }
        if (min == max) {
            min -= 0.5;
            max += 0.5;
        }
        HistogramDataset data = new HistogramDataset();
        data.setType(HistogramType.FREQUENCY);
        data.addSeries("trades", pct, bins, min, max);

        XYBarRenderer renderer = new XYBarRenderer(0.05);
        renderer.setBarPainter(new StandardXYBarPainter());
        renderer.setShadowVisible(false);
        renderer.setSeriesPaint(0, BAR);
        NumberAxis x = new NumberAxis("return per trade (%)");
        x.setAutoRangeIncludesZero(true);
        x.setNumberFormatOverride(ChartStyle.format("0.##'%'"));
        NumberAxis y = new NumberAxis("trades");
        y.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        XYPlot plot = ChartStyle.plot(data, x, y, renderer);
        ValueMarker zero = new ValueMarker(0, Color.BLACK, new BasicStroke(1.5f));
        plot.addDomainMarker(zero);
        JFreeChart chart = ChartStyle.chart(title, plot, false);
        String sub = returns.length + " trades, " + ChartStyle.format("0.#'%'").format(100.0 * wins / returns.length) + " winners";
        if (dropped > 0) sub += ", " + dropped + " without a finite return left out";
        chart.addSubtitle(new TextTitle(sub));
        return chart;
    }
}
