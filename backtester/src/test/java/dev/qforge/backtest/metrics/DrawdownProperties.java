package dev.qforge.backtest.metrics;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class DrawdownProperties {

    /** Bars every six hours, so that several fall on each date. */
    private static EquityCurve curve(List<Double> equity) {
        long[] t = new long[equity.size()];
        double[] e = new double[equity.size()];
        for (int i = 0; i < t.length; i++) {
            t[i] = Curves.at("2021-01-04T00:00:00Z") + i * 6 * 3_600_000L;
            e[i] = equity.get(i);
        }
        return Curves.of(t, e);
    }

    private static PerformanceMetrics compute(EquityCurve curve) {
        return MetricsCalculator.compute(curve, List.of(), null, MetricsConfig.defaults());
    }

    @Property
    void drawdownLiesInZeroToOne(@ForAll @Size(min = 1, max = 200) List<@DoubleRange(min = 1, max = 1e6) Double> equity) {
        EquityCurve c = curve(equity);
        assertThat(compute(c).maxDrawdown()).isGreaterThanOrEqualTo(0.0).isLessThan(1.0);
        for (double d : RollingStats.drawdown(c)) {
            assertThat(d).isLessThanOrEqualTo(0.0).isGreaterThan(-1.0);
        }
    }

    @Property
    void aCurveThatNeverFallsHasNoDrawdown(
            @ForAll @Size(min = 1, max = 200) List<@DoubleRange(min = 1, max = 1e6) Double> equity) {
        EquityCurve c = curve(equity.stream().sorted().toList());
        PerformanceMetrics m = compute(c);
        assertThat(m.maxDrawdown()).isZero();
        assertThat(m.maxDrawdownPeakTime()).isNull();
        assertThat(RollingStats.drawdown(c)).containsOnly(0.0);
    }

    @Property
    void compoundedDailyReturnsGiveTheTotalReturn(
            @ForAll @Size(min = 1, max = 200) List<@DoubleRange(min = 1, max = 1e6) Double> equity) {
        EquityCurve c = curve(equity);
        double growth = 1;
        for (double r : RollingStats.dailyReturns(c, MetricsConfig.defaults().zone())) {
            if (!Double.isNaN(r)) {
                growth *= 1 + r;
            }
        }
        double total = equity.getLast() / equity.getFirst();
        assertThat(growth).isCloseTo(total, within(1e-9 * total));
    }
}
