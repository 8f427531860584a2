package dev.qforge.data.synth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.qforge.data.BarSeries;
import dev.qforge.data.NyseHolidays;
import dev.qforge.data.Panel;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class UniverseGeneratorTest {

    private static final CrossSectionalIc.Kind PEARSON = CrossSectionalIc.Kind.PEARSON;
    private static final CrossSectionalIc.Kind RANK = CrossSectionalIc.Kind.RANK;

    /** Standard error of a mean of (days - 1) daily correlations over n instruments: (1 - rho^2) / sqrt(n - 1) / sqrt(days - 1). */
    private static double icStandardError(double rho, int n, int days) {
        return (1 - rho * rho) / Math.sqrt(n - 1) / Math.sqrt(days - 1);
    }

    @Test
    void realisedPearsonIcMatchesTheTarget() {
        SyntheticUniverse u = UniverseGenerator.generate(UniverseSpec.of(500, 500, 0.05), 2024);
        assertThat(u.realisedIc(PEARSON)).isCloseTo(0.05, within(4 * icStandardError(0.05, 500, 500)));
    }

    @Test
    void realisedRankIcMatchesARankTarget() {
        SyntheticUniverse u = UniverseGenerator.generate(UniverseSpec.of(500, 500, 0.05).withIcKind(RANK), 7);
        assertThat(u.realisedIc(RANK)).isCloseTo(0.05, within(4 * icStandardError(0.05, 500, 500)));
    }

    @Test
    void negativeAndZeroTargetsAndAFreshDailyFactor() {
        SyntheticUniverse neg = UniverseGenerator.generate(UniverseSpec.of(300, 300, -0.1).withFactorPersistence(0), 1);
        assertThat(neg.realisedIc(PEARSON)).isCloseTo(-0.1, within(4 * icStandardError(0.1, 300, 300)));
        SyntheticUniverse zero = UniverseGenerator.generate(UniverseSpec.of(300, 300, 0.0), 2);
        assertThat(zero.gamma()).isZero();
        assertThat(zero.realisedIc(PEARSON)).isCloseTo(0.0, within(4 * icStandardError(0, 300, 300)));
    }

    @Test
    void gammaFollowsTheVarianceFormula() {
        UniverseSpec spec = UniverseSpec.of(200, 50, 0.08).withSectors(7);
        SyntheticUniverse u = UniverseGenerator.generate(spec, 3);
        double dt = 1.0 / 252;
        double[] b = u.betas();
        double mean = 0, var = 0;
        for (double x : b) mean += x / b.length;
        for (double x : b) var += (x - mean) * (x - mean) / b.length;
        // 200 instruments in 7 round-robin sectors: sizes 29 (x4) and 28 (x3)
        double concentration = (4 * 29.0 * 29 + 3 * 28.0 * 28) / (200.0 * 200);
        double v = (0.16 * 0.16 * dt + Math.pow(0.06 * dt, 2)) * var + 0.10 * 0.10 * dt * (1 - concentration) + 0.30 * 0.30 * dt;
        assertThat(u.noiseVariance()).isCloseTo(v, within(1e-15));
        assertThat(u.gamma()).isCloseTo(0.08 * Math.sqrt(v / (1 - 0.08 * 0.08)), within(1e-15));
    }

    @Test
    void groundTruthIsPublished() {
        UniverseSpec spec = UniverseSpec.of(120, 60, 0.05).withSectors(6).withBetas(1.2, 0.25).withStart(LocalDate.of(2020, 3, 2));
        SyntheticUniverse u = UniverseGenerator.generate(spec, 11);
        Panel p = u.panel();
        assertThat(p.timeCount()).isEqualTo(60);
        assertThat(p.instrumentCount()).isEqualTo(120);
        assertThat(p.symbol(0)).isEqualTo("SYN0000");
        assertThat(p.fieldNames()).contains("open", "high", "low", "close", "volume", SyntheticUniverse.FACTOR_FIELD);
        assertThat(u.series()).hasSize(120);
        for (int t = 0; t < 60; t++) {
            ZonedDateTime close = Instant.ofEpochMilli(p.time(t)).atZone(java.time.ZoneId.of("America/New_York"));
            assertThat(close.toLocalTime()).isEqualTo(LocalTime.of(16, 0));
            assertThat(NyseHolidays.isTradingDay(close.toLocalDate())).isTrue();
            double s = 0, ss = 0;
            for (int i = 0; i < 120; i++) s += u.factor(t, i);
            for (int i = 0; i < 120; i++) ss += Math.pow(u.factor(t, i) - s / 120, 2);
            assertThat(s / 120).isCloseTo(0, within(1e-12));
            assertThat(ss / 120).isCloseTo(1, within(1e-12));
        }
        int[] counts = new int[6];
        for (int i = 0; i < 120; i++) counts[u.sector(i)]++;
        assertThat(counts).containsOnly(20);
        double betaMean = 0;
        for (double b : u.betas()) betaMean += b / 120;
        assertThat(betaMean).isCloseTo(1.2, within(4 * 0.25 / Math.sqrt(120)));
        assertThat(u.targetIc()).isEqualTo(0.05);
        assertThat(u.factor()).hasSize(60 * 120);
    }

    @Test
    void everyBarIsConsistent() {
        SyntheticUniverse u = UniverseGenerator.generate(UniverseSpec.of(50, 300, 0.1), 5);
        for (BarSeries s : u.series()) BarChecks.assertConsistent(s, s.open(0));
        assertThat(u.panel().count("close")).isEqualTo(50 * 300);
    }

    @Test
    void sameSeedGivesIdenticalOutputAndAnotherSeedDoesNot() {
        UniverseSpec spec = UniverseSpec.of(40, 80, 0.05);
        SyntheticUniverse a = UniverseGenerator.generate(spec, 9), b = UniverseGenerator.generate(spec, 9);
        SyntheticUniverse c = UniverseGenerator.generate(spec, 10);
        for (String f : new String[] {"open", "high", "low", "close", "volume", SyntheticUniverse.FACTOR_FIELD}) {
            assertThat(a.panel().matrix(f)).as(f).isEqualTo(b.panel().matrix(f));
            assertThat(a.panel().matrix(f)).as(f).isNotEqualTo(c.panel().matrix(f));
        }
        assertThat(a.betas()).isEqualTo(b.betas()).isNotEqualTo(c.betas());
        assertThat(a.series()).isEqualTo(b.series());
    }

    @Test
    void badArgumentsAreRejectedClearly() {
        assertThatThrownBy(() -> UniverseSpec.of(0, 100, 0.05)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("instruments").hasMessageContaining("got 0");
        assertThatThrownBy(() -> UniverseSpec.of(100, 1, 0.05)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("days");
        for (double ic : new double[] {1, -1, 1.5, Double.NaN}) {
            assertThatThrownBy(() -> UniverseSpec.of(100, 100, ic)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("target IC").hasMessageContaining("between -1 and 1");
        }
        assertThatThrownBy(() -> UniverseSpec.of(10, 100, 0.05).withSectors(11)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("sector count");
        assertThatThrownBy(() -> UniverseSpec.of(10, 100, 0.05).withRisk(0, -0.1, 0.1, 0.3)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("market volatility");
        assertThatThrownBy(() -> UniverseSpec.of(10, 100, 0.05).withFactorPersistence(1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("persistence");
    }
}
