package dev.qforge.report.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EquityChartTest {

    private static final long[] T = Rendered.days(3);

    @Test
    void writesAPngOfTheRequestedSizeLinearAndLog(@TempDir Path dir) throws Exception {
        EquityChart c = EquityChart.of(T, new double[] {100, 110, 120}).benchmark("SPX", new double[] {50, 55, 45});
        Rendered.png(c, dir.resolve("equity.png"), 640, 360);
        Rendered.png(c.logScale(true), dir.resolve("log/equity.png"), 500, 300);
    }

    @Test
    void rebasesTheBenchmarkToTheStrategysStartingValue() {
        // factor 100 / 50 = 2: 50, 55, 45 -> 100, 110, 90
        XYDataset d = EquityChart.of(T, new double[] {100, 110, 120}).benchmark("SPX", new double[] {50, 55, 45}).chart().getXYPlot().getDataset();
        assertThat(d.getSeriesCount()).isEqualTo(2);
        assertThat(d.getSeriesKey(1)).isEqualTo("SPX");
        assertThat(new double[] {d.getYValue(1, 0), d.getYValue(1, 1), d.getYValue(1, 2)}).containsExactly(100, 110, 90);
    }

    @Test
    void aBenchmarkWithItsOwnTimesIsAnchoredAtTheEquityStart() {
        // the equity starts on day 1 (day 0 is NaN); the benchmark's value then is 50, so the factor is 200 / 50 = 4
        long[] bt = {Rendered.T0 - Rendered.DAY, Rendered.T0, Rendered.T0 + Rendered.DAY, Rendered.T0 + 2 * Rendered.DAY};
        EquityChart c = EquityChart.of(T, new double[] {Double.NaN, 200, 220}).benchmark("idx", bt, new double[] {40, 45, 50, 60});
        assertThat(c.rebasedBenchmark()).containsExactly(Double.NaN, Double.NaN, 200, 240);
    }

    @Test
    void logScaleUsesALogAxisAndRefusesAZeroValueNamingIt() {
        assertThat(EquityChart.of(T, new double[] {100, 110, 120}).logScale(true).chart().getXYPlot().getRangeAxis()).isInstanceOf(LogAxis.class);
        assertThat(EquityChart.of(T, new double[] {100, 110, 120}).chart().getXYPlot().getRangeAxis()).isInstanceOf(NumberAxis.class);
        EquityChart zero = EquityChart.of(T, new double[] {100, 0, 120}).logScale(true);
        assertThatThrownBy(zero::chart).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("log scale needs positive values")
                .hasMessageContaining("equity is 0.0")
                .hasMessageContaining("index 1");
        // the same data is fine on a linear axis
        assertThat(zero.logScale(false).chart()).isNotNull();
    }

    @Test
    void logScaleRefusesANegativeRebasedBenchmark() {
        EquityChart c = EquityChart.of(T, new double[] {100, 110, 120}).benchmark("spread", new double[] {10, -5, 12}).logScale(true);
        assertThatThrownBy(c::chart).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("benchmark spread");
    }

    @Test
    void refusesABenchmarkThatStartsAtZero() {
        EquityChart c = EquityChart.of(T, new double[] {100, 110, 120}).benchmark("b", new double[] {0, 5, 6});
        assertThatThrownBy(c::chart).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cannot rebase benchmark b");
    }

    @Test
    void emptyOrMismatchedInputGetsAClearMessage() {
        assertThatThrownBy(() -> EquityChart.of(new long[0], new double[0])).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("equity is empty: nothing to plot");
        assertThatThrownBy(() -> EquityChart.of(T, new double[2])).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("equity: 3 times but 2 values");
        assertThatThrownBy(() -> EquityChart.of(new long[] {2, 1}, new double[2])).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("times go backwards at index 1");
        assertThatThrownBy(() -> EquityChart.of(T, new double[] {Double.NaN, Double.NaN, Double.NaN}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no finite value");
    }

    @Test
    void nanIsAGapNotAnException() {
        JFreeChart chart = EquityChart.of(T, new double[] {100, Double.NaN, 120}).logScale(true).chart();
        XYDataset d = chart.getXYPlot().getDataset();
        assertThat(d.getItemCount(0)).isEqualTo(3);
        assertThat(d.getYValue(0, 1)).isNaN();
        assertThat(Rendered.of(chart, 400, 300).image()).isNotNull();
    }
}
