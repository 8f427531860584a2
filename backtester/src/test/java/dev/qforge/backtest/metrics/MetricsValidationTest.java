package dev.qforge.backtest.metrics;

import dev.qforge.backtest.order.Fill;
import dev.qforge.backtest.order.Side;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MetricsValidationTest {

    private static PerformanceMetrics compute(EquityCurve curve) {
        return MetricsCalculator.compute(curve, List.of(), null, MetricsConfig.defaults());
    }

    @Test
    void anEmptyCurveIsRejected() {
        assertThatThrownBy(() -> compute(Curves.of(new long[0])))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("equity curve is empty");
    }

    @Test
    void nanEquityIsRejectedNamingThePointAndItsTime() {
        assertThatThrownBy(() -> compute(Curves.daily("2021-01-01", 100, 101, Double.NaN, 102)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("equity must be finite and positive")
                .hasMessageContaining("point 2 at 2021-01-03T21:00:00Z has equity NaN");
    }

    @Test
    void zeroOrNegativeEquityIsRejected() {
        assertThatThrownBy(() -> compute(Curves.daily("2021-01-01", 100, 0)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("point 1 at 2021-01-02T21:00:00Z has equity 0.0");
        assertThatThrownBy(() -> compute(Curves.daily("2021-01-01", -5)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("has equity -5.0");
    }

    @Test
    void negativeOrNaNGrossExposureIsRejected() {
        EquityCurve curve = new EquityCurve(new long[]{1, 2}, new double[]{100, 100}, new double[]{0, Double.NaN});
        assertThatThrownBy(() -> compute(curve))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("gross exposure")
                .hasMessageContaining("point 1");
    }

    @Test
    void mismatchedLengthsAreRejected() {
        assertThatThrownBy(() -> new EquityCurve(new long[]{1, 2}, new double[]{100, 101}, new double[]{0}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("differ in length");
    }

    @Test
    void aBadFillIsRejectedNamingItsOrder() {
        Fill bad = new Fill(42, "AAA", Side.BUY, 10, Double.NaN, 0, 0, "");
        assertThatThrownBy(() -> MetricsCalculator.compute(Curves.daily("2021-01-01", 100, 101), List.of(bad), null,
                MetricsConfig.defaults()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("order 42")
                .hasMessageContaining("price NaN");
    }

    @Test
    void aSinglePointGivesZerosAndNaNWithoutThrowing() {
        MetricsConfig config = MetricsConfig.defaults().withQlibConventions(true);
        PerformanceMetrics m = MetricsCalculator.compute(Curves.daily("2021-01-01", 100), List.of(), null, config);

        assertThat(m.tradingDays()).isEqualTo(1);
        assertThat(m.totalReturn()).isZero();
        assertThat(m.pnl()).isZero();
        assertThat(m.maxDrawdown()).isZero();
        assertThat(m.maxDrawdownDuration()).isEqualTo(Duration.ZERO);
        assertThat(m.trades()).isZero();
        assertThat(m.exposure()).isZero();
        assertThat(m.turnover()).isZero();
        assertThat(new double[]{m.cagr(), m.annualVolatility(), m.sharpe(), m.sortino(), m.calmar(),
                m.annualTurnover(), m.qlib().mean(), m.qlib().maxDrawdown()}).containsOnly(Double.NaN);
    }

    @Test
    void configRejectsNonsense() {
        assertThatThrownBy(() -> MetricsConfig.defaults().withPeriodsPerYear(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("periodsPerYear");
        assertThatThrownBy(() -> MetricsConfig.defaults().withRiskFreeRate(Double.NaN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("riskFreeRate");
    }
}
