package dev.qforge.agents.rdloop;

import dev.qforge.data.synth.SyntheticUniverse;
import dev.qforge.agents.models.Grids;
import dev.qforge.factors.eval.FactorMatrix;
import dev.qforge.factors.expr.Expression;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The offline loop on the planted-factor universe. */
class OfflineLoopTest {

    @Test
    void findsAFactorWithAtLeast80PercentOfThePlantedValidationIc() {
        HeldOutSplit split = LoopFixtures.split(LoopFixtures.U);
        ResearchData d = split.research();
        LoopConfig cfg = LoopFixtures.config(1, 20);
        RdLoopStore store = LoopFixtures.store();
        store.createRun("r1", "offline", "synthetic", d.fingerprint(), LoopFixtures.SPLIT.toString(), cfg);
        long t0 = System.nanoTime();
        LoopState st = new RdLoop("r1", cfg, d, new OfflineResearcher(d, cfg), null, store, LoopFixtures.clock(), null).run();
        System.out.printf("offline loop: 20 loops in %.1f s%n", (System.nanoTime() - t0) / 1e9);

        // the planted factor's validation IC, computed independently of the loop: the daily Pearson correlation of
        // $factor with Qlib's label over the validation rows, averaged
        Evaluator valid = Evaluator.onValidation(d, dev.qforge.factors.portfolio.FactorBacktest.Options.qlibDefaults());
        double planted = valid.quickIc(d.evaluate("planted", Expression.parse("$" + SyntheticUniverse.FACTOR_FIELD)));
        assertThat(planted).isGreaterThan(0.03);
        double bestFound = 0;
        for (AcceptedFactor f : st.factors()) {
            FactorMatrix m = d.evaluate(f.name(), Expression.parse(f.expression()));
            bestFound = Math.max(bestFound, naiveMeanIc(m, d.label(), d.rows().validFrom(), d.rows().validTo()));
        }
        assertThat(bestFound).as("best accepted factor's validation IC vs planted %s; factors %s", planted, st.expressions())
                .isGreaterThanOrEqualTo(0.8 * planted);
        assertThat(st.steps()).hasSize(20);
        assertThat(split.openings()).as("the loop never opened the test period").isZero();
    }

    /** The naive daily IC of the models tests ({@link Grids}), with the loop's minimum of 10 instruments a day. */
    static double naiveMeanIc(FactorMatrix f, FactorMatrix label, int from, int to) {
        return Grids.meanIc(f, label, from, to, 10);
    }
}
