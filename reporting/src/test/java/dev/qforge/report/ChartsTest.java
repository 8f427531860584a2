package dev.qforge.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.qforge.data.BarSeries;
import dev.qforge.data.Instrument;
import dev.qforge.data.Timeframe;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChartsTest {

    @Test
    void rendersAPngOfTheRequestedSizeWithSomethingDrawn(@TempDir Path dir) throws Exception {
        BarSeries s = BarSeries.of(Instrument.usEquity("T"), Timeframe.D1, new long[] {86_400_000L, 172_800_000L, 259_200_000L},
                new double[] {1, 2, 3}, new double[] {1, 2, 3}, new double[] {1, 2, 3}, new double[] {1, 3, 2}, new double[] {0, 0, 0});
        Path png = Charts.writePng(Charts.closeChart(s), dir.resolve("c/close.png"), 320, 200);
        BufferedImage img = ImageIO.read(png.toFile());
        assertThat(img.getWidth()).isEqualTo(320);
        assertThat(img.getHeight()).isEqualTo(200);
        int first = img.getRGB(0, 0);
        boolean varied = false;
        for (int x = 0; x < img.getWidth() && !varied; x += 3) {
            for (int y = 0; y < img.getHeight() && !varied; y += 3) varied = img.getRGB(x, y) != first;
        }
        assertThat(varied).as("chart has drawn pixels").isTrue();
    }

    @Test
    void leavesNaNOutOfTheLine() {
        Map<String, Charts.TimeValues> lines = new LinkedHashMap<>();
        lines.put("a", new Charts.TimeValues(new long[] {1, 2, 3}, new double[] {1, Double.NaN, 3}));
        JFreeChart chart = Charts.lineChart("t", "y", lines);
        assertThat(chart.getXYPlot().getDataset().getItemCount(0)).isEqualTo(2);
    }

    @Test
    void rejectsMismatchedArrays() {
        assertThatThrownBy(() -> new Charts.TimeValues(new long[2], new double[3])).isInstanceOf(IllegalArgumentException.class);
    }
}
