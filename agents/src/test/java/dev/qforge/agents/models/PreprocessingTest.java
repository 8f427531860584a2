package dev.qforge.agents.models;

import dev.qforge.factors.eval.FactorMatrix;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

/** The robust z-score, the sample selection and the small value types, against hand-computed values. */
class PreprocessingTest {

    @Test
    void robustZScoreByHand() {
        double nan = Double.NaN;
        // one feature over 6 cells: 1, 2, 3, 4, 100, NaN → median 3, |x - 3| = 2, 1, 0, 1, 97 → MAD 1, scale 1.4826
        Dataset d = Grids.dataset(2, 3, new double[][]{{1, 2, 3, 4, 100, nan}, {0, 0, 0, 0, 0, 1}}, new double[]{1, 1, 1, 1, 1, 1});
        Samples s = Samples.training(d, "train");
        RobustScaler sc = RobustScaler.fit(s);
        assertThat(sc.center()[0]).isEqualTo(3.0);
        assertThat(sc.scale()[0]).isCloseTo(1.4826, offset(1e-9));
        assertThat(sc.apply(0, 1)).isCloseTo((float) (-2 / 1.4826), offset(1e-6f));
        assertThat(sc.apply(0, 100)).isEqualTo(3f);     // clipped
        assertThat(sc.apply(0, -1e9)).isEqualTo(-3f);
        assertThat(sc.apply(0, nan)).isEqualTo(0f);     // Fillna(0)
        // feature 1 is constant but one cell: MAD 0, so the scale is the 1e-12 floor and any deviation clips
        assertThat(sc.apply(1, 0)).isEqualTo(0f);
        assertThat(sc.apply(1, 1)).isEqualTo(3f);
    }

    @Test
    void samplesSkipMissingLabelsAndCellsWithoutAnyFeature() {
        double nan = Double.NaN;
        Dataset d = Grids.dataset(2, 2, new double[][]{{1, nan, 3, 4}, {5, nan, nan, 8}}, new double[]{0.1, 0.2, nan, 0.4});
        Samples train = Samples.training(d, "train");
        assertThat(train.cell()).containsExactly(0, 3); // cell 1 has no feature, cell 2 no label
        Samples score = Samples.scoring(d);
        assertThat(score.cell()).containsExactly(0, 2, 3);
        assertThat(score.y()[1]).isNaN();
        FactorMatrix m = Samples.toMatrix(d, score, new float[]{1, 2, 3}, "p");
        assertThat(m.values()).containsExactly(1, nan, 2, 3);
    }

    @Test
    void datasetRefusesMismatchedGridsAndRows() {
        FactorMatrix a = Grids.matrix("a", 2, 2, new double[4]);
        FactorMatrix b = new FactorMatrix("b", Grids.days(2), List.of("S0", "X"), new double[4]);
        assertThatThrownBy(() -> new Dataset(List.of(a, b), null, 0, 2)).hasMessageContaining("feature b");
        assertThatThrownBy(() -> new Dataset(List.of(a), null, 1, 3)).hasMessageContaining("rows [1, 3)");
        assertThatThrownBy(() -> new Dataset(List.of(), null, 0, 0)).hasMessageContaining("no features");
    }

    @Test
    void modelSpecParsesNumbersAndNamesBadOnes() {
        ModelSpec s = new ModelSpec("xgboost", Map.of("eta", "0.1", "max_depth", 6.0), 3);
        assertThat(s.number("eta", 1)).isEqualTo(0.1);
        assertThat(s.integer("max_depth", 1)).isEqualTo(6);
        assertThat(s.integer("missing", 9)).isEqualTo(9);
        assertThatThrownBy(() -> s.with("eta", "fast").number("eta", 1)).hasMessageContaining("eta").hasMessageContaining("'fast'");
        assertThatThrownBy(() -> new ModelSpec(" ", Map.of(), 1)).hasMessageContaining("empty");
        // parameters are kept sorted, so equal specs print alike
        assertThat(new ModelSpec("x", Map.of("b", 1, "a", 2), 1).toString()).isEqualTo("x{a=2, b=1} seed=1");
    }
}
