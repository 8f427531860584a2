package dev.qforge.report;

import dev.qforge.data.BarSeries;
import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.time.FixedMillisecond;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;

/**
 * JFreeChart charts rendered headless to PNG. Times are epoch milliseconds (bar close times); NaN
 * values are left out of a line rather than drawn as zero.
 */
public final class Charts {

    private Charts() {
    }

    /** A line chart of one or more named series over the same or different times. */
    public static JFreeChart lineChart(String title, String yLabel, Map<String, TimeValues> lines) {
        TimeSeriesCollection data = new TimeSeriesCollection();
        for (Map.Entry<String, TimeValues> e : lines.entrySet()) {
            TimeSeries ts = new TimeSeries(e.getKey());
            TimeValues tv = e.getValue();
            for (int i = 0; i < tv.times().length; i++) {
                if (!Double.isNaN(tv.values()[i])) ts.add(new FixedMillisecond(tv.times()[i]), tv.values()[i], false);
            }
            ts.fireSeriesChanged();
            data.addSeries(ts);
        }
        JFreeChart chart = ChartFactory.createTimeSeriesChart(title, "time", yLabel, data, lines.size() > 1, false, false);
        XYPlot plot = chart.getXYPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(220, 220, 220));
        plot.setRangeGridlinePaint(new Color(220, 220, 220));
        for (int i = 0; i < lines.size(); i++) plot.getRenderer().setSeriesStroke(i, new BasicStroke(1.2f));
        return chart;
    }

    /** Close prices of a series. */
    public static JFreeChart closeChart(BarSeries series) {
        return lineChart(series.symbol() + " " + series.timeframe() + " close", "price",
                Map.of(series.symbol(), new TimeValues(series.times(), series.closes())));
    }

    /** Writes {@code chart} as a PNG of the given size, creating folders as needed. */
    public static Path writePng(JFreeChart chart, Path file, int width, int height) {
        try {
            if (file.getParent() != null) Files.createDirectories(file.getParent());
            ChartUtils.saveChartAsPNG(file.toFile(), chart, width, height);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write chart " + file + ": " + e.getMessage(), e);
        }
    }

    /** Parallel arrays of times (epoch ms) and values. */
    public record TimeValues(long[] times, double[] values) {
        public TimeValues {
            if (times.length != values.length) throw new IllegalArgumentException("times and values differ in length");
        }
    }
}
