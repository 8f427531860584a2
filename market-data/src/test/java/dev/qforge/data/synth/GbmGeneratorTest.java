package dev.qforge.data.synth;

import static dev.qforge.data.synth.BarChecks.logReturns;
import static dev.qforge.data.synth.BarChecks.mean;
import static dev.qforge.data.synth.BarChecks.variance;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.qforge.data.BarSeries;
import dev.qforge.data.Instrument;
import dev.qforge.data.Timeframe;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class GbmGeneratorTest {

    private static final Instrument SPY = Instrument.usEquity("SPY");
    private static final Instrument BTC = Instrument.crypto("BTCUSD", "USD");
    private static final LocalDate START = LocalDate.of(2000, 1, 3);

    /** Sample mean and variance of log returns against (mu - sigma^2/2) dt and sigma^2 dt, within 4 standard errors. */
    private static void assertLogReturnMoments(BarSeries s, double startPrice, double mu, double sigma, double dt) {
        double[] r = logReturns(s, startPrice);
        int n = r.length;
        double expectedMean = (mu - sigma * sigma / 2) * dt;
        double expectedVar = sigma * sigma * dt;
        assertThat(mean(r)).isCloseTo(expectedMean, within(4 * Math.sqrt(expectedVar / n)));
        assertThat(variance(r)).isCloseTo(expectedVar, within(4 * expectedVar * Math.sqrt(2.0 / n)));
    }

    @Test
    void dailyLogReturnsHaveTheItoCorrectedMeanAndVariance() {
        // sigma large so that the -sigma^2/2 term (0.32/yr) is far outside the tolerance
        double mu = 0.3, sigma = 0.8;
        BarSeries s = GbmGenerator.of(mu, sigma).generate(SPY, Timeframe.D1, START, 100_000, 100, 42);
        assertThat(s.size()).isEqualTo(100_000);
        assertLogReturnMoments(s, 100, mu, sigma, 1.0 / 252);
        double withoutCorrection = mu / 252;
        assertThat(Math.abs(mean(logReturns(s, 100)) - withoutCorrection)).isGreaterThan(4 * sigma / Math.sqrt(252 * 100_000.0));
    }

    @Test
    void intradayCryptoBarsAreAnnualisedOnTheAroundTheClockYear() {
        double mu = 0.5, sigma = 0.7;
        BarSeries s = GbmGenerator.of(mu, sigma).generate(BTC, Timeframe.M5, LocalDate.of(2023, 3, 1), 100_000, 20_000, 7);
        assertLogReturnMoments(s, 20_000, mu, sigma, 1.0 / (288 * 365));
        assertThat(s.time(1) - s.time(0)).isEqualTo(300_000);
    }

    @Test
    void meanHighLowRangeMatchesTheBrownianRange() {
        // with mu = sigma^2/2 the log price is a driftless Brownian motion, whose range over a bar has
        // mean 2 sqrt(2/pi) sigma sqrt(dt) (Feller 1951); the bridge laws of high and low preserve it
        double sigma = 0.4, dt = 1.0 / 252;
        BarSeries s = GbmGenerator.of(sigma * sigma / 2, sigma).generate(SPY, Timeframe.D1, START, 20_000, 50, 3);
        double[] range = new double[s.size()];
        for (int i = 0; i < s.size(); i++) range[i] = Math.log(s.high(i) / s.low(i));
        assertThat(mean(range)).isCloseTo(2 * Math.sqrt(2 / Math.PI) * sigma * Math.sqrt(dt), withinPercentOf(2 * Math.sqrt(2 / Math.PI) * sigma * Math.sqrt(dt), 3));
    }

    private static org.assertj.core.data.Offset<Double> withinPercentOf(double value, double percent) {
        return within(Math.abs(value) * percent / 100);
    }

    @Test
    void everyBarIsConsistent() {
        BarSeries daily = GbmGenerator.of(0.1, 0.9).generate(SPY, Timeframe.D1, START, 5_000, 1.0, 11);
        BarChecks.assertConsistent(daily, 1.0);
        BarSeries hourly = GbmGenerator.of(-0.5, 1.5).withBaseVolume(10).generate(BTC, Timeframe.H1, START, 5_000, 0.05, 12);
        BarChecks.assertConsistent(hourly, 0.05);
        BarSeries flat = GbmGenerator.of(0, 0).generate(SPY, Timeframe.M15, START, 100, 10, 13);
        BarChecks.assertConsistent(flat, 10);
        assertThat(flat.high(50)).isEqualTo(10);
        assertThat(flat.low(50)).isEqualTo(10);
    }

    @Test
    void volumeAveragesAboutTheBaseVolume() {
        BarSeries s = GbmGenerator.of(0.05, 0.2).withBaseVolume(5_000).generate(SPY, Timeframe.D1, START, 20_000, 100, 5);
        // E[L] = 1 and E[|Z|] = sqrt(2/pi) make the mean 5000 (small drift aside); volume and L have CV ~ 0.6
        assertThat(mean(s.volumes())).isCloseTo(5_000, within(5_000 * 4 * 0.6 / Math.sqrt(20_000)));
    }

    @Test
    void sameSeedGivesIdenticalBarsAndAnotherSeedDoesNot() {
        GbmGenerator g = GbmGenerator.of(0.08, 0.25);
        BarSeries a = g.generate(SPY, Timeframe.D1, START, 1_000, 100, 99);
        BarSeries b = g.generate(SPY, Timeframe.D1, START, 1_000, 100, 99);
        BarSeries c = g.generate(SPY, Timeframe.D1, START, 1_000, 100, 100);
        assertThat(a).isEqualTo(b);
        assertThat(a.closes()).isEqualTo(b.closes());
        assertThat(a.highs()).isEqualTo(b.highs());
        assertThat(a.volumes()).isEqualTo(b.volumes());
        assertThat(a).isNotEqualTo(c);
        assertThat(a.close(999)).isNotEqualTo(c.close(999));
    }

    @Test
    void badArgumentsAreRejectedWithTheirName() {
        assertThatThrownBy(() -> GbmGenerator.of(0.05, -0.2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("sigma").hasMessageContaining("-0.2");
        assertThatThrownBy(() -> GbmGenerator.of(Double.NaN, 0.2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("mu");
        assertThatThrownBy(() -> GbmGenerator.of(0.05, 0.2).withBaseVolume(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("base volume");
        GbmGenerator g = GbmGenerator.of(0.05, 0.2);
        assertThatThrownBy(() -> g.generate(SPY, Timeframe.D1, START, 10, -1, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("start price");
        assertThatThrownBy(() -> g.generate(SPY, Timeframe.D1, START, 0, 100, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bar count");
        assertThatThrownBy(() -> g.generate(null, Timeframe.D1, START, 10, 100, 1)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("instrument");
    }
}
