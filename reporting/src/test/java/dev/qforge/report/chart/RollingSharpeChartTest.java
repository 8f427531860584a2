package dev.qforge.report.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.nio.file.Path;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RollingSharpeChartTest {

    private static final double NaN = Double.NaN;

    @Test
    void writesAPngOfTheRequestedSize(@TempDir Path dir) throws Exception {
        Rendered.png(RollingSharpeChart.of(Rendered.days(4), new double[] {NaN, 0.5, 1.2, -0.3}).window("2 days"), dir.resolve("s.png"), 500, 260);
    }

    @Test
    void nanIsAGapInTheLine() {
        long[] t = Rendered.days(9);
        double[] v = {1, 1, 1, NaN, NaN, NaN, 1, 1, 1};
        JFreeChart chart = RollingSharpeChart.of(t, v).chart();
        chart.getXYPlot().setDomainGridlinesVisible(false); // grid lines would cross the sampled pixels
        chart.getXYPlot().setRangeGridlinesVisible(false);
        Rendered r = Rendered.of(chart, 600, 300);
        assertThat(anyInkNear(r, t[1], 1.0)).as("line where defined").isTrue();
        assertThat(anyInkNear(r, t[4], 1.0)).as("gap where NaN").isFalse();
        assertThat(anyInkNear(r, t[7], 1.0)).as("line again after the gap").isTrue();
    }

    @Test
    void allNaNRendersAnEmptyPlotAndEmptyInputIsRefused() {
        JFreeChart chart = RollingSharpeChart.of(Rendered.days(3), new double[] {NaN, NaN, NaN}).chart();
        assertThat(chart.getXYPlot().getDataset().getSeriesCount()).isZero();
        assertThat(Rendered.of(chart, 300, 200).image()).isNotNull();
        assertThatThrownBy(() -> RollingSharpeChart.of(new long[0], new double[0])).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("rolling Sharpe is empty: nothing to plot");
    }

    /** Whether any pixel within 2 px above or below data point (x, y) is not white. */
    private static boolean anyInkNear(Rendered r, long x, double y) {
        double px = r.px(x);
        double py = r.py(y);
        for (int dy = -2; dy <= 2; dy++) {
            Color c = r.pixel(px, py + dy);
            if (!Rendered.isWhite(c)) return true;
        }
        return false;
    }
}
