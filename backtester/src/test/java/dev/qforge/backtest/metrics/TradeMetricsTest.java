package dev.qforge.backtest.metrics;

import dev.qforge.backtest.order.Fill;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.qforge.backtest.metrics.Curves.at;
import static dev.qforge.backtest.metrics.Curves.fill;
import static dev.qforge.backtest.order.Side.BUY;
import static dev.qforge.backtest.order.Side.SELL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Trade statistics, fees, turnover and exposure. */
class TradeMetricsTest {

    private static final double EPS = 1e-9;
    private static final EquityCurve FLAT = Curves.daily("2021-01-01", 1000, 1000, 1000);

    private static PerformanceMetrics compute(EquityCurve curve, List<Fill> fills) {
        return MetricsCalculator.compute(curve, fills, null, MetricsConfig.defaults());
    }

    @Test
    void winRateProfitFactorAndAveragesWithWinnersAndLosers() {
        // RoundTripsTest.FILLS close with net P&L 497, 59.4, -30.9 and 9.8
        PerformanceMetrics m = compute(FLAT, RoundTripsTest.FILLS);

        assertThat(m.trades()).isEqualTo(4);
        assertThat(m.winRate()).isCloseTo(3.0 / 4, within(EPS));
        assertThat(m.profitFactor()).isCloseTo((497 + 59.4 + 9.8) / 30.9, within(EPS));
        assertThat(m.averageWin()).isCloseTo((497 + 59.4 + 9.8) / 3, within(EPS));
        assertThat(m.averageLoss()).isCloseTo(-30.9, within(EPS));
        assertThat(m.largestWin()).isCloseTo(497, within(EPS));
        assertThat(m.largestLoss()).isCloseTo(-30.9, within(EPS));
        assertThat(m.fees()).isCloseTo(1.0 + 0.5 + 2.4 + 1.0 + 0.1, within(EPS));
    }

    @Test
    void profitFactorIsInfiniteWithoutLosersAndNaNWithoutTrades() {
        List<Fill> winners = List.of(fill("AAA", BUY, 10, 10, 0, 1), fill("AAA", SELL, 10, 11, 0, 2));
        PerformanceMetrics m = compute(FLAT, winners);
        assertThat(m.profitFactor()).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(m.averageLoss()).isNaN();
        assertThat(m.largestLoss()).isNaN();
        assertThat(m.winRate()).isEqualTo(1.0);

        PerformanceMetrics none = compute(FLAT, List.of());
        assertThat(none.trades()).isZero();
        assertThat(none.profitFactor()).isNaN();
        assertThat(none.winRate()).isNaN();
        assertThat(none.averageWin()).isNaN();
    }

    @Test
    void onlyLosersGiveAProfitFactorOfZero() {
        List<Fill> losers = List.of(fill("AAA", BUY, 10, 10, 0, 1), fill("AAA", SELL, 10, 9, 0, 2));
        assertThat(compute(FLAT, losers).profitFactor()).isZero();
    }

    @Test
    void turnoverIsTradedNotionalOverMeanEquity() {
        EquityCurve curve = Curves.daily("2021-01-01", 1000, 1000, 1100);
        List<Fill> fills = List.of(fill("AAA", BUY, 10, 100, 1, 1), fill("AAA", SELL, 10, 110, 1, 2));
        PerformanceMetrics m = compute(curve, fills);

        double turnover = (10 * 100 + 10 * 110) / ((1000 + 1000 + 1100) / 3.0);
        assertThat(m.turnover()).isCloseTo(turnover, within(EPS));
        // two days elapsed
        assertThat(m.annualTurnover()).isCloseTo(turnover / (2 / 365.25), within(EPS));
    }

    @Test
    void turnoverCountsTheContractMultiplier() {
        List<Fill> fills = List.of(fill("ES", BUY, 1, 4000, 0, 1));
        PerformanceMetrics m = MetricsCalculator.compute(Curves.daily("2021-01-01", 1e6, 1e6), fills,
                s -> 50, null, MetricsConfig.defaults());
        assertThat(m.turnover()).isCloseTo(4000 * 50 / 1e6, within(EPS));
    }

    @Test
    void exposureCountsBarsNotDays() {
        // four intraday bars; every daily close is exposed, but only two of the four bars are
        EquityCurve curve = new EquityCurve(
                new long[]{at("2021-01-04T14:30:00Z"), at("2021-01-04T21:00:00Z"),
                        at("2021-01-05T14:30:00Z"), at("2021-01-05T21:00:00Z")},
                new double[]{1000, 1000, 1000, 1000},
                new double[]{0, 500, 0, 1000});
        PerformanceMetrics m = compute(curve, List.of());

        assertThat(m.exposure()).isCloseTo(2.0 / 4, within(EPS));
        assertThat(m.averageGrossExposure()).isCloseTo((0 + 0.5 + 0 + 1.0) / 4, within(EPS));
    }
}
