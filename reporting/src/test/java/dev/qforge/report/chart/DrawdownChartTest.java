package dev.qforge.report.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DrawdownChartTest {

    @Test
    void writesAPngOfTheRequestedSize(@TempDir Path dir) throws Exception {
        Rendered.png(DrawdownChart.fromEquity(Rendered.days(5), new double[] {100, 120, 108, 114, 130}), dir.resolve("dd.png"), 600, 250);
    }

    @Test
    void drawdownFromEquityIsTheFallBelowTheRunningPeak() {
        // peaks 100, 120, 120, 120, 130: 108/120 - 1 = -0.10, 114/120 - 1 = -0.05
        double[] dd = DrawdownChart.drawdowns(Rendered.days(5), new double[] {100, 120, 108, 114, 130});
        assertThat(dd).containsExactly(new double[] {0, 0, -0.10, -0.05, 0}, within(1e-12));
        assertThat(DrawdownChart.fromEquity(Rendered.days(5), new double[] {100, 120, 108, 114, 130}).maxDrawdown()).isCloseTo(-0.10, within(1e-12));
    }

    @Test
    void plotsPercent() {
        XYDataset d = DrawdownChart.of(Rendered.days(2), new double[] {0, -0.25}).chart().getXYPlot().getDataset();
        assertThat(d.getYValue(0, 1)).isEqualTo(-25.0);
    }

    @Test
    void nanSplitsTheAreaInsteadOfDrawingZero() {
        XYDataset d = DrawdownChart.of(Rendered.days(5), new double[] {-0.1, -0.2, Double.NaN, -0.1, -0.05}).chart().getXYPlot().getDataset();
        assertThat(d.getSeriesCount()).isEqualTo(2);
        assertThat(d.getItemCount(0)).isEqualTo(2);
        assertThat(d.getItemCount(1)).isEqualTo(2);
        assertThat(Rendered.of(DrawdownChart.of(Rendered.days(3), new double[] {Double.NaN, -0.1, Double.NaN}).chart(), 300, 200).image()).isNotNull();
    }

    @Test
    void refusesPositiveDrawdownAndEmptyInput() {
        assertThatThrownBy(() -> DrawdownChart.of(Rendered.days(2), new double[] {0, 0.05})).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("drawdown must be <= 0").hasMessageContaining("index 1");
        assertThatThrownBy(() -> DrawdownChart.of(new long[0], new double[0])).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("drawdown is empty: nothing to plot");
        assertThatThrownBy(() -> DrawdownChart.fromEquity(Rendered.days(2), new double[] {100, -1})).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("positive equity");
    }
}
