package dev.qforge.agents.models;

import dev.qforge.agents.models.rnn.RecurrentRegressor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

/** The hand-written recurrent passes as the forecasters use them: bounded allocation, agreement with SameDiff, bad input. */
class HandPassesTest {

    private static ModelSpec spec(String type, String grad) {
        return ModelSpec.of(type, 5).with("hidden", 8).with("layers", 2).with("epochs", 2).with("patience", 3)
                .with("batch", 64).with("lr", 0.01).with("window", 4).with("grad", grad);
    }

    @ParameterizedTest
    @ValueSource(strings = {"LSTM", "GRU"})
    void manyBatchesOfOneShapeAllocateNothingNew(NetGraphs.Kind kind) {
        NetParams p = NetGraphs.init(kind, 3, 6, 2, 1);
        Adam adam = new Adam(p, 1e-3);
        try (HandPasses passes = new HandPasses(kind, p, 3, 6, 2)) {
            INDArray x = Nd4j.rand(DataType.FLOAT, 4, 32, 3), y = Nd4j.rand(DataType.FLOAT, 32, 1);
            passes.train(x, y, adam);
            long first = passes.allocations();
            assertThat(first).isPositive();
            for (int i = 0; i < 20; i++) passes.train(x, y, adam);
            float[] out = new float[32];
            for (int i = 0; i < 5; i++) passes.predict(x, out, 0);
            assertThat(passes.allocations()).as("arrays allocated after 25 batches of the same shape").isEqualTo(first);
            // a new batch shape (an epoch's last, smaller batch) allocates one new set; returning to the first, another
            INDArray xs = Nd4j.rand(DataType.FLOAT, 4, 10, 3), ys = Nd4j.rand(DataType.FLOAT, 10, 1);
            passes.train(xs, ys, adam);
            long second = passes.allocations();
            passes.train(x, y, adam);
            long third = passes.allocations();
            assertThat(third - second).isEqualTo(second - first).isPositive();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"lstm", "gru"})
    void nativeAndSameDiffFitsPredictAlike(String type) {
        Dataset d = Grids.planted(40, 12, 3, 0.3, 4, (x, prev) -> 0.5 * x[0] + prev);
        Forecaster a = Forecasters.create(spec(type, "native")), b = Forecasters.create(spec(type, "samediff"));
        FitReport ra = a.fit(d.rows(0, 25), d.rows(25, 32)), rb = b.fit(d.rows(0, 25), d.rows(25, 32));
        // same weights, same batches: only float rounding differs (summation orders of the two differentiations)
        assertThat(ra.trainLoss()).isCloseTo(rb.trainLoss(), offset(1e-4 * rb.trainLoss()));
        assertThat(ra.validLoss()).isCloseTo(rb.validLoss(), offset(1e-4 * rb.validLoss()));
        double[] pa = a.predict(d.rows(32, 40)).values(), pb = b.predict(d.rows(32, 40)).values();
        int finite = 0;
        for (int i = 0; i < pa.length; i++) {
            if (Double.isNaN(pb[i])) {
                assertThat(pa[i]).isNaN();
                continue;
            }
            assertThat(pa[i]).as("prediction %d", i).isCloseTo(pb[i], offset(1e-4));
            finite++;
        }
        assertThat(finite).isEqualTo(8 * 12);
    }

    @ParameterizedTest
    @ValueSource(strings = {"lstm", "gru"})
    void aModelSavedBeforeTheHandWrittenPassesLoadsAndPredictsAlike(String type, @TempDir Path dir) throws Exception {
        // a SameDiff-trained model whose spec has no grad parameter: what every lstm/gru file saved earlier looks like
        Dataset d = Grids.planted(30, 8, 3, 0.3, 6, (x, prev) -> x[1] - prev);
        ModelSpec sd = spec(type, "samediff");
        Forecaster old = Forecasters.create(sd);
        old.fit(d.rows(0, 20), d.rows(20, 25));
        old.save(dir);
        Map<String, Object> params = new java.util.TreeMap<>(sd.params());
        params.remove("grad");
        ModelFiles.writeSpec(dir, new ModelSpec(type, params, sd.seed()));
        Forecaster loaded = Forecasters.load(dir);
        assertThat(loaded.spec().params()).doesNotContainKey("grad");
        double[] want = old.predict(d.rows(25, 30)).values(), got = loaded.predict(d.rows(25, 30)).values();
        for (int i = 0; i < want.length; i++) assertThat(got[i]).as("prediction %d", i).isCloseTo(want[i], offset(1e-5));
    }

    @Test
    void badInputIsNamed() {
        assertThatThrownBy(() -> Forecasters.create(ModelSpec.of("gru", 1).with("grad", "torch")))
                .hasMessageContaining("grad").hasMessageContaining("native or samediff");
        assertThatThrownBy(() -> Forecasters.create(ModelSpec.of("mlp", 1).with("grad", "native")))
                .hasMessageContaining("unknown parameter 'grad'");
        NetParams p = NetGraphs.init(NetGraphs.Kind.GRU, 3, 4, 1, 1);
        try (RecurrentRegressor net = new RecurrentRegressor(RecurrentRegressor.Cell.GRU, 3, 4, 1, p.arrays())) {
            INDArray y = Nd4j.zeros(DataType.FLOAT, 5, 1);
            assertThatThrownBy(() -> net.lossAndGradients(p.arrays(), Nd4j.zeros(DataType.FLOAT, 5, 3), y))
                    .hasMessageContaining("[steps, batch, features]");
            assertThatThrownBy(() -> net.lossAndGradients(p.arrays(), Nd4j.zeros(DataType.FLOAT, 2, 5, 4), y))
                    .hasMessageContaining("4 features");
            assertThatThrownBy(() -> net.lossAndGradients(p.arrays(), Nd4j.zeros(DataType.FLOAT, 2, 5, 3), Nd4j.zeros(DataType.FLOAT, 4, 1)))
                    .hasMessageContaining("labels must be [5, 1]");
            Map<String, INDArray> missing = new java.util.LinkedHashMap<>(p.arrays());
            missing.remove("g0.Un");
            assertThatThrownBy(() -> net.predict(missing, Nd4j.zeros(DataType.FLOAT, 2, 5, 3))).hasMessageContaining("g0.Un is missing");
        }
        assertThatThrownBy(() -> new RecurrentRegressor(RecurrentRegressor.Cell.LSTM, 3, 4, 1, p.arrays()))
                .hasMessageContaining("l0.");
    }
}
