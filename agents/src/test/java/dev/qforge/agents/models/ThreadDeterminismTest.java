package dev.qforge.agents.models;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** A seed fixes the predictions whatever the thread count: one or three workers fit the same model. */
class ThreadDeterminismTest {

    @ParameterizedTest
    @ValueSource(strings = {"xgboost", "mlp", "gru"})
    void theThreadCountDoesNotChangeThePredictions(String type) {
        Dataset d = Grids.planted(30, 20, 6, 0.5, 11, (x, prev) -> x[0] - 0.5 * x[1] * x[2] + prev);
        String key = type.equals("xgboost") ? "nthread" : "threads";
        double[] first = null;
        for (int threads : new int[]{1, 3}) {
            ModelSpec s = ModelSpec.of(type, 5).with(key, threads);
            s = type.equals("xgboost") ? s.with("num_round", 60).with("max_depth", 4)
                    : s.with("hidden", 16).with("layers", 2).with("epochs", 1).with("batch", 50);
            if (type.equals("gru")) s = s.with("window", 3);
            Forecaster f = Forecasters.create(s);
            f.fit(d.rows(0, 20), d.rows(20, 25));
            double[] p = f.predict(d.rows(25, 30)).values();
            if (first == null) first = p;
            else assertThat(p).as(type + " with " + threads + " threads").containsExactly(first);
        }
    }
}
