package dev.qforge.data.synth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.qforge.data.BarSeries;
import dev.qforge.data.Instrument;
import dev.qforge.data.Timeframe;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class OuGeneratorTest {

    private static final Instrument XYZ = Instrument.usEquity("XYZ");
    private static final LocalDate START = LocalDate.of(2000, 1, 3);
    private static final double DT = 1.0 / 252;

    private static double[] deviations(BarSeries s, double meanPrice) {
        double[] y = new double[s.size()];
        for (int i = 0; i < y.length; i++) y[i] = Math.log(s.close(i) / meanPrice);
        return y;
    }

    @Test
    void lagOneAutocorrelationOfLogDeviationsIsExpMinusKappaDt() {
        double kappa = 5, sigma = 0.3;
        BarSeries s = OuGenerator.of(40, kappa, sigma).generate(XYZ, Timeframe.D1, START, 20_000, 40, 21);
        double[] y = deviations(s, 40);
        double num = 0, den = 0;
        for (int i = 1; i < y.length; i++) {
            num += y[i] * y[i - 1];
            den += y[i - 1] * y[i - 1];
        }
        double phi = Math.exp(-kappa * DT);
        // standard error of the AR(1) coefficient: sqrt((1 - phi^2) / n)
        assertThat(num / den).isCloseTo(phi, within(4 * Math.sqrt((1 - phi * phi) / y.length)));
    }

    @Test
    void stationaryVarianceIsSigmaSquaredOverTwoKappa() {
        double kappa = 50, sigma = 0.4;
        OuGenerator ou = OuGenerator.of(10, kappa, sigma);
        BarSeries s = ou.generate(XYZ, Timeframe.D1, START, 40_000, 10, 22);
        double[] y = deviations(s, 10);
        double ss = 0;
        for (double v : y) ss += v * v;
        double expected = sigma * sigma / (2 * kappa);
        assertThat(ou.stationaryStdDev()).isCloseTo(Math.sqrt(expected), within(1e-15));
        double phi = Math.exp(-kappa * DT);
        double effectiveN = y.length * (1 - phi) / (1 + phi);
        assertThat(ss / y.length).isCloseTo(expected, within(4 * expected * Math.sqrt(2 / effectiveN)));
    }

    @Test
    void withoutNoiseADeviationHalvesAfterOneHalfLife() {
        double halfLife = 10.0 / 252;
        OuGenerator ou = OuGenerator.withHalfLife(100, halfLife, 0);
        assertThat(ou.kappa()).isCloseTo(Math.log(2) / halfLife, within(1e-12));
        assertThat(ou.halfLifeYears()).isCloseTo(halfLife, within(1e-15));
        BarSeries s = ou.generate(XYZ, Timeframe.D1, START, 20, 100 * Math.E, 1);
        assertThat(Math.log(s.close(9) / 100)).isCloseTo(0.5, within(1e-12));
        assertThat(Math.log(s.close(19) / 100)).isCloseTo(0.25, within(1e-12));
    }

    @Test
    void everyBarIsConsistentAndSeedsAreDeterministic() {
        OuGenerator ou = OuGenerator.of(25, 3, 0.6).withBaseVolume(1_000);
        BarSeries a = ou.generate(XYZ, Timeframe.M30, START, 5_000, 30, 5);
        BarChecks.assertConsistent(a, 30);
        assertThat(ou.generate(XYZ, Timeframe.M30, START, 5_000, 30, 5)).isEqualTo(a);
        assertThat(ou.generate(XYZ, Timeframe.M30, START, 5_000, 30, 6)).isNotEqualTo(a);
    }

    @Test
    void badArgumentsAreRejectedWithTheirName() {
        assertThatThrownBy(() -> OuGenerator.of(10, 0, 0.2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("kappa");
        assertThatThrownBy(() -> OuGenerator.of(10, 2, -0.2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("sigma");
        assertThatThrownBy(() -> OuGenerator.of(-10, 2, 0.2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("mean price");
        assertThatThrownBy(() -> OuGenerator.withHalfLife(10, 0, 0.2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("half-life");
    }
}
