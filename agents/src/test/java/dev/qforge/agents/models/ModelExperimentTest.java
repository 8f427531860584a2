package dev.qforge.agents.models;

import dev.qforge.data.BarSeries;
import dev.qforge.data.synth.SyntheticUniverse;
import dev.qforge.data.synth.UniverseGenerator;
import dev.qforge.data.synth.UniverseSpec;
import dev.qforge.factors.eval.FactorMatrix;
import dev.qforge.factors.expr.Expression;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

class ModelExperimentTest {

    private static final SyntheticUniverse U = UniverseGenerator.generate(UniverseSpec.of(40, 640, 0.05).withStart(LocalDate.of(2019, 7, 1)), 3);
    private static final SplitSpec SPLIT = SplitSpec.parse("2020:2020,2021-01-01:2021-06-30,2021-07-01:2021-12-31");

    private static Map<String, Expression> features() {
        Map<String, Expression> f = new LinkedHashMap<>();
        f.put("RET1", Expression.parse("$close/Ref($close,1)-1"));
        f.put("MA5", Expression.parse("Mean($close,5)/$close"));
        f.put("STD10", Expression.parse("Std($close,10)/$close"));
        return f;
    }

    @Test
    void validScoresCoverOnlyTheValidRowsAndTheirIcIsTheNaiveOne() {
        ModelExperiment x = ModelExperiment.prepare(U.series(), features(), SPLIT, 2);
        SplitSpec.SplitRows r = x.rows();
        assertThat(r.trainTo()).isEqualTo(r.validFrom() - 2);
        assertThat(r.validTo()).isEqualTo(r.testFrom() - 2);
        ModelExperiment.Fitted fit = x.fit(ModelSpec.of("ridge", 1), false);
        FactorMatrix s = fit.validScores();
        for (int row = 0; row < s.rows(); row++) {
            boolean inside = row >= r.validFrom() && row < r.validTo();
            for (int c = 0; c < s.cols(); c++) {
                if (inside) assertThat(s.get(row, c)).isFinite();
                else assertThat(s.get(row, c)).isNaN();
            }
        }
        // the raw label by hand from the bars: close[t+2] / close[t+1] - 1 on the experiment's grid
        long[] t = x.dataset().times();
        List<String> syms = x.dataset().symbols();
        double[] label = new double[t.length * syms.size()];
        java.util.Arrays.fill(label, Double.NaN);
        Map<String, BarSeries> bySym = new HashMap<>();
        for (BarSeries b : U.series()) bySym.put(b.symbol(), b);
        for (int c = 0; c < syms.size(); c++) {
            BarSeries b = bySym.get(syms.get(c));
            for (int row = 0; row + 2 < t.length; row++) {
                int i = b.floorIndex(t[row + 1]), j = b.floorIndex(t[row + 2]);
                if (i >= 0 && j >= 0 && b.time(i) == t[row + 1] && b.time(j) == t[row + 2]) label[row * syms.size() + c] = b.close(j) / b.close(i) - 1;
            }
        }
        double naive = Grids.meanIc(s, new FactorMatrix("l", t, syms, label), r.validFrom(), r.validTo());
        assertThat(fit.valid().ic().mean()).isCloseTo(naive, offset(1e-9));
        assertThat(fit.valid().portfolio()).isNull();
        assertThat(fit.report().trainLoss()).isPositive();
    }

    @Test
    void theTestPortfolioRunsOnlyOnTheTestPeriod() {
        ModelExperiment x = ModelExperiment.prepare(U.series(), features(), SPLIT, 2);
        ModelExperiment.Fitted fit = x.fit(ModelSpec.of("ridge", 1), true);
        ModelMetrics test = x.test(fit.model());
        long[] t = x.dataset().times();
        long[] days = test.portfolio().days();
        assertThat(days[0]).isGreaterThanOrEqualTo(t[x.rows().testFrom()]);
        assertThat(days[days.length - 1]).isLessThanOrEqualTo(t[x.rows().testTo() - 1]);
        assertThat(test.ic().days()).isBetween(100, 130);
        assertThat(test.toMap()).containsKeys("IC", "ICIR", "Rank IC", "Rank ICIR", "ARR", "IR", "MDD");
        assertThat(fit.valid().portfolio().days()[0]).isGreaterThanOrEqualTo(t[x.rows().validFrom()]);
    }

    @Test
    void aFieldTheDataLackIsNamed() {
        Map<String, Expression> f = Map.of("X", Expression.parse("$vwapx/$close"));
        assertThatThrownBy(() -> ModelExperiment.prepare(U.series(), f, SPLIT, 2)).hasMessageContaining("vwapx");
    }

    @Test
    void aFeatureThatReadsFutureBarsIsRefusedByName() {
        // the label itself as a feature: a model API that accepts it reports a perfect, fictitious IC
        Map<String, Expression> f = new LinkedHashMap<>();
        f.put("OK", Expression.parse("$close/Ref($close,1)"));
        f.put("PEEK", Expression.parse("Ref($close,-2)/Ref($close,-1)-1"));
        assertThatThrownBy(() -> ModelExperiment.prepare(U.series(), f, SPLIT, 2))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PEEK").hasMessageContaining("future");
        assertThatThrownBy(() -> DatasetBuilder.build(null, Map.of("PEEK", Expression.parse("Mean(Ref($close,-1),5)"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PEEK").hasMessageContaining("future");
    }
}
