package dev.qforge.report.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;

/** A chart drawn into an image, with its data area, so tests can read the pixel at a data point. */
record Rendered(JFreeChart chart, BufferedImage image, Rectangle2D dataArea) {

    static final long DAY = 86_400_000L;
    /** 2021-01-04T00:00Z. */
    static final long T0 = 1_609_718_400_000L;

    static Rendered of(JFreeChart chart, int width, int height) {
        ChartRenderingInfo info = new ChartRenderingInfo();
        BufferedImage img = chart.createBufferedImage(width, height, info);
        return new Rendered(chart, img, info.getPlotInfo().getDataArea());
    }

    /** Writes the chart as a PNG, reads it back and checks its size. */
    static BufferedImage png(ReportChart chart, Path file, int width, int height) throws Exception {
        Path written = chart.writePng(file, width, height);
        BufferedImage img = ImageIO.read(written.toFile());
        assertThat(img.getWidth()).isEqualTo(width);
        assertThat(img.getHeight()).isEqualTo(height);
        return img;
    }

    /** Daily times from {@link #T0}. */
    static long[] days(int n) {
        long[] t = new long[n];
        for (int i = 0; i < n; i++) t[i] = T0 + i * DAY;
        return t;
    }

    double px(double x) {
        XYPlot plot = chart.getXYPlot();
        return plot.getDomainAxis().valueToJava2D(x, dataArea, plot.getDomainAxisEdge());
    }

    double py(double y) {
        XYPlot plot = chart.getXYPlot();
        return plot.getRangeAxis().valueToJava2D(y, dataArea, plot.getRangeAxisEdge());
    }

    /** The colour of the pixel at data point (x, y). */
    Color at(double x, double y) {
        return pixel(px(x), py(y));
    }

    Color pixel(double px, double py) {
        return new Color(image.getRGB((int) Math.floor(px), (int) Math.floor(py)), true);
    }

    static int greenness(Color c) {
        return c.getGreen() - (c.getRed() + c.getBlue()) / 2;
    }

    static int redness(Color c) {
        return c.getRed() - (c.getGreen() + c.getBlue()) / 2;
    }

    static boolean isWhite(Color c) {
        return c.getRed() > 245 && c.getGreen() > 245 && c.getBlue() > 245;
    }
}
