package dev.qforge.report.chart;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NiceLogAxisTest {

    @Test
    void withinADecadeTicksAreLinearRoundSteps() {
        // (260,000 - 90,000) / 8 = 21,250 -> step 50,000
        assertThat(NiceLogAxis.ticks(90_000, 260_000, 8)).containsExactly(100_000, 150_000, 200_000, 250_000);
        assertThat(NiceLogAxis.niceStep(21_250)).isEqualTo(50_000);
        assertThat(NiceLogAxis.niceStep(0.013)).isEqualTo(0.02);
    }

    @Test
    void acrossDecadesTicksAreOneTwoFiveOrPowersOfTen() {
        assertThat(NiceLogAxis.ticks(1, 1000, 12)).containsExactly(1, 2, 5, 10, 20, 50, 100, 200, 500, 1000);
        // 9 decades, room for 5 ticks: every second power of ten
        assertThat(NiceLogAxis.ticks(1, 1e9, 5)).containsExactly(1, 100, 1e4, 1e6, 1e8);
    }
}
