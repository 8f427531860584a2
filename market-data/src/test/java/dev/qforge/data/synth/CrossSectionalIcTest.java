package dev.qforge.data.synth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.qforge.data.Panel;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CrossSectionalIcTest {

    private static final double NAN = Double.NaN;

    @Test
    void pearsonMatchesAHandComputedValue() {
        // deviations (-2,-1,0,1,2) and (-2,0,1,0,1): sxy = 6, sxx = 10, syy = 6
        double r = CrossSectionalIc.pearson(new double[] {1, 2, 3, 4, 5}, new double[] {2, 4, 5, 4, 5});
        assertThat(r).isCloseTo(6 / Math.sqrt(60), within(1e-12));
    }

    @Test
    void spearmanGivesTiesTheirAverageRank() {
        // ranks of y: 1, 2.5, 4.5, 2.5, 4.5 -> deviations (-2,-0.5,1.5,-0.5,1.5): sxy = 7, sxx = 10, syy = 9
        double r = CrossSectionalIc.spearman(new double[] {1, 2, 3, 4, 5}, new double[] {2, 4, 5, 4, 5});
        assertThat(r).isCloseTo(7 / Math.sqrt(90), within(1e-12));
    }

    @Test
    void rankIcOfAMonotoneTransformIsOne() {
        double[] x = {0.1, -2, 3, 0.5, 1.7};
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) y[i] = Math.exp(3 * x[i]);
        assertThat(CrossSectionalIc.spearman(x, y)).isCloseTo(1, within(1e-12));
        assertThat(CrossSectionalIc.pearson(x, y)).isLessThan(0.99);
    }

    @Test
    void pairsWithANaNAreLeftOutAndTooFewPairsGiveNaN() {
        double r = CrossSectionalIc.pearson(new double[] {1, 2, NAN, 3, 4, 5}, new double[] {2, 4, 9, 5, 4, 5});
        assertThat(r).isCloseTo(6 / Math.sqrt(60), within(1e-12));
        assertThat(CrossSectionalIc.pearson(new double[] {1, 2, NAN}, new double[] {1, 2, 3})).isNaN();
        assertThat(CrossSectionalIc.spearman(new double[] {1, 1, 1, 1}, new double[] {1, 2, 3, 4})).isNaN();
        assertThat(CrossSectionalIc.mean(new double[] {NAN, 0.2, 0.4})).isCloseTo(0.3, within(1e-15));
    }

    @Test
    void dailyIcPairsTheFactorWithTheNextLogReturn() {
        // 3 days x 3 instruments; the factor on day 0 equals the day-0 -> day-1 log return (IC 1),
        // on day 1 it is its negative (IC -1); the last day has no next return
        double[] close = {
            100, 50, 10,
            110, 45, 10,
            99, 45, 12};
        double[] factor = {
            Math.log(1.1), Math.log(0.9), 0,
            -Math.log(0.9), 0, -Math.log(1.2),
            NAN, NAN, NAN};
        Panel p = Panel.ofMatrices(new long[] {1, 2, 3}, List.of("A", "B", "C"), Map.of("close", close, "factor", factor));
        assertThat(CrossSectionalIc.daily(p, "factor", CrossSectionalIc.Kind.PEARSON))
                .containsExactly(new double[] {1, -1}, within(1e-12));
        assertThat(CrossSectionalIc.daily(p, "factor", CrossSectionalIc.Kind.RANK))
                .containsExactly(new double[] {1, -1}, within(1e-12));
    }
}
