package dev.qforge.backtest.metrics;

import org.junit.jupiter.api.Test;

import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.SortedMap;

import static dev.qforge.backtest.metrics.Curves.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class RollingStatsTest {

    private static final double EPS = 1e-12;

    @Test
    void rollingSharpeIsNaNUntilTheWindowFills() {
        EquityCurve curve = Curves.daily("2021-01-04", 100, 110, 99, 121);
        double[] s = RollingStats.rollingSharpe(curve, 2, MetricsConfig.defaults());

        assertThat(s).hasSize(4);
        assertThat(s[0]).isNaN();
        assertThat(s[1]).isNaN();
        // returns 0.1, -0.1: mean 0
        assertThat(s[2]).isCloseTo(0.0, within(EPS));
        // returns -0.1, 2/9: mean (r2 + r3) / 2, sample stdev of two values |r3 - r2| / sqrt(2)
        double r2 = -0.1;
        double r3 = 2.0 / 9;
        assertThat(s[3]).isCloseTo((r2 + r3) / 2 / (Math.abs(r3 - r2) / Math.sqrt(2)) * Math.sqrt(252), within(1e-10));

        // a window of all three returns is the whole-run Sharpe (see ReturnMetricsTest)
        assertThat(RollingStats.rollingSharpe(curve, 3, MetricsConfig.defaults())[3])
                .isCloseTo(2 * Math.sqrt(252 / 19.29), within(1e-10));
    }

    @Test
    void withIntradayBarsTheFirstDayHasAReturn() {
        EquityCurve curve = Curves.of(new long[]{at("2021-01-04T14:30:00Z"), at("2021-01-04T21:00:00Z"),
                at("2021-01-05T21:00:00Z")}, 100, 102, 99);
        double[] r = RollingStats.dailyReturns(curve, ZoneOffset.UTC);
        assertThat(r).hasSize(2);
        assertThat(r[0]).isCloseTo(0.02, within(EPS));
        assertThat(r[1]).isCloseTo(99.0 / 102 - 1, within(EPS));
        assertThat(RollingStats.rollingSharpe(curve, 2, MetricsConfig.defaults())[1]).isFinite();

        assertThat(RollingStats.dailyReturns(Curves.daily("2021-01-04", 100, 110), ZoneOffset.UTC)[0]).isNaN();
    }

    @Test
    void aWindowBelowTwoIsRejected() {
        assertThatThrownBy(() -> RollingStats.rollingSharpe(Curves.daily("2021-01-04", 100), 1, MetricsConfig.defaults()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 2");
    }

    @Test
    void underwaterSeriesPerBar() {
        double[] dd = RollingStats.drawdown(Curves.daily("2021-01-01", 100, 120, 90, 60, 100, 120, 130, 117));
        double[] expected = {0, 0, 90.0 / 120 - 1, 60.0 / 120 - 1, 100.0 / 120 - 1, 0, 0, 117.0 / 130 - 1};
        assertThat(dd).containsExactly(expected, within(EPS));
        assertThat(expected[2]).isEqualTo(-0.25);
    }

    @Test
    void monthlyReturnsCompoundFromMonthEndToMonthEnd() {
        EquityCurve curve = Curves.of(new long[]{
                        at("2021-01-04T21:00:00Z"), at("2021-01-29T21:00:00Z"),
                        at("2021-02-01T21:00:00Z"), at("2021-02-26T21:00:00Z"),
                        at("2021-03-01T21:00:00Z"), at("2021-03-31T21:00:00Z")},
                100, 110, 104.5, 99, 100, 108.9);
        SortedMap<YearMonth, Double> months = RollingStats.monthlyReturns(curve, ZoneOffset.UTC);

        assertThat(months.keySet()).containsExactly(YearMonth.of(2021, 1), YearMonth.of(2021, 2), YearMonth.of(2021, 3));
        assertThat(months.get(YearMonth.of(2021, 1))).isCloseTo(110.0 / 100 - 1, within(EPS));
        assertThat(months.get(YearMonth.of(2021, 2))).isCloseTo(99.0 / 110 - 1, within(EPS));
        assertThat(months.get(YearMonth.of(2021, 3))).isCloseTo(108.9 / 99 - 1, within(EPS));
    }

    @Test
    void monthsFollowTheZone() {
        // 20:00 UTC on Jan 31 is 05:00 on Feb 1 in Tokyo
        EquityCurve curve = Curves.of(new long[]{at("2021-01-04T21:00:00Z"), at("2021-01-31T20:00:00Z"),
                at("2021-02-26T21:00:00Z")}, 100, 110, 121);

        SortedMap<YearMonth, Double> utc = RollingStats.monthlyReturns(curve, ZoneOffset.UTC);
        assertThat(utc.get(YearMonth.of(2021, 1))).isCloseTo(0.1, within(EPS));
        assertThat(utc.get(YearMonth.of(2021, 2))).isCloseTo(0.1, within(EPS));

        SortedMap<YearMonth, Double> tokyo = RollingStats.monthlyReturns(curve, ZoneId.of("Asia/Tokyo"));
        assertThat(tokyo.get(YearMonth.of(2021, 1))).isCloseTo(0.0, within(EPS));
        assertThat(tokyo.get(YearMonth.of(2021, 2))).isCloseTo(0.21, within(EPS));
    }
}
