package dev.qforge.agents.models;

import dev.qforge.factors.eval.FactorMatrix;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

class NeuralForecasterTest {

    private static ModelSpec spec(String type, long seed, int epochs) {
        ModelSpec s = ModelSpec.of(type, seed).with("hidden", 16).with("layers", 1).with("epochs", epochs)
                .with("patience", 3).with("batch", 100).with("lr", 0.02);
        return type.equals("mlp") ? s : s.with("window", 3);
    }

    @Test
    void mlpLearnsAPlantedNonLinearSignalAndBeatsAShuffledControl() {
        Dataset d = Grids.planted(60, 25, 3, 0.3, 21, (x, prev) -> Math.abs(x[0]) - 0.8 + 0.5 * x[1]);
        Forecaster f = Forecasters.create(spec("mlp", 1, 10));
        f.fit(d.rows(0, 40), d.rows(40, 50));
        double ic = Grids.meanIc(f.predict(d.rows(50, 60)), d.label(), 50, 60);
        // noiseless part: var(|x0|) ≈ 0.36 + var(0.5 x1) = 0.25; noise 0.09 → population IC ≈ sqrt(0.61 / 0.70) ≈ 0.93
        assertThat(ic).isGreaterThan(0.7);
        // the control sees the same features with the labels (train and valid) shuffled: whatever it fits is chance
        Dataset shuffled = Grids.shuffledLabel(d, 4);
        Forecaster ctl = Forecasters.create(spec("mlp", 1, 10));
        ctl.fit(shuffled.rows(0, 40), shuffled.rows(40, 50));
        assertThat(Grids.meanIc(ctl.predict(d.rows(50, 60)), d.label(), 50, 60)).isLessThan(ic - 0.4);
    }

    @ParameterizedTest
    @ValueSource(strings = {"lstm", "gru"})
    void recurrentNetsReadTheWindowAndLearnALaggedSignal(String type) {
        // the label is yesterday's feature 0 of the same instrument: invisible in today's features alone
        Dataset d = Grids.planted(60, 20, 2, 0.3, 5, (x, prev) -> prev);
        Forecaster f = Forecasters.create(spec(type, 1, 8));
        f.fit(d.rows(0, 40), d.rows(40, 50));
        double ic = Grids.meanIc(f.predict(d.rows(50, 60)), d.label(), 50, 60);
        assertThat(ic).isGreaterThan(0.6); // population IC: 1 / sqrt(1.09) ≈ 0.96
        Forecaster mlp = Forecasters.create(spec("mlp", 1, 8));
        mlp.fit(d.rows(0, 40), d.rows(40, 50));
        assertThat(Grids.meanIc(mlp.predict(d.rows(50, 60)), d.label(), 50, 60)).isLessThan(0.2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"mlp", "lstm", "gru"})
    void sameSeedGivesBitIdenticalPredictionsAndTheSavedModelToo(String type, @TempDir Path dir) throws Exception {
        Dataset d = Grids.planted(30, 10, 3, 0.5, 8, (x, prev) -> x[0] + prev);
        Forecaster a = Forecasters.create(spec(type, 3, 2)), b = Forecasters.create(spec(type, 3, 2)), c = Forecasters.create(spec(type, 4, 2));
        a.fit(d.rows(0, 20), d.rows(20, 25));
        b.fit(d.rows(0, 20), d.rows(20, 25));
        c.fit(d.rows(0, 20), d.rows(20, 25));
        double[] pa = a.predict(d.rows(25, 30)).values();
        assertThat(b.predict(d.rows(25, 30)).values()).containsExactly(pa);
        assertThat(c.predict(d.rows(25, 30)).values()).isNotEqualTo(pa);
        a.save(dir);
        Forecaster loaded = Forecasters.load(dir);
        assertThat(loaded.spec()).isEqualTo(a.spec());
        assertThat(loaded.predict(d.rows(25, 30)).values()).containsExactly(pa);
    }

    @Test
    void earlyStoppingKeepsTheEpochOfTheValidOptimum() {
        // train label x0, valid label 0.5·x0: the net moves from ~0 towards x0 and passes the valid optimum on the way
        Dataset d = Grids.planted(60, 30, 2, 0.05, 9, (x, prev) -> x[0]);
        double[] y = d.label().values().clone();
        for (int i = 40 * 30; i < y.length; i++) y[i] *= 0.5;
        Dataset half = new Dataset(d.features(), new FactorMatrix("label", d.times(), d.symbols(), y), 0, 60);
        NeuralForecaster f = (NeuralForecaster) Forecasters.create(spec("mlp", 2, 60).with("lr", 0.002).with("batch", 200));
        FitReport r = f.fit(half.rows(0, 40), half.rows(40, 60));
        double[] curve = f.validCurve();
        int argmin = 0;
        for (int i = 1; i < curve.length; i++) if (curve[i] < curve[argmin]) argmin = i;
        assertThat(r.bestIteration()).isEqualTo(argmin + 1);
        assertThat(r.iterations()).isEqualTo(argmin + 1 + 3).isLessThan(60);
        double mse = XgboostForecasterTest.mse(f.predict(half.rows(40, 60)), half.label(), 40, 60);
        assertThat(mse).isCloseTo(curve[argmin], offset(1e-5));
        assertThat(mse).isLessThan(curve[curve.length - 1]);
    }

    @Test
    void badInputIsNamed() {
        assertThatThrownBy(() -> Forecasters.create(ModelSpec.of("gru", 1).with("hidden", 0))).hasMessageContaining("hidden");
        assertThatThrownBy(() -> Forecasters.create(ModelSpec.of("lstm", 1).with("lr", -0.1))).hasMessageContaining("lr");
        assertThatThrownBy(() -> Forecasters.create(ModelSpec.of("lstm", 1).with("window", 0))).hasMessageContaining("window");
        assertThatThrownBy(() -> Forecasters.create(ModelSpec.of("mlp", 1).with("window", 5))).hasMessageContaining("unknown parameter 'window'");
        Dataset d = Grids.planted(10, 5, 2, 0.1, 1, (x, prev) -> x[0]);
        Forecaster f = Forecasters.create(spec("gru", 1, 1));
        assertThatThrownBy(() -> f.fit(d.rows(0, 5), d.rows(5, 5))).hasMessageContaining("no valid samples");
        f.fit(d.rows(0, 5), d.rows(5, 10));
        Dataset other = Grids.planted(10, 5, 3, 0.1, 1, (x, prev) -> x[0]);
        assertThatThrownBy(() -> f.predict(other)).hasMessageContaining("fitted on 2 features");
    }
}
