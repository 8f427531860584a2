package dev.qforge.agents.models;

import dev.qforge.factors.eval.FactorMatrix;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

class XgboostForecasterTest {

    /** A non-linear signal a linear model cannot fit: |x0| and a sign interaction. */
    private static Dataset nonLinear(long seed) {
        return Grids.planted(120, 40, 4, 0.5, seed, (x, prev) -> Math.abs(x[0]) - 0.8 + 0.5 * Math.signum(x[1] * x[2]));
    }

    private static ModelSpec spec(long seed) {
        return ModelSpec.of("xgboost", seed).with("num_round", 200).with("eta", 0.1).with("max_depth", 4).with("early_stopping_rounds", 10);
    }

    @Test
    void learnsAPlantedNonLinearSignalAndBeatsAShuffledControl() {
        Dataset d = nonLinear(11);
        XgboostForecaster f = (XgboostForecaster) Forecasters.create(spec(1));
        FitReport r = f.fit(d.rows(0, 80), d.rows(80, 100));
        double ic = Grids.meanIc(f.predict(d.rows(100, 120)), d.label(), 100, 120);
        // population IC of the noiseless part: var(signal) ≈ 0.36 + 0.25 = 0.61, noise 0.25 → sqrt(0.61/0.86) ≈ 0.84
        assertThat(ic).isGreaterThan(0.6);
        Forecaster ridge = Forecasters.create(ModelSpec.of("ridge", 1));
        ridge.fit(d.rows(0, 80), d.rows(80, 100));
        assertThat(Grids.meanIc(ridge.predict(d.rows(100, 120)), d.label(), 100, 120)).isLessThan(0.2);
        Forecaster ctl = Forecasters.create(spec(1));
        ctl.fit(Grids.shuffledLabel(d, 5).rows(0, 80), d.rows(80, 100));
        assertThat(Grids.meanIc(ctl.predict(d.rows(100, 120)), d.label(), 100, 120)).isLessThan(0.15);
        assertThat(r.bestIteration()).isBetween(1, r.iterations());
    }

    @Test
    void stopsAtTheValidOptimumAndKeepsItsTrees() {
        // train labels carry a signal; the valid labels are its opposite, so every round after the first hurts
        // valid and boosting must stop patience rounds after its minimum, predicting with the trees up to it
        Dataset d = Grids.planted(60, 30, 2, 0.1, 3, (x, prev) -> x[0]);
        double[] y = d.label().values().clone();
        for (int i = 40 * 30; i < y.length; i++) y[i] = -y[i];
        Dataset flipped = new Dataset(d.features(), new FactorMatrix("label", d.times(), d.symbols(), y), 0, 60);
        XgboostForecaster f = (XgboostForecaster) Forecasters.create(spec(1));
        FitReport r = f.fit(flipped.rows(0, 40), flipped.rows(40, 60));
        double[] curve = f.validCurve();
        int argmin = 0;
        for (int i = 1; i < curve.length; i++) if (curve[i] < curve[argmin]) argmin = i;
        assertThat(r.bestIteration()).isEqualTo(argmin + 1);
        assertThat(r.iterations()).isEqualTo(argmin + 1 + 10).isLessThan(200);
        // the kept model's valid MSE, measured here from its predictions, is the curve's minimum, not its last value
        FactorMatrix p = f.predict(flipped.rows(40, 60));
        double mse = mse(p, flipped.label(), 40, 60);
        assertThat(mse).isCloseTo(curve[argmin], offset(1e-4 * curve[argmin]));
        assertThat(mse).isLessThan(curve[curve.length - 1]);
    }

    static double mse(FactorMatrix p, FactorMatrix label, int from, int to) {
        double s = 0;
        int n = 0;
        for (int r = from; r < to; r++) {
            for (int c = 0; c < p.cols(); c++) {
                double a = p.get(r, c), b = label.get(r, c);
                if (Double.isNaN(a) || Double.isNaN(b)) continue;
                s += (a - b) * (a - b);
                n++;
            }
        }
        return s / n;
    }

    @Test
    void sameSeedSamePredictionsOtherSeedOthers(@TempDir Path dir) throws Exception {
        Dataset d = nonLinear(2);
        Forecaster a = Forecasters.create(spec(7)), b = Forecasters.create(spec(7)), c = Forecasters.create(spec(8));
        a.fit(d.rows(0, 80), d.rows(80, 100));
        b.fit(d.rows(0, 80), d.rows(80, 100));
        c.fit(d.rows(0, 80), d.rows(80, 100));
        double[] pa = a.predict(d.rows(100, 120)).values();
        assertThat(b.predict(d.rows(100, 120)).values()).containsExactly(pa);
        assertThat(c.predict(d.rows(100, 120)).values()).isNotEqualTo(pa);
        a.save(dir);
        assertThat(Forecasters.load(dir).predict(d.rows(100, 120)).values()).containsExactly(pa);
    }

    @Test
    void missingValuesAreLearnedNotImputed() {
        // the label is 1 exactly where feature 0 is missing: only a model that routes NaN can learn it
        Dataset base = Grids.planted(60, 20, 2, 0.0, 4, (x, prev) -> 0);
        double[] f0 = base.features().get(0).values().clone(), y = new double[f0.length];
        for (int i = 0; i < f0.length; i++) if (i % 3 == 0) {
            f0[i] = Double.NaN;
            y[i] = 1;
        }
        Dataset d = Grids.dataset(60, 20, new double[][]{f0, base.features().get(1).values()}, y);
        Forecaster f = Forecasters.create(spec(1));
        f.fit(d.rows(0, 40), d.rows(40, 60));
        FactorMatrix p = f.predict(d.rows(40, 60));
        for (int i = 40 * 20; i < 60 * 20; i++) {
            if (i % 3 == 0) assertThat(p.values()[i]).as("cell %d, feature 0 missing", i).isGreaterThan(0.9);
            else assertThat(p.values()[i]).as("cell %d", i).isLessThan(0.1);
        }
    }

    @Test
    void badHyperparametersAreNamed() {
        assertThatThrownBy(() -> Forecasters.create(ModelSpec.of("xgboost", 1).with("eta", 0))).hasMessageContaining("eta");
        assertThatThrownBy(() -> Forecasters.create(ModelSpec.of("xgboost", 1).with("max_depth", 2.5))).hasMessageContaining("max_depth").hasMessageContaining("not an integer");
        assertThatThrownBy(() -> Forecasters.create(ModelSpec.of("xgboost", 1).with("subsample", 1.5))).hasMessageContaining("subsample");
        assertThatThrownBy(() -> Forecasters.create(ModelSpec.of("xgboost", 1).with("num_round", 0))).hasMessageContaining("num_round");
    }
}
