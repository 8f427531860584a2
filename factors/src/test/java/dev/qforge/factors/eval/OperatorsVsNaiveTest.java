package dev.qforge.factors.eval;

import dev.qforge.data.Panel;
import dev.qforge.factors.expr.Expression;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/** Every operator against {@link NaiveOperators} on random price-like data with NaNs, late listings, ties and flat stretches. */
class OperatorsVsNaiveTest {

    static final int ROWS = 400;
    static final List<String> SYMBOLS = List.of("A", "B", "C", "D");
    static final Panel PANEL = panel(7);

    static Panel panel(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        int cols = SYMBOLS.size();
        double[] x = new double[ROWS * cols], y = new double[ROWS * cols], close = new double[ROWS * cols];
        long[] times = new long[ROWS];
        for (int r = 0; r < ROWS; r++) times[r] = 1_000_000L + r * 86_400_000L;
        for (int c = 0; c < cols; c++) {
            double px = 100 + 50 * c, py = 1e6;
            for (int r = 0; r < ROWS; r++) {
                px *= Math.exp(0.02 * rng.nextGaussian());
                py *= Math.exp(0.3 * rng.nextGaussian());
                double vx = px, vy = py;
                if (c == 2) vx = Math.round(px / 5) * 5.0; // many ties
                if (c == 3 && r >= 100 && r < 180) vx = 123.0; // flat stretch: zero variance windows
                boolean listed = !(c == 1 && r < 50) && !(c == 3 && r > 380);
                double pNan = c == 0 ? 0.0 : c == 2 ? 0.2 : 0.1;
                int i = r * cols + c;
                close[i] = listed ? 1 : Double.NaN;
                x[i] = listed && rng.nextDouble() >= pNan ? vx : Double.NaN;
                y[i] = listed && rng.nextDouble() >= pNan ? vy : Double.NaN;
            }
        }
        return Panel.ofMatrices(times, SYMBOLS, Map.of("close", close, "x", x, "y", y));
    }

    /** Naive result over each instrument's span, NaN outside it. */
    static double[] expected(String op, int w, double q) {
        int cols = SYMBOLS.size();
        FactorData data = new FactorData(PANEL);
        double[] out = new double[ROWS * cols];
        Arrays.fill(out, Double.NaN);
        for (int c = 0; c < cols; c++) {
            int f = data.first(c), l = data.last(c);
            double[] xs = Arrays.copyOfRange(PANEL.column("x", c), f, l + 1);
            double[] ys = Arrays.copyOfRange(PANEL.column("y", c), f, l + 1);
            double[] v = NaiveOperators.rolling(op, xs, ys, w, q);
            for (int i = 0; i < v.length; i++) out[(f + i) * cols + c] = v[i];
        }
        return out;
    }

    static void assertClose(double[] actual, double[] expected, double relTol, String what) {
        assertThat(actual).hasSameSizeAs(expected);
        for (int i = 0; i < actual.length; i++) {
            double a = actual[i], e = expected[i];
            if (Double.isNaN(e)) {
                assertThat(a).as("%s cell %d (row %d col %d): expected NaN", what, i, i / 4, i % 4).isNaN();
            } else {
                assertThat(a).as("%s cell %d (row %d col %d)", what, i, i / 4, i % 4)
                        .isCloseTo(e, org.assertj.core.data.Offset.offset(relTol * Math.max(1, Math.abs(e))));
            }
        }
    }

    static double[] eval(String expr) {
        return new FactorEngine(new FactorData(PANEL), 2, 3).evaluate(Expression.parse(expr)).values();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Mean", "Sum", "Count", "Var", "Std", "Skew", "Kurt", "Max", "Min", "IdxMax", "IdxMin",
            "Med", "Rank", "Mad", "Slope", "Rsquare", "Resi", "WMA", "Delta"})
    void rollingOperatorMatchesNaiveLoops(String op) {
        for (int w : new int[]{1, 2, 3, 5, 20, 60}) {
            if (w < (op.equals("Skew") ? 3 : op.equals("Kurt") ? 4 : 1)) continue;
            double tol = op.equals("Kurt") || op.equals("Skew") ? 1e-7 : 1e-9;
            assertClose(eval(op + "($x," + w + ")"), expected(op, w, 0), tol, op + " window " + w);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"Corr", "Cov"})
    void pairOperatorMatchesNaiveLoops(String op) {
        for (int w : new int[]{2, 5, 20, 60}) {
            // x ~ 100, y ~ 1e6: scale differences stress the running sums
            assertClose(eval(op + "($x,$y," + w + ")"), expected(op, w, 0), 1e-8, op + " window " + w);
        }
    }

    @Test
    void quantileMatchesNaiveLoops() {
        for (double q : new double[]{0, 0.2, 0.5, 0.8, 1}) {
            for (int w : new int[]{1, 5, 30}) {
                assertClose(eval("Quantile($x," + w + "," + q + ")"), expected("Quantile", w, q), 1e-12, "Quantile " + w + " " + q);
            }
        }
    }

    @Test
    void refAndEmaMatchNaiveLoops() {
        for (int k : new int[]{1, 3, -2}) assertClose(eval("Ref($x," + k + ")"), expected("Ref", k, 0), 0, "Ref " + k);
        for (int span : new int[]{1, 5, 20}) assertClose(eval("EMA($x," + span + ")"), expected("EMA", span, 0), 1e-9, "EMA " + span);
        assertClose(eval("EMA($x,0.3)"), expected("EMA", 0, 0.3), 1e-9, "EMA alpha 0.3");
    }

    @Test
    void crossSectionalOperatorsMatchNaiveLoops() {
        double[] rank = eval("CSRank($x)"), z = eval("CSZScore($x)"), x = PANEL.matrix("x");
        int cols = SYMBOLS.size();
        for (int r = 0; r < ROWS; r++) {
            double[] v = NaiveOperators.window(Arrays.copyOfRange(x, r * cols, r * cols + cols), cols - 1, cols);
            double m = NaiveOperators.mean(v);
            double sd = v.length < 2 ? Double.NaN : Math.sqrt(NaiveOperators.centralMoment(v, 2) * v.length / (v.length - 1));
            for (int c = 0; c < cols; c++) {
                double a = x[r * cols + c];
                if (Double.isNaN(a)) {
                    assertThat(rank[r * cols + c]).isNaN();
                    continue;
                }
                int less = 0, eq = 0;
                for (double b : v) {
                    if (b < a) less++;
                    else if (b == a) eq++;
                }
                assertThat(rank[r * cols + c]).isCloseTo((less + (eq + 1) / 2.0) / v.length, org.assertj.core.data.Offset.offset(1e-12));
                if (sd > 0) assertThat(z[r * cols + c]).isCloseTo((a - m) / sd, org.assertj.core.data.Offset.offset(1e-9));
                else assertThat(z[r * cols + c]).isNaN();
            }
        }
    }

    @Test
    void elementWiseOperatorsFollowNumpy() {
        double[] x = PANEL.matrix("x"), y = PANEL.matrix("y");
        double[] gt = eval("$x>$y/10000"), ne = eval("$x!=$y"), greater = eval("Greater($x,$y/10000)"), iff = eval("If($x>150,$x,-$x)");
        double[] pw = eval("Power($x,0.5)"), lg = eval("Log($x-120)"), sg = eval("Sign($x-150)");
        FactorData data = new FactorData(PANEL);
        for (int i = 0; i < x.length; i++) {
            int c = i % 4, r = i / 4;
            if (r < data.first(c) || r > data.last(c)) {
                assertThat(gt[i]).isNaN(); // outside the instrument's history even comparisons are undefined
                continue;
            }
            double b = y[i] / 10000;
            assertThat(gt[i]).isEqualTo(x[i] > b ? 1.0 : 0.0); // NaN compares false, as in numpy
            assertThat(ne[i]).isEqualTo(Double.isNaN(x[i]) || Double.isNaN(y[i]) || x[i] != y[i] ? 1.0 : 0.0);
            if (Double.isNaN(x[i]) || Double.isNaN(b)) assertThat(greater[i]).isNaN();
            else assertThat(greater[i]).isEqualTo(Math.max(x[i], b));
            same(iff[i], x[i] > 150 ? x[i] : -x[i]);
            same(pw[i], Math.sqrt(x[i]));
            same(lg[i], Math.log(x[i] - 120));
            same(sg[i], Math.signum(x[i] - 150));
        }
    }

    private static void same(double actual, double expected) {
        if (Double.isNaN(expected)) assertThat(actual).isNaN();
        else assertThat(actual).isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-12 * Math.max(1, Math.abs(expected))));
    }
}
