package dev.qforge.backtest.metrics;

import org.junit.jupiter.api.Test;

import java.time.ZoneId;
import java.time.ZoneOffset;

import static dev.qforge.backtest.metrics.Curves.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EquityCurveTest {

    @Test
    void arraysOfDifferentLengthsAreRejectedWithTheirSizes() {
        assertThatThrownBy(() -> new EquityCurve(new long[]{1, 2, 3}, new double[]{1, 2}, new double[3]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("differ in length")
                .hasMessageContaining("time has 3 points, equity 2, grossExposure 3");
    }

    @Test
    void timesThatDoNotIncreaseAreRejectedNamingThePoints() {
        long t = at("2021-01-04T21:00:00Z");
        assertThatThrownBy(() -> Curves.of(new long[]{t, t}, 100, 101))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("point 1 (2021-01-04T21:00:00Z) is not after point 0");
    }

    @Test
    void dailyKeepsTheLastBarOfEachDate() {
        EquityCurve intraday = new EquityCurve(
                new long[]{at("2021-01-04T14:30:00Z"), at("2021-01-04T21:00:00Z"),
                        at("2021-01-05T14:30:00Z"), at("2021-01-05T18:00:00Z"), at("2021-01-05T21:00:00Z")},
                new double[]{100, 101, 102, 103, 104},
                new double[]{0, 10, 20, 30, 40});

        EquityCurve daily = intraday.daily(ZoneOffset.UTC);

        assertThat(daily.time()).containsExactly(at("2021-01-04T21:00:00Z"), at("2021-01-05T21:00:00Z"));
        assertThat(daily.equity()).containsExactly(101, 104);
        assertThat(daily.grossExposure()).containsExactly(10, 40);
    }

    @Test
    void theZoneDecidesWhichDateAPointBelongsTo() {
        // 23:30 UTC on the 4th and 01:00 UTC on the 5th are both the evening of the 4th in New York (UTC-5)
        EquityCurve curve = Curves.of(new long[]{at("2021-01-04T23:30:00Z"), at("2021-01-05T01:00:00Z")}, 100, 99);

        assertThat(curve.daily(ZoneOffset.UTC).size()).isEqualTo(2);
        EquityCurve ny = curve.daily(ZoneId.of("America/New_York"));
        assertThat(ny.time()).containsExactly(at("2021-01-05T01:00:00Z"));
        assertThat(ny.equity()).containsExactly(99);
    }

    @Test
    void dailyIsTheIdentityForDailyBars() {
        EquityCurve curve = Curves.daily("2021-01-04", 100, 110, 99);
        assertThat(curve.daily(ZoneOffset.UTC)).isSameAs(curve);
    }

    @Test
    void theCurveKeepsItsOwnCopyOfTheArrays() {
        double[] equity = {100, 110};
        EquityCurve curve = Curves.of(new long[]{1, 2}, equity);
        equity[0] = -1;
        assertThat(curve.equity()).containsExactly(100, 110);
        assertThat(curve).isEqualTo(Curves.of(new long[]{1, 2}, 100, 110));
    }
}
