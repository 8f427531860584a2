package dev.qforge.factors.eval;

import dev.qforge.data.Panel;
import dev.qforge.factors.expr.Expression;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Qlib hands expressions to Python, where {@code Expression.__pow__} makes {@code a ** b} mean
 * {@code Power(a, b)}: it binds tighter than unary minus ({@code -x**2 = -(x**2)}), is right-associative
 * ({@code x**a**b = x**(a**b)}) and takes a signed exponent ({@code x**-1}). Expected values by hand.
 */
class PythonPowerSyntaxTest {

    static final FactorEngine ENGINE = new FactorEngine(new FactorData(Panel.ofMatrices(new long[]{1, 2, 3}, List.of("X"),
            Map.of("close", new double[]{4, 9, 16}))), 1, 8);

    static void check(String e, double... expected) {
        double[] v = ENGINE.evaluate(Expression.parse(e)).values();
        for (int i = 0; i < expected.length; i++) assertThat(v[i]).as(e + " row " + i).isCloseTo(expected[i], within(1e-12));
    }

    @Test
    void doubleStarIsQlibsPower() {
        assertThat(Expression.parse("$close ** 2").canonical()).isEqualTo(Expression.parse("Power($close, 2)").canonical());
        check("$close ** 2", 16, 81, 256);
        check("$close**0.5", 2, 3, 4);
    }

    @Test
    void doubleStarFollowsPythonPrecedence() {
        check("-$close**2", -16, -81, -256);                  // -(x**2), not (-x)**2
        check("$close ** 0.5 ** 2", Math.pow(4, 0.25), Math.pow(9, 0.25), 2); // x**(0.5**2): right-associative
        check("$close ** -1", 0.25, 1.0 / 9, 1.0 / 16);       // signed exponent
        check("2*$close**2+1", 33, 163, 513);                 // tighter than * and +
        check("2 ** Log($close)", Math.pow(2, Math.log(4)), Math.pow(2, Math.log(9)), Math.pow(2, Math.log(16)));
    }
}
