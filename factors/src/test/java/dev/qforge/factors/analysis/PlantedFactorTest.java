package dev.qforge.factors.analysis;

import dev.qforge.data.synth.SyntheticUniverse;
import dev.qforge.data.synth.UniverseGenerator;
import dev.qforge.data.synth.UniverseSpec;
import dev.qforge.factors.eval.FactorEngine;
import dev.qforge.factors.eval.FactorMatrix;
import dev.qforge.factors.expr.Expression;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/** The synthetic universe plants a factor with a known IC: evaluation must recover it, and find none in noise. */
class PlantedFactorTest {

    static final SyntheticUniverse U = UniverseGenerator.generate(UniverseSpec.of(200, 750, 0.06).withSectors(8), 42);

    @Test
    void plantedIcIsRecoveredWithinSamplingError() {
        FactorEngine engine = new FactorEngine(U.panel());
        FactorMatrix f = engine.evaluate(Expression.parse("$factor"));
        FactorEvaluation.Result r = FactorEvaluation.evaluate(f, U.panel().matrix("close"), 0, f.rows(),
                new int[200], FactorEvaluation.Options.defaults());
        IcStats ic = r.horizons()[0].ic();
        double se = ic.std() / Math.sqrt(ic.days());
        assertThat(ic.days()).isEqualTo(749); // the last day has no forward return
        assertThat(Math.abs(ic.mean() - U.targetIc())).as("IC %s vs planted %s, standard error %s", ic.mean(), U.targetIc(), se)
                .isLessThan(4 * se);
        assertThat(ic.tStat()).isGreaterThan(10);
        // the signal is for the next day only: the 20-day IC is much weaker per day of holding
        QuantileReturns.Result q = r.horizons()[0].quantiles();
        assertThat(q.mean()[4]).isGreaterThan(q.mean()[0]);
        assertThat(q.meanSpread()).isGreaterThan(0);
    }

    @Test
    void noiseFactorHasNoIc() {
        SplittableRandom rng = new SplittableRandom(3);
        double[] noise = new double[U.panel().timeCount() * 200];
        for (int i = 0; i < noise.length; i++) noise[i] = rng.nextGaussian();
        var panel = U.panel().withField("noise", noise);
        FactorMatrix f = new FactorEngine(panel).evaluate(Expression.parse("$noise"));
        FactorEvaluation.Result r = FactorEvaluation.evaluate(f, panel.matrix("close"), 0, f.rows(), null, FactorEvaluation.Options.defaults());
        for (FactorEvaluation.Horizon h : r.horizons()) {
            IcStats ic = h.rankIc();
            // with h-day overlapping returns only every h-th day is independent
            double se = ic.std() / Math.sqrt(ic.days() / (double) h.h());
            assertThat(Math.abs(ic.mean())).as("noise rank IC at horizon %d: %s (se %s)", h.h(), ic.mean(), se).isLessThan(4 * se);
        }
        assertThat(Math.abs(r.rankAutocorrelation())).isLessThan(0.05);
        assertThat(r.coverage()).isEqualTo(1.0);
        assertThat(r.horizons()[0].quantiles().meanTopTurnover()).isCloseTo(0.8, org.assertj.core.data.Offset.offset(0.03));
    }

    @Test
    void sectorNeutralIcRemovesSectorBets() {
        // two sectors; across sectors the factor lines up with returns, within each sector it is reversed
        double[] f = {1, 2, 10, 11}, ret = {0.02, 0.01, 0.06, 0.05};
        DailyIc.Series raw = DailyIc.compute(f, ret, 1, 4, 0, 1, 2, null);
        DailyIc.Series neutral = DailyIc.compute(f, ret, 1, 4, 0, 1, 2, new int[]{0, 0, 1, 1});
        assertThat(raw.ic()[0]).isGreaterThan(0.8);
        assertThat(raw.rankIc()[0]).isCloseTo(0.6, org.assertj.core.data.Offset.offset(1e-12)); // ranks 1234 vs 2143
        assertThat(neutral.ic()[0]).isCloseTo(-1, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(neutral.rankIc()[0]).isCloseTo(-1, org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    void quantilesAndTurnoverByHand() {
        // day 0: factor 1..10, returns factor/100; day 1: the order reversed
        double[] f = new double[20], ret = new double[20];
        for (int c = 0; c < 10; c++) {
            f[c] = c + 1;
            ret[c] = (c + 1) / 100.0;
            f[10 + c] = 10 - c;
            ret[10 + c] = 0.01;
        }
        QuantileReturns.Result q = QuantileReturns.compute(f, ret, 2, 10, 0, 2, 5);
        assertThat(q.daily()[0][0]).isCloseTo(0.015, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(q.daily()[4][0]).isCloseTo(0.095, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(q.spread()[0]).isCloseTo(0.08, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(q.topTurnover()[1]).isEqualTo(1.0);
        assertThat(q.cumulative()[4][1]).isCloseTo(1.095 * 1.01, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(Map.of("mean", q.mean()[4])).containsEntry("mean", (0.095 + 0.01) / 2);
    }
}
