package dev.qforge.report.chart;

import java.awt.Color;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.util.ShapeUtils;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * A close-price line with trade markers: buys as green up-triangles and sells as red down-triangles,
 * each centred on its given (time, price) point (typically the fill time and fill price). Markers are
 * drawn over the line. NaN prices are gaps in the line; a marker with a NaN price is not drawn.
 * Times are epoch millis shown as UTC dates.
 */
public final class TradeMarkersChart implements ReportChart {

    static final Color BUY = new Color(0, 160, 60);
    static final Color SELL = new Color(210, 30, 30);

    private final long[] times;
    private final double[] close;
    private long[] buyTimes = new long[0];
    private double[] buyPrices = new double[0];
    private long[] sellTimes = new long[0];
    private double[] sellPrices = new double[0];
    private String title = "Price and trades";
    private float markerSize = 5f;

    private TradeMarkersChart(long[] times, double[] close) {
        this.times = times;
        this.close = close;
    }

    /** Close prices at {@code times} (epoch ms, not decreasing). */
    public static TradeMarkersChart of(long[] times, double[] close) {
        ChartStyle.requireSeries("close price", times, close);
        return new TradeMarkersChart(times.clone(), close.clone());
    }

    /** Buy (entry) points; may be empty. */
    public TradeMarkersChart buys(long[] times, double[] prices) {
        requireMarkers("buys", times, prices);
        this.buyTimes = times.clone();
        this.buyPrices = prices.clone();
        return this;
    }

    /** Sell (exit) points; may be empty. */
    public TradeMarkersChart sells(long[] times, double[] prices) {
        requireMarkers("sells", times, prices);
        this.sellTimes = times.clone();
        this.sellPrices = prices.clone();
        return this;
    }

    public TradeMarkersChart title(String title) {
        this.title = title;
        return this;
    }

    /** Half the triangle's size in pixels (default 5). */
    public TradeMarkersChart markerSize(float halfSize) {
        if (!(halfSize > 0)) throw new IllegalArgumentException("marker size must be positive, got " + halfSize);
        this.markerSize = halfSize;
        return this;
    }

    @Override
    public JFreeChart chart() {
        XYSeriesCollection prices = new XYSeriesCollection(ChartStyle.series("close", times, close, 1.0));
        XYLineAndShapeRenderer line = new XYLineAndShapeRenderer(true, false);
        line.setSeriesPaint(0, ChartStyle.LINE);
        line.setSeriesStroke(0, ChartStyle.THIN);
        XYPlot plot = ChartStyle.plot(prices, ChartStyle.dateAxis(), ChartStyle.valueAxis("price"), line);
        plot.setDataset(1, new XYSeriesCollection(ChartStyle.series("buy", buyTimes, buyPrices, 1.0)));
        plot.setRenderer(1, markers(BUY, true));
        plot.setDataset(2, new XYSeriesCollection(ChartStyle.series("sell", sellTimes, sellPrices, 1.0)));
        plot.setRenderer(2, markers(SELL, false));
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        return ChartStyle.chart(title, plot, true);
    }

    private XYLineAndShapeRenderer markers(Color color, boolean up) {
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(false, true);
        r.setSeriesShape(0, up ? ShapeUtils.createUpTriangle(markerSize) : ShapeUtils.createDownTriangle(markerSize));
        r.setSeriesPaint(0, color);
        r.setSeriesShapesFilled(0, true);
        return r;
    }

    private static void requireMarkers(String what, long[] times, double[] prices) {
        if (times == null || prices == null) throw new IllegalArgumentException(what + ": times and prices must not be null");
        if (times.length != prices.length) {
            throw new IllegalArgumentException(what + ": " + times.length + " times but " + prices.length + " prices");
        }
    }
}
