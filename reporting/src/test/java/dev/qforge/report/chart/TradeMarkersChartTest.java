package dev.qforge.report.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TradeMarkersChartTest {

    private static final long[] T = Rendered.days(6);
    private static final double[] CLOSE = {10, 11, 12, 11, 13, 12};

    private static TradeMarkersChart sample() {
        return TradeMarkersChart.of(T, CLOSE).buys(new long[] {T[1]}, new double[] {11}).sells(new long[] {T[4]}, new double[] {13});
    }

    @Test
    void writesAPngOfTheRequestedSize(@TempDir Path dir) throws Exception {
        Rendered.png(sample(), dir.resolve("trades.png"), 700, 400);
    }

    @Test
    void buysAreGreenUpTrianglesAndSellsRedDownTrianglesOverTheLine() {
        JFreeChart chart = sample().chart();
        XYPlot plot = chart.getXYPlot();
        assertThat(plot.getDataset(1).getItemCount(0)).isEqualTo(1);
        assertThat(plot.getDataset(2).getItemCount(0)).isEqualTo(1);
        Rendered r = Rendered.of(chart, 700, 400);
        // one pixel into the triangle from its anchor point: below it for an up-triangle, above for a down-triangle
        assertThat(r.pixel(r.px(T[1]), r.py(11) + 1)).isEqualTo(TradeMarkersChart.BUY);
        assertThat(r.pixel(r.px(T[4]), r.py(13) - 1)).isEqualTo(TradeMarkersChart.SELL);
        // the tip: above an up-triangle's anchor is still green, below a down-triangle's still red
        assertThat(Rendered.greenness(r.pixel(r.px(T[1]), r.py(11) - 3))).isGreaterThan(50);
        assertThat(Rendered.redness(r.pixel(r.px(T[4]), r.py(13) + 3))).isGreaterThan(50);
    }

    @Test
    void nanPricesAreGapsAndMarkersAreOptional() {
        JFreeChart chart = TradeMarkersChart.of(T, new double[] {10, Double.NaN, 12, 11, 13, 12})
                .sells(new long[] {T[2]}, new double[] {Double.NaN}).chart();
        assertThat(chart.getXYPlot().getDataset(1).getItemCount(0)).isZero();
        assertThat(chart.getXYPlot().getDataset(0).getYValue(0, 1)).isNaN();
        assertThat(Rendered.of(chart, 400, 300).image()).isNotNull();
    }

    @Test
    void mismatchedMarkersAndEmptyPricesAreRefused() {
        assertThatThrownBy(() -> sample().buys(new long[] {T[0], T[1]}, new double[] {1}))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("buys: 2 times but 1 prices");
        assertThatThrownBy(() -> TradeMarkersChart.of(new long[0], new double[0]))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("close price is empty: nothing to plot");
    }
}
