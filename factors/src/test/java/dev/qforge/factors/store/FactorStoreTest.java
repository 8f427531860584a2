package dev.qforge.factors.store;

import dev.qforge.data.store.Database;
import dev.qforge.data.synth.SyntheticUniverse;
import dev.qforge.data.synth.UniverseGenerator;
import dev.qforge.data.synth.UniverseSpec;
import dev.qforge.factors.analysis.FactorEvaluation;
import dev.qforge.factors.eval.FactorEngine;
import dev.qforge.factors.eval.FactorMatrix;
import dev.qforge.factors.expr.Expression;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FactorStoreTest {

    static final SyntheticUniverse U = UniverseGenerator.generate(UniverseSpec.of(60, 200, 0.05), 9);

    @Test
    void definitionsAndMetricsAreStoredPerDataSet() {
        try (Database db = Database.inMemory("factors-store-test")) {
            FactorStore store = new FactorStore(db);
            Expression e = Expression.parse("Ref($close,5)/$close-1");
            store.save("rev5", e, "5-day reversal");
            FactorEngine engine = new FactorEngine(U.panel());
            FactorMatrix m = engine.evaluate(e);
            FactorEvaluation.Result r = FactorEvaluation.evaluate(m, U.panel().matrix("close"), 0, m.rows(), null, FactorEvaluation.Options.defaults());
            store.saveMetrics("rev5", "fpA", r);
            FactorStore.StoredFactor f = store.find("rev5");
            assertThat(f.canonical()).isEqualTo("((Ref($close,5)/$close)-1)");
            assertThat(f.metrics()).containsEntry("fpA/h1/rank_ic_mean", r.horizons()[0].rankIc().mean())
                    .containsEntry("fpA/h20/ic_mean", r.horizons()[3].ic().mean());
            store.saveMetrics("rev5", "fpA", r); // replaces, no duplicate keys
            store.save("rev5", Expression.parse("Ref($close,6)/$close-1"), null);
            assertThat(store.find("rev5").expression()).isEqualTo("Ref($close,6)/$close-1");
            assertThat(store.list()).hasSize(1);
            assertThat(store.delete("rev5")).isTrue();
            assertThat(store.list()).isEmpty();
            assertThatThrownBy(() -> store.save("bad name", e, null)).hasMessageContaining("bad name");
        }
    }

    @Test
    void aRescaledFactorIsADuplicateAndAnUnrelatedOneIsNot() {
        try (Database db = Database.inMemory("factors-dup-test")) {
            FactorStore store = new FactorStore(db);
            store.save("mom10", Expression.parse("$close/Ref($close,10)-1"), null);
            store.save("vol20", Expression.parse("Std($close/Ref($close,1),20)"), null);
            FactorEngine engine = new FactorEngine(U.panel());
            FactorMatrix candidate = engine.evaluate(Expression.parse("2*($close/Ref($close,10))+3"));
            List<Duplicates.Match> m = Duplicates.check(candidate, store.list(), engine::evaluate, Duplicates.DEFAULT_THRESHOLD);
            assertThat(m.get(0).name()).isEqualTo("mom10");
            assertThat(m.get(0).meanCorrelation()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
            assertThat(m.get(0).duplicate()).isTrue();
            assertThat(m.get(1).name()).isEqualTo("vol20");
            assertThat(m.get(1).duplicate()).isFalse();
            assertThat(Math.abs(m.get(1).meanCorrelation())).isLessThan(0.5);
        }
    }
}
