package dev.qforge.factors.eval;

import dev.qforge.data.Panel;
import dev.qforge.factors.expr.Expression;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Values worked out by hand on close = 10, 11, 9, 12, NaN, 13 (one instrument). */
class HandWorkedValuesTest {

    static final double N = Double.NaN;
    static final FactorEngine ENGINE = new FactorEngine(new FactorData(Panel.ofMatrices(new long[]{1, 2, 3, 4, 5, 6}, List.of("X"),
            Map.of("close", new double[]{10, 11, 9, 12, N, 13}, "volume", new double[]{100, 0, 50, 50, N, 10}))), 1, 8);

    static double[] eval(String e) {
        return ENGINE.evaluate(Expression.parse(e)).values();
    }

    static void check(String e, double... expected) {
        double[] v = eval(e);
        for (int i = 0; i < expected.length; i++) {
            if (Double.isNaN(expected[i])) assertThat(v[i]).as(e + " row " + i).isNaN();
            else assertThat(v[i]).as(e + " row " + i).isCloseTo(expected[i], within(1e-12));
        }
    }

    @Test
    void rollingStatisticsUseTheNonNanValuesOfPartialWindows() {
        check("Mean($close,3)", 10, 10.5, 10, 32.0 / 3, 10.5, 12.5);
        check("Max($close,3)", 10, 11, 11, 12, 12, 13);
        check("IdxMax($close,3)", 1, 2, 2, 3, 2, 3);
        check("IdxMin($close,3)", 1, 1, 3, 2, 1, 1);
        check("Count($close,3)", 1, 2, 3, 3, 2, 2);
        check("Std($close,2)", N, Math.sqrt(0.5), Math.sqrt(2), Math.sqrt(4.5), N, N);
        check("Rank($close,3)", 1, 1, 1.0 / 3, 1, N, 1);
        check("Med($close,3)", 10, 10.5, 10, 11, 10.5, 12.5);
    }

    @Test
    void regressionOnPositionsSkipsMissingRows() {
        // window rows 1..3 = 11, 9, 12 at positions 1, 2, 3: slope = sum dx dy / sum dx^2 = (-(1/3) + 4/3) / 2 = 0.5
        check("Slope($close,3)", N, 1, -0.5, 0.5);
        // window rows 3..5 = 12, NaN, 13 at positions 1 and 3: slope 0.5, exact fit, residual 0
        assertThat(eval("Slope($close,3)")[5]).isCloseTo(0.5, within(1e-12));
        assertThat(eval("Resi($close,3)")[5]).isCloseTo(0, within(1e-12));
        // rows 1..3: fit 11 - 0.5*(x-2) ... fitted at position 3 = 32/3 + 0.5 = 67/6; 12 - 67/6 = 5/6
        assertThat(eval("Resi($close,3)")[3]).isCloseTo(5.0 / 6, within(1e-12));
    }

    @Test
    void shiftsLabelsAndEma() {
        check("Ref($close,1)", N, 10, 11, 9, 12, N);
        check("Delta($close,1)", N, 1, -2, 3, N, N);
        check("Ref($close,-2)/Ref($close,-1)-1", 9.0 / 11 - 1, 12.0 / 9 - 1, N, N, N, N);
        // span 3: alpha 0.5; adjusted weights 1, 0.5: (11 + 5) / 1.5
        check("EMA($close,3)", 10, 16 / 1.5, (9 + 5.5 + 2.5) / 1.75);
    }

    @Test
    void numpyElementRules() {
        check("$close>Ref($close,1)", 0, 1, 0, 1, 0, 0); // NaN compares false
        check("Log($volume)", Math.log(100), Double.NEGATIVE_INFINITY, Math.log(50), Math.log(50), N, Math.log(10));
        check("$close/$volume", 0.1, Double.POSITIVE_INFINITY, 0.18, 0.24, N, 1.3);
        // a window holding an infinite value has no mean
        check("Mean($close/$volume,2)", 0.1, N, N, 0.21, 0.24, 1.3);
    }
}
