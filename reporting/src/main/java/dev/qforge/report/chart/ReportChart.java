package dev.qforge.report.chart;

import dev.qforge.report.Charts;
import java.nio.file.Path;
import org.jfree.chart.JFreeChart;

/**
 * A chart for a report, built from plain arrays and rendered with JFreeChart. {@link #chart()} builds
 * a fresh chart on every call (so the renderer can be configured further and rendered again);
 * {@link #writePng(Path, int, int)} renders it headless to a PNG through {@link Charts#writePng}.
 * Invalid input (empty arrays, mismatched lengths, values a scale cannot show) is reported by
 * {@link #chart()} as an {@link IllegalArgumentException} that names the problem.
 */
public interface ReportChart {

    /** Builds the chart; throws {@link IllegalArgumentException} on input the chart cannot show. */
    JFreeChart chart();

    /** Renders the chart as a {@code width} x {@code height} PNG, creating folders as needed. */
    default Path writePng(Path file, int width, int height) {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("chart size must be positive, got " + width + " x " + height);
        }
        return Charts.writePng(chart(), file, width, height);
    }
}
