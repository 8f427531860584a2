package dev.qforge.report.chart;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportChartTest {

    @Test
    void refusesANonPositiveSize(@TempDir Path dir) {
        ReportChart c = RollingSharpeChart.of(Rendered.days(2), new double[] {1, 2});
        assertThatThrownBy(() -> c.writePng(dir.resolve("x.png"), 0, 100)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("chart size must be positive, got 0 x 100");
    }
}
