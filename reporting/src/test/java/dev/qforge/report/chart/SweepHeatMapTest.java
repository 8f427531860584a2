package dev.qforge.report.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.nio.file.Path;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYShapeAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.title.PaintScaleLegend;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SweepHeatMapTest {

    private static final double[] FAST = {5, 10, 20};
    private static final double[] SLOW = {50, 100};
    /** metric[slow][fast]; the largest, 2.5, is at fast = 20 (x 2), slow = 50 (y 0); the smallest at x 0, y 1. */
    private static final double[][] SHARPE = {{0.5, 1.0, 2.5}, {-1.0, Double.NaN, 0.7}};

    private static SweepHeatMap sample() {
        return SweepHeatMap.of("fast", FAST, "slow", SLOW, "Sharpe", SHARPE);
    }

    @Test
    void writesAPngOfTheRequestedSize(@TempDir Path dir) throws Exception {
        Rendered.png(sample(), dir.resolve("sweep.png"), 640, 480);
    }

    @Test
    void findsTheBestCellEitherWay() {
        assertThat(sample().best()).contains(new SweepHeatMap.Cell(2, 0, 2.5));
        assertThat(sample().lowerIsBetter(true).best()).contains(new SweepHeatMap.Cell(0, 1, -1.0));
        double[][] none = {{Double.NaN}};
        assertThat(SweepHeatMap.of("a", new double[] {1}, "b", new double[] {2}, "m", none).best()).isEmpty();
    }

    @Test
    void outlinesTheArgmaxCell() {
        JFreeChart chart = sample().chart();
        List<XYShapeAnnotation> outlines = chart.getXYPlot().getAnnotations().stream()
                .filter(a -> a instanceof XYShapeAnnotation).map(a -> (XYShapeAnnotation) a).toList();
        assertThat(outlines).hasSize(1);

        Rendered r = Rendered.of(chart, 800, 500);
        // the left edge of the best cell (x 2, y 0) is drawn black; the same edge of another cell is not
        assertThat(darkestAcrossEdge(r, 2, 0)).as("edge of the best cell").isLessThan(30);
        assertThat(darkestAcrossEdge(r, 2, 1)).as("edge of an ordinary cell").isGreaterThan(90);
    }

    @Test
    void nanCellsAreGreyAndLabelledNotAvailable() {
        JFreeChart chart = sample().chart();
        Rendered r = Rendered.of(chart, 800, 500);
        assertThat(r.at(1 - 0.35, 1)).isEqualTo(ColorScale.NAN_GREY);
        List<String> labels = chart.getXYPlot().getAnnotations().stream()
                .filter(a -> a instanceof XYTextAnnotation).map(a -> ((XYTextAnnotation) a).getText()).toList();
        assertThat(labels).contains("n/a", "2.5", "-1", "0.7").hasSize(6);
        assertThat(chart.getSubtitles()).anyMatch(t -> t instanceof PaintScaleLegend);
    }

    @Test
    void theBestCellIsTheBrightestColour() {
        ColorScale s = sample().colorScale();
        assertThat(brightness(s.color(2.5))).isGreaterThan(brightness(s.color(-1.0)));
        ColorScale low = sample().lowerIsBetter(true).colorScale();
        assertThat(brightness(low.color(-1.0))).isGreaterThan(brightness(low.color(2.5)));
    }

    @Test
    void badShapesGetAClearMessage() {
        assertThatThrownBy(() -> SweepHeatMap.of("fast", new double[0], "slow", SLOW, "Sharpe", new double[2][0]))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("sweep: no fast values: nothing to plot");
        assertThatThrownBy(() -> SweepHeatMap.of("fast", FAST, "slow", new double[] {1, 2, 3}, "Sharpe", SHARPE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Sharpe has 2 rows but there are 3 slow values");
        assertThatThrownBy(() -> SweepHeatMap.of("fast", new double[] {1, 2}, "slow", SLOW, "Sharpe", SHARPE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("row 0 (slow = 50) has 3 values but there are 2 fast values");
    }

    /** The smallest r+g+b/3 in a few pixels around the left edge of cell (x, y), at its vertical centre. */
    private static int darkestAcrossEdge(Rendered r, int x, int y) {
        double edge = r.px(x - 0.5);
        double cy = r.py(y) + 0.25 * Math.abs(r.py(y + 1) - r.py(y));
        int darkest = 255;
        for (int dx = -2; dx <= 2; dx++) {
            Color c = r.pixel(edge + dx, cy);
            darkest = Math.min(darkest, (c.getRed() + c.getGreen() + c.getBlue()) / 3);
        }
        return darkest;
    }

    private static int brightness(Color c) {
        return c.getRed() + c.getGreen() + c.getBlue();
    }
}
