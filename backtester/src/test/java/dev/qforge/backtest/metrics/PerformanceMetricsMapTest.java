package dev.qforge.backtest.metrics;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class PerformanceMetricsMapTest {

    @Test
    void theMapHasEveryFieldInAFixedOrderWithIsoTimes() {
        MetricsConfig config = MetricsConfig.defaults().withQlibConventions(true);
        PerformanceMetrics m = MetricsCalculator.compute(Curves.daily("2021-01-01", 100, 120, 90, 60, 100, 120),
                RoundTripsTest.FILLS, null, config);
        Map<String, Object> map = m.toMap();

        assertThat(map.keySet()).containsExactly("startTime", "endTime", "tradingDays", "initialEquity",
                "finalEquity", "pnl", "totalReturn", "cagr", "annualVolatility", "sharpe", "sortino", "maxDrawdown",
                "maxDrawdownPeakTime", "maxDrawdownTroughTime", "maxDrawdownRecoveryTime", "maxDrawdownDuration",
                "maxDrawdownDurationDays", "calmar", "turnover", "annualTurnover", "exposure",
                "averageGrossExposure", "trades", "winRate", "profitFactor", "averageWin", "averageLoss",
                "largestWin", "largestLoss", "fees", "benchmark", "benchmarkTotalReturn", "beta", "alpha",
                "informationRatio", "trackingError", "qlib");
        // the record's components, one by one, are all there (the duration twice)
        assertThat(map).hasSize(PerformanceMetrics.class.getRecordComponents().length + 1);

        assertThat(map.get("startTime")).isEqualTo("2021-01-01T21:00:00Z");
        assertThat(map.get("maxDrawdownPeakTime")).isEqualTo("2021-01-02T21:00:00Z");
        assertThat(map.get("maxDrawdownTroughTime")).isEqualTo("2021-01-04T21:00:00Z");
        assertThat(map.get("maxDrawdownRecoveryTime")).isEqualTo("2021-01-06T21:00:00Z");
        assertThat(map.get("maxDrawdownDuration")).isEqualTo("PT96H");
        assertThat(map.get("maxDrawdownDurationDays")).isEqualTo(4.0);
        assertThat(map.get("trades")).isEqualTo(4);
        assertThat(map.get("finalEquity")).isEqualTo(120.0);
        assertThat(map.get("pnl")).isEqualTo(20.0);
        assertThat((Double) map.get("beta")).isNaN();
        assertThat(map.get("benchmark")).isNull();
        assertThat(map.get("qlib")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
                .containsOnlyKeys("mean", "std", "annualizedReturn", "informationRatio", "maxDrawdown");
    }
}
