package dev.qforge.agents.models;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The registry of forecaster types: builds one from a {@link ModelSpec} and loads a saved one.
 *
 * <p>Each type declares the hyperparameters it knows; a spec naming any other parameter is refused (a typo such as
 * {@code lerning_rate} would otherwise be silently ignored). Typical use:
 * <pre>{@code
 * Dataset all = DatasetBuilder.build(engine, DatasetBuilder.alpha158());
 * SplitSpec.SplitRows r = split.rows(all.times(), zone).purged(DatasetBuilder.LABEL_HORIZON);
 * Forecaster f = Forecasters.create(new ModelSpec("xgboost", Map.of("max_depth", 6), 1));
 * FitReport rep = f.fit(all.rows(r.trainFrom(), r.trainTo()), all.rows(r.validFrom(), r.validTo()));
 * FactorMatrix score = f.predict(all.rows(r.testFrom(), r.testTo()));
 * }</pre>
 */
public final class Forecasters {

    private record Entry(Set<String> params, Function<ModelSpec, BaseForecaster> factory) {
    }

    private static final Map<String, Entry> TYPES = new LinkedHashMap<>();

    static {
        TYPES.put("ridge", new Entry(RidgeForecaster.PARAMS, RidgeForecaster::new));
        TYPES.put("xgboost", new Entry(XgboostForecaster.PARAMS, XgboostForecaster::new));
        TYPES.put("mlp", new Entry(NeuralForecaster.MLP_PARAMS, s -> new NeuralForecaster(s, NetGraphs.Kind.MLP)));
        TYPES.put("lstm", new Entry(NeuralForecaster.RNN_PARAMS, s -> new NeuralForecaster(s, NetGraphs.Kind.LSTM)));
        TYPES.put("gru", new Entry(NeuralForecaster.RNN_PARAMS, s -> new NeuralForecaster(s, NetGraphs.Kind.GRU)));
    }

    private Forecasters() {
    }

    /** The known model types, in a stable order. */
    public static List<String> types() {
        return List.copyOf(TYPES.keySet());
    }

    /** The hyperparameters a type accepts (sorted). */
    public static List<String> parameters(String type) {
        return new ArrayList<>(new TreeSet<>(entry(type).params()));
    }

    /** An unfitted forecaster; throws {@link IllegalArgumentException} naming an unknown type or parameter or a bad value. */
    public static Forecaster create(ModelSpec spec) {
        return build(spec);
    }

    private static BaseForecaster build(ModelSpec spec) {
        Entry e = entry(spec.type());
        for (String p : spec.params().keySet()) {
            if (!e.params().contains(p)) {
                throw new IllegalArgumentException("model " + spec.type() + ": unknown parameter '" + p + "'; known: " + new TreeSet<>(e.params()));
            }
        }
        return e.factory().apply(spec);
    }

    private static Entry entry(String type) {
        Entry e = TYPES.get(type);
        if (e == null) throw new IllegalArgumentException("unknown model type '" + type + "'; known: " + String.join(", ", TYPES.keySet()));
        return e;
    }

    /** Restores a model written by {@link Forecaster#save}: same spec, same predictions. */
    public static Forecaster load(Path dir) {
        ModelSpec spec = ModelFiles.readSpec(dir);
        BaseForecaster f = build(spec);
        try {
            f.load(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load model from " + dir, e);
        }
        return f;
    }
}
