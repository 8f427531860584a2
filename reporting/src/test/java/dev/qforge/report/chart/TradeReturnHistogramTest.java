package dev.qforge.report.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.stream.IntStream;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.IntervalXYDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TradeReturnHistogramTest {

    @Test
    void writesAPngOfTheRequestedSize(@TempDir Path dir) throws Exception {
        Rendered.png(TradeReturnHistogram.of(new double[] {-0.02, 0.01, 0.03, 0.015}).bins(4), dir.resolve("h.png"), 480, 320);
    }

    @Test
    void countsReturnsInEqualWidthPercentBins() {
        // percent -50, -25, 25, 50, 75 over [-50, 75] in 5 bins of 25: [-50,-25) [-25,0) [0,25) [25,50) [50,75]
        IntervalXYDataset d = (IntervalXYDataset) TradeReturnHistogram.of(new double[] {-0.5, -0.25, 0.25, 0.5, 0.75}).bins(5)
                .chart().getXYPlot().getDataset();
        assertThat(d.getItemCount(0)).isEqualTo(5);
        assertThat(IntStream.range(0, 5).map(i -> d.getY(0, i).intValue()).toArray()).containsExactly(1, 1, 0, 1, 2);
        assertThat(d.getStartXValue(0, 0)).isEqualTo(-50.0);
        assertThat(d.getEndXValue(0, 4)).isEqualTo(75.0);
    }

    @Test
    void drawsAVerticalLineAtZeroInsideTheAxisEvenWhenAllReturnsArePositive() {
        JFreeChart chart = TradeReturnHistogram.of(new double[] {0.1, 0.2, 0.3}).bins(3).chart();
        assertThat(chart.getXYPlot().getDomainMarkers(Layer.FOREGROUND)).anyMatch(m -> ((ValueMarker) m).getValue() == 0.0);
        Rendered.of(chart, 400, 300);
        assertThat(chart.getXYPlot().getDomainAxis().getLowerBound()).isLessThanOrEqualTo(0.0);
    }

    @Test
    void leavesNaNOutAndHandlesIdenticalReturns() {
        JFreeChart chart = TradeReturnHistogram.of(new double[] {Double.NaN, 0.1, 0.1}).chart();
        assertThat(chart.getSubtitles()).anyMatch(t -> t instanceof TextTitle tt && tt.getText().contains("1 without a finite return"));
        assertThat(Rendered.of(chart, 400, 300).image()).isNotNull();
    }

    @Test
    void refusesEmptyInputAndZeroBins() {
        assertThatThrownBy(() -> TradeReturnHistogram.of(new double[0])).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no trade returns: nothing to plot");
        assertThatThrownBy(() -> TradeReturnHistogram.of(new double[] {Double.NaN})).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("none of the 1 trade returns");
        assertThatThrownBy(() -> TradeReturnHistogram.of(new double[] {0.1}).bins(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least one bin");
    }
}
