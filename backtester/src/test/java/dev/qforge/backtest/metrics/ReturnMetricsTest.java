package dev.qforge.backtest.metrics;

import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.qforge.backtest.metrics.Curves.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Return, volatility, Sharpe, Sortino and CAGR against hand computations. */
class ReturnMetricsTest {

    private static final double EPS = 1e-12;

    private static PerformanceMetrics compute(EquityCurve curve, MetricsConfig config) {
        return MetricsCalculator.compute(curve, List.of(), null, config);
    }

    @Test
    void sharpeSortinoAndVolatilityOfThreeDailyReturns() {
        // 100 -> 110 -> 99 -> 121: returns 0.1, -0.1, 2/9
        PerformanceMetrics m = compute(Curves.daily("2021-01-04", 100, 110, 99, 121), MetricsConfig.defaults());

        // mean = (0.1 - 0.1 + 2/9) / 3 = 2/27
        // deviations 0.7/27, -4.7/27, 4/27 -> sample variance = (0.49 + 22.09 + 16) / 729 / 2 = 19.29 / 729
        double mean = 2.0 / 27;
        double sd = Math.sqrt(19.29) / 27;
        assertThat(m.annualVolatility()).isCloseTo(sd * Math.sqrt(252), within(EPS));
        assertThat(m.sharpe()).isCloseTo(mean / sd * Math.sqrt(252), within(1e-10));
        assertThat(m.sharpe()).isCloseTo(2 * Math.sqrt(252 / 19.29), within(1e-10));
        // downside: only -0.1 falls short of 0 -> sqrt(0.01 / 3), the mean taken over all three periods
        assertThat(m.sortino()).isCloseTo(mean / Math.sqrt(0.01 / 3) * Math.sqrt(252), within(1e-10));

        assertThat(m.initialEquity()).isEqualTo(100);
        assertThat(m.finalEquity()).isEqualTo(121);
        assertThat(m.pnl()).isEqualTo(21);
        assertThat(m.totalReturn()).isCloseTo(0.21, within(EPS));
        assertThat(m.tradingDays()).isEqualTo(4);
    }

    @Test
    void theRiskFreeRateIsTakenPerPeriod() {
        // 2.52% a year over 252 periods = 0.0001 a period
        MetricsConfig config = MetricsConfig.defaults().withRiskFreeRate(0.0252);
        PerformanceMetrics m = compute(Curves.daily("2021-01-04", 100, 110, 99, 121), config);

        double rf = 0.0001;
        double[] r = {0.1, -0.1, 121.0 / 99 - 1};
        double excessMean = (r[0] + r[1] + r[2]) / 3 - rf;
        double sd = Math.sqrt(19.29) / 27;
        assertThat(m.sharpe()).isCloseTo(excessMean / sd * Math.sqrt(252), within(1e-10));
        double downside = Math.sqrt((Math.pow(Math.min(0, r[0] - rf), 2) + Math.pow(r[1] - rf, 2)
                + Math.pow(Math.min(0, r[2] - rf), 2)) / 3);
        assertThat(m.sortino()).isCloseTo(excessMean / downside * Math.sqrt(252), within(1e-10));
    }

    @Test
    void cryptoAnnualisesWith365Periods() {
        MetricsConfig config = MetricsConfig.defaults().withPeriodsPerYear(MetricsConfig.CALENDAR_DAYS_PER_YEAR);
        PerformanceMetrics m = compute(Curves.daily("2021-01-04", 100, 110, 99, 121), config);
        assertThat(m.sharpe()).isCloseTo(2 * Math.sqrt(365 / 19.29), within(1e-10));
    }

    @Test
    void doublingOverExactlyTwoYearsIsSqrtTwoMinusOnePerYear() {
        long start = at("2020-01-01T00:00:00Z");
        long twoYears = (long) (2 * 365.25 * Curves.DAY);
        PerformanceMetrics m = compute(Curves.of(new long[]{start, start + twoYears}, 100, 200),
                MetricsConfig.defaults());
        assertThat(m.cagr()).isCloseTo(Math.sqrt(2) - 1, within(EPS));
        assertThat(m.totalReturn()).isCloseTo(1.0, within(EPS));
    }

    @Test
    void tenPercentInHalfAYearIsTwentyOnePercentAYear() {
        long start = at("2020-01-01T00:00:00Z");
        long halfYear = (long) (365.25 / 2 * Curves.DAY);
        PerformanceMetrics m = compute(Curves.of(new long[]{start, start + halfYear}, 100, 110),
                MetricsConfig.defaults());
        assertThat(m.cagr()).isCloseTo(1.1 * 1.1 - 1, within(EPS));
    }

    @Test
    void intradayBarsAreResampledToDailyClosesAndTheFirstDayCountsFromTheFirstBar() {
        EquityCurve curve = Curves.of(new long[]{
                        at("2021-01-04T14:30:00Z"), at("2021-01-04T21:00:00Z"),
                        at("2021-01-05T14:30:00Z"), at("2021-01-05T21:00:00Z"),
                        at("2021-01-06T21:00:00Z")},
                100, 102, 150, 99, 103);
        PerformanceMetrics m = compute(curve, MetricsConfig.defaults());

        // daily closes 102, 99, 103; the first day's return runs from the first bar (100); the 150 is intraday
        double[] r = {102.0 / 100 - 1, 99.0 / 102 - 1, 103.0 / 99 - 1};
        double mean = (r[0] + r[1] + r[2]) / 3;
        double sd = Math.sqrt((Math.pow(r[0] - mean, 2) + Math.pow(r[1] - mean, 2) + Math.pow(r[2] - mean, 2)) / 2);
        assertThat(m.tradingDays()).isEqualTo(3);
        assertThat(m.sharpe()).isCloseTo(mean / sd * Math.sqrt(252), within(1e-10));
        assertThat((1 + r[0]) * (1 + r[1]) * (1 + r[2]) - 1).isCloseTo(m.totalReturn(), within(EPS));
    }
}
