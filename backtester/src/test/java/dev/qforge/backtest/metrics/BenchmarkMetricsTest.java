package dev.qforge.backtest.metrics;

import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.qforge.backtest.metrics.Curves.at;
import static dev.qforge.backtest.metrics.Curves.close;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class BenchmarkMetricsTest {

    private static final double EPS = 1e-9;

    /** Benchmark returns 0.1, -0.05, 0.1 at the same daily closes as {@link #TWICE}. */
    private static final Benchmark INDEX = new Benchmark("IDX",
            new long[]{close("2021-01-04", 0), close("2021-01-04", 1), close("2021-01-04", 2), close("2021-01-04", 3)},
            new double[]{100, 110, 104.5, 114.95});
    /** Returns 0.2, -0.1, 0.2: exactly twice the benchmark's. */
    private static final EquityCurve TWICE = Curves.daily("2021-01-04", 100, 120, 108, 129.6);

    private static PerformanceMetrics compute(EquityCurve curve, Benchmark benchmark, MetricsConfig config) {
        return MetricsCalculator.compute(curve, List.of(), benchmark, config);
    }

    @Test
    void twiceTheBenchmarksReturnsHasBetaTwoAndNoAlpha() {
        PerformanceMetrics m = compute(TWICE, INDEX, MetricsConfig.defaults());

        assertThat(m.benchmark()).isEqualTo("IDX");
        assertThat(m.beta()).isCloseTo(2.0, within(EPS));
        assertThat(m.alpha()).isCloseTo(0.0, within(EPS));
        assertThat(m.benchmarkTotalReturn()).isCloseTo(114.95 / 100 - 1, within(EPS));
    }

    @Test
    void alphaOfALeveragedBenchmarkIsTheRiskFreeRateItDidNotPay() {
        // r = 2 rb: alpha = (mean(r) - rf - 2 (mean(rb) - rf)) * 252 = rf * 252 = the annual rate
        PerformanceMetrics m = compute(TWICE, INDEX, MetricsConfig.defaults().withRiskFreeRate(0.0252));
        assertThat(m.alpha()).isCloseTo(0.0252, within(EPS));
    }

    @Test
    void informationRatioAndTrackingErrorByHand() {
        PerformanceMetrics m = compute(TWICE, INDEX, MetricsConfig.defaults());
        // r - rb = 0.1, -0.05, 0.1: mean 0.05; deviations 0.05, -0.1, 0.05 -> variance 0.015 / 2 = 0.0075
        assertThat(m.informationRatio()).isCloseTo(0.05 / Math.sqrt(0.0075) * Math.sqrt(252), within(EPS));
        assertThat(m.informationRatio()).isCloseTo(Math.sqrt(84), within(EPS));
        assertThat(m.trackingError()).isCloseTo(Math.sqrt(0.0075) * Math.sqrt(252), within(EPS));
    }

    @Test
    void theBenchmarkIsHeldAtItsLastCloseAtOrBeforeEachPoint() {
        // closes: noon on the 4th, the 5th's close, nothing on the 6th, 09:00 on the 7th, and one after the end
        Benchmark gappy = new Benchmark("GAP",
                new long[]{at("2021-01-04T12:00:00Z"), at("2021-01-05T21:00:00Z"), at("2021-01-07T09:00:00Z"),
                        at("2021-01-07T22:00:00Z")},
                new double[]{100, 110, 121, 999});
        assertThat(gappy.closeAtOrBefore(at("2021-01-04T11:59:59Z"))).isNaN();
        assertThat(gappy.closeAtOrBefore(at("2021-01-05T21:00:00Z"))).isEqualTo(110);
        assertThat(gappy.closeAtOrBefore(at("2021-01-06T21:00:00Z"))).isEqualTo(110);

        // aligned to the 4th..7th closes: 100, 110, 110, 121 -> rb = 0.1, 0, 0.1; the strategy makes 0.2, 0, 0.2
        PerformanceMetrics m = compute(Curves.daily("2021-01-04", 100, 120, 120, 144), gappy, MetricsConfig.defaults());
        assertThat(m.beta()).isCloseTo(2.0, within(EPS));
        assertThat(m.benchmarkTotalReturn()).isCloseTo(0.21, within(EPS));
    }

    @Test
    void periodsBeforeTheBenchmarkStartsAreLeftOut() {
        // the benchmark starts at the 5th's close: the 4th -> 5th period (-50%) is not compared
        Benchmark late = new Benchmark("LATE",
                new long[]{close("2021-01-04", 1), close("2021-01-04", 2), close("2021-01-04", 3)},
                new double[]{110, 121, 108.9});
        PerformanceMetrics m = compute(Curves.daily("2021-01-04", 100, 50, 60, 48), late, MetricsConfig.defaults());
        // compared: rb = 0.1, -0.1 and r = 0.2, -0.2
        assertThat(m.beta()).isCloseTo(2.0, within(EPS));
        assertThat(m.benchmarkTotalReturn()).isCloseTo(108.9 / 110 - 1, within(EPS));
    }

    @Test
    void withoutABenchmarkTheRelativeFieldsAreNaN() {
        PerformanceMetrics m = compute(TWICE, null, MetricsConfig.defaults());
        assertThat(m.benchmark()).isNull();
        assertThat(new double[]{m.beta(), m.alpha(), m.informationRatio(), m.trackingError(),
                m.benchmarkTotalReturn()}).containsOnly(Double.NaN);
    }

    @Test
    void aBenchmarkStartingAfterTheCurveIsRejected() {
        Benchmark future = new Benchmark("FUT", new long[]{at("2022-01-01T00:00:00Z")}, new double[]{1});
        assertThatThrownBy(() -> compute(TWICE, future, MetricsConfig.defaults()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("benchmark 'FUT' has no close at or before")
                .hasMessageContaining("2021-01-07T21:00:00Z");
    }

    @Test
    void badBenchmarkSeriesAreRejected() {
        assertThatThrownBy(() -> new Benchmark("B", new long[]{1, 2}, new double[]{1}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("differ in length");
        assertThatThrownBy(() -> new Benchmark("B", new long[]{at("2021-01-04T21:00:00Z")}, new double[]{Double.NaN}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2021-01-04T21:00:00Z").hasMessageContaining("NaN");
        assertThatThrownBy(() -> new Benchmark("B", new long[0], new double[0]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("empty");
    }
}
