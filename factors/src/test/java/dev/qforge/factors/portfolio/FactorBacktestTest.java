package dev.qforge.factors.portfolio;

import dev.qforge.data.synth.SyntheticUniverse;
import dev.qforge.data.synth.UniverseGenerator;
import dev.qforge.data.synth.UniverseSpec;
import dev.qforge.factors.alpha.Alpha158;
import dev.qforge.factors.eval.FactorEngine;
import dev.qforge.factors.eval.FactorMatrix;
import dev.qforge.factors.expr.Expression;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class FactorBacktestTest {

    static final SyntheticUniverse U = UniverseGenerator.generate(UniverseSpec.of(60, 260, 0.2), 5);

    @Test
    void plantedFactorEarnsAnExcessReturnAndTheNumbersFollowTheirDefinitions() {
        FactorEngine engine = new FactorEngine(U.panel());
        FactorMatrix score = engine.evaluate(Expression.parse("$factor"));
        FactorMatrix label = engine.evaluate(Alpha158.label());
        long[] t = U.panel().times();
        FactorBacktest.Result r = FactorBacktest.run(score, label, U.series(), t[0], t[t.length - 1], new FactorBacktest.Options(10, 3, 1_000_000, 0.95));

        // the factor predicts close t -> t+1; Qlib's label is t+1 -> t+2, which the factor does not predict beyond its persistence
        assertThat(r.run().fills()).isNotEmpty();
        assertThat(r.run().fees()).isGreaterThan(0);
        assertThat(r.summed().annualizedReturn()).isGreaterThan(0.1);

        // excess return recomputed here: equity return minus the equal-weighted universe's close-to-close return
        double[] eq = r.run().equity();
        double[] close = U.panel().matrix("close");
        int cols = U.panel().instrumentCount();
        double sum = 0;
        for (int i = 1; i < eq.length; i++) {
            double b = 0;
            for (int c = 0; c < cols; c++) b += close[i * cols + c] / close[(i - 1) * cols + c] - 1;
            double ex = eq[i] / eq[i - 1] - 1 - b / cols;
            assertThat(r.excess()[i - 1]).isCloseTo(ex, within(1e-12));
            sum += ex;
        }
        double mean = sum / (eq.length - 1);
        assertThat(r.summed().annualizedReturn()).isCloseTo(mean * 238, within(1e-12));
        double growth = 1;
        for (double x : r.excess()) growth *= 1 + x;
        assertThat(r.compoundedArr()).isCloseTo(Math.pow(growth, 252.0 / r.excess().length) - 1, within(1e-12));
        assertThat(r.summed().maxDrawdown()).isLessThanOrEqualTo(0);
        assertThat(r.compoundedMdd()).isLessThanOrEqualTo(0).isGreaterThan(-1);
        assertThat(r.toMap()).containsKeys("IC", "ICIR", "Rank IC", "Rank ICIR", "ARR", "IR", "MDD", "ARR (compounded)");
    }
}
