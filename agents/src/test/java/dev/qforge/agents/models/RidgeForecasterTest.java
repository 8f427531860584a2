package dev.qforge.agents.models;

import dev.qforge.factors.eval.FactorMatrix;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

class RidgeForecasterTest {

    /** 4 days x 3 instruments, two features (one NaN and one outlier), one NaN label. */
    private static Dataset tiny() {
        double nan = Double.NaN;
        double[] f0 = {1, 2, 3, 4, 5, 6, 7, 8, 9, 2, 100, 1};
        double[] f1 = {0.5, nan, 1.5, -1, 0, 2, 3, 1, -2, 0.3, 0.7, 1.1};
        double[] y = {0.2, 0.4, 0.1, nan, 0.9, -0.3, 0.5, 0.6, -0.1, 0.0, 1.2, 0.3};
        return Grids.dataset(4, 3, new double[][]{f0, f1}, y);
    }

    @Test
    void coefficientsSolveTheNormalEquationsOfTheScaledFeatures() {
        Dataset d = tiny();
        RidgeForecaster f = (RidgeForecaster) Forecasters.create(ModelSpec.of("ridge", 0).with("alpha", 0.7));
        f.fit(d, d);
        // the training samples by hand: every cell but index 3 (NaN label)
        double nan = Double.NaN;
        double[][] x = new double[11][];
        double[] y = new double[11];
        int i = 0;
        for (int idx = 0; idx < 12; idx++) {
            if (idx == 3) continue;
            x[i] = new double[]{d.features().get(0).values()[idx], d.features().get(1).values()[idx]};
            y[i++] = (float) d.label().values()[idx];
        }
        double[][] z = Naive.robustScale(x);
        for (double[] r : z) for (int j = 0; j < 2; j++) r[j] = (float) r[j];
        double[] ref = Naive.ridge(z, y, 0.7);
        assertThat(f.intercept()).isCloseTo(ref[0], offset(1e-6));
        assertThat(f.coefficients()[0]).isCloseTo(ref[1], offset(1e-6));
        assertThat(f.coefficients()[1]).isCloseTo(ref[2], offset(1e-6));
        // and the prediction of the cell with the NaN label (idx 3: f0 = 4, f1 = -1) uses the same transform
        FactorMatrix p = f.predict(d);
        double[][] withCell3 = new double[12][];
        for (int idx = 0; idx < 12; idx++) withCell3[idx] = new double[]{d.features().get(0).values()[idx], d.features().get(1).values()[idx]};
        assertThat(nan).isNaN();
        // the scaler is fitted on the 11 training cells only: scale cell 3 with their median/MAD
        double[] med = {Naive.median(sortedCol(x, 0)), Naive.median(sortedCol(x, 1))};
        double z30 = clip((4 - med[0]) / (1.4826 * mad(x, 0) + 1e-12)), z31 = clip((-1 - med[1]) / (1.4826 * mad(x, 1) + 1e-12));
        assertThat(p.values()[3]).isCloseTo(ref[0] + ref[1] * z30 + ref[2] * z31, offset(1e-5));
    }

    private static double clip(double v) {
        return Math.max(-3, Math.min(3, v));
    }

    private static double[] sortedCol(double[][] x, int j) {
        return java.util.Arrays.stream(x).mapToDouble(r -> r[j]).filter(v -> !Double.isNaN(v)).sorted().toArray();
    }

    private static double mad(double[][] x, int j) {
        double[] c = sortedCol(x, j);
        double m = Naive.median(c);
        return Naive.median(java.util.Arrays.stream(c).map(v -> Math.abs(v - m)).sorted().toArray());
    }

    @Test
    void recoversAPlantedLinearSignal() {
        Dataset d = Grids.planted(200, 50, 3, 0.5, 7, (x, prev) -> 0.6 * x[0] - 0.3 * x[1]);
        Forecaster f = Forecasters.create(new ModelSpec("ridge", Map.of("alpha", 0.0), 1));
        f.fit(d.rows(0, 150), d.rows(150, 200));
        FactorMatrix p = f.predict(d.rows(150, 200));
        double ic = Grids.meanIc(p, d.label(), 150, 200);
        // population IC of 0.6 x0 - 0.3 x1 against y with noise 0.5: sqrt(0.45 / 0.70) ≈ 0.80
        assertThat(ic).isGreaterThan(0.7);
        Forecaster ctl = Forecasters.create(new ModelSpec("ridge", Map.of("alpha", 0.0), 1));
        Dataset shuffled = Grids.shuffledLabel(d, 3);
        ctl.fit(shuffled.rows(0, 150), d.rows(150, 200));
        assertThat(Grids.meanIc(ctl.predict(d.rows(150, 200)), d.label(), 150, 200)).isLessThan(0.1);
        // rows outside the predicted range are NaN
        assertThat(p.get(10, 3)).isNaN();
    }

    @Test
    void savedModelPredictsTheSame(@TempDir Path dir) throws Exception {
        Dataset d = Grids.planted(60, 20, 3, 0.5, 7, (x, prev) -> x[0]);
        Forecaster f = Forecasters.create(ModelSpec.of("ridge", 5).with("alpha", 2));
        f.fit(d.rows(0, 40), d.rows(40, 60));
        f.save(dir.resolve("m"));
        Forecaster g = Forecasters.load(dir.resolve("m"));
        assertThat(g.spec()).isEqualTo(f.spec());
        assertThat(g.predict(d.rows(40, 60)).values()).containsExactly(f.predict(d.rows(40, 60)).values());
    }

    @Test
    void badInputIsNamed() {
        Dataset d = tiny();
        assertThatThrownBy(() -> Forecasters.create(ModelSpec.of("ridge", 0).with("alpha", -1))).hasMessageContaining("alpha");
        assertThatThrownBy(() -> Forecasters.create(ModelSpec.of("ridge", 0).with("alpha", "big"))).hasMessageContaining("alpha").hasMessageContaining("'big'");
        Forecaster f = Forecasters.create(ModelSpec.of("ridge", 0));
        assertThatThrownBy(() -> f.predict(d)).isInstanceOf(IllegalStateException.class).hasMessageContaining("not fitted");
        assertThatThrownBy(() -> f.fit(d.rows(1, 1), d)).hasMessageContaining("no train samples");
        double nan = Double.NaN;
        Dataset allNan = Grids.dataset(2, 2, new double[][]{{1, 2, 3, 4}, {nan, nan, nan, nan}}, new double[]{1, 2, 3, 4});
        assertThatThrownBy(() -> f.fit(allNan, allNan)).hasMessageContaining("feature f1 has no finite value in the train rows");
        // two copies of the same feature with alpha 0: singular
        Dataset twins = Grids.dataset(3, 2, new double[][]{{1, 2, 3, 4, 5, 7}, {1, 2, 3, 4, 5, 7}}, new double[]{1, 2, 3, 4, 5, 6});
        assertThatThrownBy(() -> Forecasters.create(ModelSpec.of("ridge", 0).with("alpha", 0)).fit(twins, twins)).hasMessageContaining("singular");
    }
}
