package dev.qforge.backtest.metrics;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static dev.qforge.backtest.metrics.Curves.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class DrawdownMetricsTest {

    private static PerformanceMetrics compute(EquityCurve curve) {
        return MetricsCalculator.compute(curve, List.of(), null, MetricsConfig.defaults());
    }

    @Test
    void deepestDrawdownWithPeakTroughRecoveryAndLongestDuration() {
        // Jan 1..8: 100, 120 (peak), 90, 60 (trough, -50%), 100, 120 (recovered), 130, 117 (-10%, open at the end)
        PerformanceMetrics m = compute(Curves.daily("2021-01-01", 100, 120, 90, 60, 100, 120, 130, 117));

        assertThat(m.maxDrawdown()).isCloseTo(0.5, within(1e-12));
        assertThat(m.maxDrawdownPeakTime()).isEqualTo(Instant.parse("2021-01-02T21:00:00Z"));
        assertThat(m.maxDrawdownTroughTime()).isEqualTo(Instant.parse("2021-01-04T21:00:00Z"));
        assertThat(m.maxDrawdownRecoveryTime()).isEqualTo(Instant.parse("2021-01-06T21:00:00Z"));
        // Jan 2 -> Jan 6; the open drawdown from Jan 7 lasts one day to the end
        assertThat(m.maxDrawdownDuration()).isEqualTo(Duration.ofDays(4));

        double cagr = Math.pow(117.0 / 100, 365.25 / 7) - 1;
        assertThat(m.cagr()).isCloseTo(cagr, within(1e-9 * cagr));
        assertThat(m.calmar()).isCloseTo(cagr / 0.5, within(1e-9 * cagr));
    }

    @Test
    void anUnrecoveredDrawdownRunsToTheEnd() {
        // Jan 1..6: 100, 120 (peak), 110, 100, 90 (trough, -25%), 95
        PerformanceMetrics m = compute(Curves.daily("2021-01-01", 100, 120, 110, 100, 90, 95));

        assertThat(m.maxDrawdown()).isCloseTo(0.25, within(1e-12));
        assertThat(m.maxDrawdownPeakTime()).isEqualTo(Instant.parse("2021-01-02T21:00:00Z"));
        assertThat(m.maxDrawdownTroughTime()).isEqualTo(Instant.parse("2021-01-05T21:00:00Z"));
        assertThat(m.maxDrawdownRecoveryTime()).isNull();
        assertThat(m.maxDrawdownDuration()).isEqualTo(Duration.ofDays(4));
        assertThat(m.toMap().get("maxDrawdownRecoveryTime")).isNull();
    }

    @Test
    void aRepeatedPeakMovesThePeakForward() {
        // 100, 100, 90, 100: the peak is the second 100, recovery the fourth point
        PerformanceMetrics m = compute(Curves.daily("2021-01-01", 100, 100, 90, 100));
        assertThat(m.maxDrawdownPeakTime()).isEqualTo(Instant.parse("2021-01-02T21:00:00Z"));
        assertThat(m.maxDrawdownDuration()).isEqualTo(Duration.ofDays(2));
    }

    @Test
    void drawdownIsMeasuredOnEveryBarNotOnlyDailyCloses() {
        // daily closes 100, 100, 105 never fall, but at 15:00 on the 5th the account was down 20%
        EquityCurve curve = Curves.of(new long[]{at("2021-01-04T21:00:00Z"), at("2021-01-05T15:00:00Z"),
                at("2021-01-05T21:00:00Z"), at("2021-01-06T21:00:00Z")}, 100, 80, 100, 105);
        PerformanceMetrics m = compute(curve);

        assertThat(m.maxDrawdown()).isCloseTo(0.2, within(1e-12));
        assertThat(m.maxDrawdownTroughTime()).isEqualTo(Instant.parse("2021-01-05T15:00:00Z"));
        assertThat(m.maxDrawdownRecoveryTime()).isEqualTo(Instant.parse("2021-01-05T21:00:00Z"));
        assertThat(m.maxDrawdownDuration()).isEqualTo(Duration.ofHours(24));
    }

    @Test
    void noDrawdownGivesZeroAndNoTimesAndCalmarNaN() {
        PerformanceMetrics m = compute(Curves.daily("2021-01-01", 100, 101, 101, 102));
        assertThat(m.maxDrawdown()).isZero();
        assertThat(m.maxDrawdownPeakTime()).isNull();
        assertThat(m.maxDrawdownTroughTime()).isNull();
        assertThat(m.maxDrawdownDuration()).isEqualTo(Duration.ZERO);
        assertThat(m.calmar()).isNaN();
    }
}
