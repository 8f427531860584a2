package dev.qforge.factors.eval;

import dev.qforge.data.Panel;
import dev.qforge.factors.expr.Expression;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Qlib's Skew and Kurt are pandas' {@code rolling(N, min_periods=1).skew()/.kurt()}. Since pandas 1.5
 * (GH 42064, 46431) a window whose values are all equal has skewness exactly 0 and excess kurtosis exactly -3
 * (not NaN): pandas counts the run of equal values and forces the result. Such windows are common in practice
 * (a suspended stock's flat price, zero volume, an indicator like {@code $close>Ref($close,1)} that stays 0).
 * Windows with too few values are still NaN (3 for Skew, 4 for Kurt).
 */
class UniformWindowMomentsTest {

    static final double N = Double.NaN;
    static final FactorEngine ENGINE = new FactorEngine(new FactorData(Panel.ofMatrices(new long[]{1, 2, 3, 4, 5, 6, 7}, List.of("X"),
            Map.of("close", new double[]{7, 7, N, 7, 7, 7, 9}))), 1, 8);

    static void check(String e, double... expected) {
        double[] v = ENGINE.evaluate(Expression.parse(e)).values();
        for (int i = 0; i < expected.length; i++) {
            if (Double.isNaN(expected[i])) assertThat(v[i]).as(e + " row " + i).isNaN();
            else assertThat(v[i]).as(e + " row " + i).isCloseTo(expected[i], within(1e-12));
        }
    }

    @Test
    void aWindowOfEqualValuesHasSkewZeroAndKurtMinusThree() {
        // windows of 5 rows; non-NaN counts 1, 2, 2, 3, 4, 4, 4; the last window {7, 7, 7, 9} is not uniform:
        // deviations -0.5 x3, 1.5: m2 = 0.75, m3 = 0.75, m4 = 1.3125; skew = sqrt(n(n-1))/(n-2) * m3/m2^1.5
        double skewLast = Math.sqrt(12) / 2 * 0.75 / Math.pow(0.75, 1.5);
        check("Skew($close,5)", N, N, N, 0, 0, 0, skewLast);
        // kurt: ((n^2-1) m4/m2^2 - 3 (n-1)^2) / ((n-2)(n-3)), n = 4: (15 * 7/3 - 27) / 2 = 4
        check("Kurt($close,5)", N, N, N, N, -3, -3, 4);
        // ... and Std of such a window is exactly 0 (already so)
        check("Std($close,5)", N, 0, 0, 0, 0, 0);
    }
}
