package dev.qforge.backtest.metrics;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Qlib's {@code risk_analysis} (mode "sum", freq "day", N = 238) checked by hand. */
class QlibRiskAnalysisTest {

    private static final double EPS = 1e-12;

    @Test
    void formulasOnASmallReturnVector() {
        QlibRiskAnalysis q = QlibRiskAnalysis.of(new double[]{0.01, -0.02, 0.015, -0.03, 0.01});

        // mean = -0.015 / 5
        assertThat(q.mean()).isCloseTo(-0.003, within(EPS));
        // deviations 0.013, -0.017, 0.018, -0.027, 0.013: squares sum to 0.00168, over n - 1 = 4
        double std = Math.sqrt(0.00168 / 4);
        assertThat(q.std()).isCloseTo(std, within(EPS));
        assertThat(q.annualizedReturn()).isCloseTo(-0.003 * 238, within(EPS));
        assertThat(q.informationRatio()).isCloseTo(-0.003 / std * Math.sqrt(238), within(1e-10));
        // cumsum 0.01, -0.01, 0.005, -0.025, -0.015; running max 0.01 throughout: worst gap -0.035
        assertThat(q.maxDrawdown()).isCloseTo(-0.035, within(EPS));
    }

    @Test
    void theRunningMaximumStartsAtTheFirstCumulatedReturnNotAtZero() {
        // cumsum -0.05, -0.1; running max -0.05, -0.05: Qlib reports -0.05, not -0.1
        assertThat(QlibRiskAnalysis.of(new double[]{-0.05, -0.05}).maxDrawdown()).isCloseTo(-0.05, within(EPS));
    }

    @Test
    void withoutABenchmarkTheRawDailyReturnsAreAnalysed() {
        double[] r = {0.01, -0.02, 0.015, -0.03, 0.01};
        double[] equity = new double[r.length + 1];
        equity[0] = 1000;
        for (int i = 0; i < r.length; i++) {
            equity[i + 1] = equity[i] * (1 + r[i]);
        }
        MetricsConfig config = MetricsConfig.defaults().withQlibConventions(true);
        QlibRiskAnalysis q = MetricsCalculator.compute(Curves.daily("2021-01-04", equity), List.of(), null, config).qlib();

        assertThat(q.mean()).isCloseTo(-0.003, within(1e-12));
        assertThat(q.maxDrawdown()).isCloseTo(-0.035, within(1e-12));
    }

    @Test
    void withABenchmarkTheExcessReturnsAreAnalysed() {
        // strategy 0.2, -0.1, 0.2 against benchmark 0.1, -0.05, 0.1: excess 0.1, -0.05, 0.1
        Benchmark index = new Benchmark("IDX",
                new long[]{Curves.close("2021-01-04", 0), Curves.close("2021-01-04", 1),
                        Curves.close("2021-01-04", 2), Curves.close("2021-01-04", 3)},
                new double[]{100, 110, 104.5, 114.95});
        MetricsConfig config = MetricsConfig.defaults().withQlibConventions(true);
        QlibRiskAnalysis q = MetricsCalculator.compute(Curves.daily("2021-01-04", 100, 120, 108, 129.6),
                List.of(), index, config).qlib();

        assertThat(q.mean()).isCloseTo(0.05, within(1e-12));
        assertThat(q.std()).isCloseTo(Math.sqrt(0.0075), within(1e-12));
        assertThat(q.annualizedReturn()).isCloseTo(0.05 * 238, within(1e-10));
        assertThat(q.informationRatio()).isCloseTo(Math.sqrt(1.0 / 3) * Math.sqrt(238), within(1e-10));
        // cumsum 0.1, 0.05, 0.15
        assertThat(q.maxDrawdown()).isCloseTo(-0.05, within(1e-12));
    }

    @Test
    void theBlockIsAbsentUnlessSwitchedOn() {
        PerformanceMetrics m = MetricsCalculator.compute(Curves.daily("2021-01-04", 100, 101), List.of(), null,
                MetricsConfig.defaults());
        assertThat(m.qlib()).isNull();
    }
}
