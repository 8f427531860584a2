package dev.qforge.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.XYDataset;
import org.jfree.data.xy.XYSeries;

/**
 * Shared look and input checks of the report charts: white plots with light grid lines, date axes
 * in UTC, numbers formatted in {@link Locale#US} (so a report reads the same on every machine).
 */
final class ChartStyle {

    static final TimeZone UTC = TimeZone.getTimeZone("UTC");
    static final Color GRID = new Color(220, 220, 220);
    static final Color LINE = new Color(31, 78, 140);
    static final Color BENCHMARK = new Color(150, 150, 150);
    static final BasicStroke THIN = new BasicStroke(1.2f);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    private ChartStyle() {
    }

    /** A date axis for epoch-millisecond values, ticks and labels in UTC. */
    static DateAxis dateAxis() {
        DateAxis axis = new DateAxis("date", UTC, Locale.US);
        axis.setLowerMargin(0.01);
        axis.setUpperMargin(0.01);
        return axis;
    }

    /** A number axis that does not force zero into its range. */
    static NumberAxis valueAxis(String label) {
        NumberAxis axis = new NumberAxis(label);
        axis.setAutoRangeIncludesZero(false);
        return axis;
    }

    /** {@code pattern} as a {@link DecimalFormat} with US symbols, e.g. {@code "0.0'%'"}. */
    static NumberFormat format(String pattern) {
        return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.US));
    }

    /** An XY plot on a white background with light grid lines. */
    static XYPlot plot(XYDataset data, ValueAxis domain, ValueAxis range, XYItemRenderer renderer) {
        XYPlot plot = new XYPlot(data, domain, range, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(GRID);
        plot.setRangeGridlinePaint(GRID);
        return plot;
    }

    /**
     * A chart on a white background. No {@code ChartTheme} is applied: a theme would reset the series
     * paints and annotation colours set by the charts here.
     */
    static JFreeChart chart(String title, XYPlot plot, boolean legend) {
        JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, legend);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setPadding(new RectangleInsets(4, 4, 4, 16));
        return chart;
    }

    /** A solid horizontal (range) or vertical (domain) line at {@code value}. */
    static ValueMarker line(double value) {
        return new ValueMarker(value, Color.DARK_GRAY, new BasicStroke(1.0f));
    }

    /**
     * Checks parallel arrays of times and values: same length, not empty, times never decreasing.
     * {@code what} names the input in the message ("equity", "rolling Sharpe").
     */
    static void requireSeries(String what, long[] times, double[] values) {
        if (times == null || values == null) throw new IllegalArgumentException(what + ": times and values must not be null");
        if (times.length != values.length) {
            throw new IllegalArgumentException(what + ": " + times.length + " times but " + values.length + " values");
        }
        if (times.length == 0) throw new IllegalArgumentException(what + " is empty: nothing to plot");
        for (int i = 1; i < times.length; i++) {
            if (times[i] < times[i - 1]) {
                throw new IllegalArgumentException(what + ": times go backwards at index " + i + " (" + date(times[i])
                        + " after " + date(times[i - 1]) + ")");
            }
        }
    }

    /** {@code millis} as {@code yyyy-MM-dd HH:mm} UTC, for messages. */
    static String date(long millis) {
        return DAY.format(Instant.ofEpochMilli(millis));
    }

    /**
     * One series of (time, value) points, each value multiplied by {@code scale}; a NaN or infinite
     * value stays in as NaN, which line renderers draw as a gap.
     */
    static XYSeries series(String key, long[] times, double[] values, double scale) {
        XYSeries s = new XYSeries(key, false, true);
        for (int i = 0; i < times.length; i++) {
            double v = values[i];
            s.add((double) times[i], Double.isFinite(v) ? v * scale : Double.NaN, false);
        }
        return s;
    }

    /**
     * The runs of consecutive finite values as separate series (keys {@code key}, {@code key#2}, ...),
     * for renderers such as area renderers that would otherwise draw a NaN as zero.
     */
    static List<XYSeries> segments(String key, long[] times, double[] values, double scale) {
        List<XYSeries> out = new ArrayList<>();
        XYSeries current = null;
        for (int i = 0; i < times.length; i++) {
            if (!Double.isFinite(values[i])) {
                current = null;
                continue;
            }
            if (current == null) {
                current = new XYSeries(out.isEmpty() ? key : key + "#" + (out.size() + 1), false, true);
                out.add(current);
            }
            current.add((double) times[i], values[i] * scale, false);
        }
        return out;
    }

    static boolean anyFinite(double[] values) {
        for (double v : values) if (Double.isFinite(v)) return true;
        return false;
    }
}
