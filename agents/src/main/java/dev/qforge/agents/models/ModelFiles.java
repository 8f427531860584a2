package dev.qforge.agents.models;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The files of a saved model: {@code spec.json} (type, hyperparameters, seed: what {@link Forecasters#load} reads
 * to pick the implementation), {@code model.json} (the fitted state every model shares: feature names, scaler,
 * fit report, plus model-specific small values) and whatever weight file the model writes beside them.
 */
final class ModelFiles {

    static final String SPEC = "spec.json";
    static final String STATE = "model.json";
    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ModelFiles() {
    }

    static void writeSpec(Path dir, ModelSpec spec) throws IOException {
        Files.createDirectories(dir);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", spec.type());
        m.put("params", spec.params());
        m.put("seed", spec.seed());
        JSON.writeValue(dir.resolve(SPEC).toFile(), m);
    }

    static ModelSpec readSpec(Path dir) {
        Path f = dir.resolve(SPEC);
        if (!Files.isRegularFile(f)) throw new IllegalArgumentException("no saved model in " + dir + " (missing " + SPEC + ")");
        try {
            Map<String, Object> m = JSON.readValue(f.toFile(), new TypeReference<>() { });
            Object type = m.get("type"), seed = m.get("seed");
            if (!(type instanceof String t) || !(seed instanceof Number s)) throw new IllegalArgumentException(f + ": needs a type and a seed");
            @SuppressWarnings("unchecked")
            Map<String, Object> params = m.get("params") instanceof Map<?, ?> p ? (Map<String, Object>) p : Map.of();
            return new ModelSpec(t, params, s.longValue());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + f, e);
        }
    }

    static void writeState(Path dir, Map<String, Object> state) throws IOException {
        JSON.writeValue(dir.resolve(STATE).toFile(), state);
    }

    static Map<String, Object> readState(Path dir) throws IOException {
        return JSON.readValue(dir.resolve(STATE).toFile(), new TypeReference<>() { });
    }

    static double[] doubles(Object o) {
        List<?> l = (List<?>) o;
        double[] d = new double[l.size()];
        for (int i = 0; i < d.length; i++) d[i] = ((Number) l.get(i)).doubleValue();
        return d;
    }

    @SuppressWarnings("unchecked")
    static List<String> strings(Object o) {
        return List.copyOf((List<String>) o);
    }

    static Map<String, Object> report(FitReport r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("model", r.model());
        m.put("iterations", r.iterations());
        m.put("bestIteration", r.bestIteration());
        m.put("trainLoss", r.trainLoss());
        m.put("validLoss", r.validLoss());
        m.put("millis", r.millis());
        return m;
    }

    @SuppressWarnings("unchecked")
    static FitReport report(Object o) {
        Map<String, Object> m = (Map<String, Object>) o;
        return new FitReport((String) m.get("model"), ((Number) m.get("iterations")).intValue(), ((Number) m.get("bestIteration")).intValue(),
                ((Number) m.get("trainLoss")).doubleValue(), ((Number) m.get("validLoss")).doubleValue(), ((Number) m.get("millis")).longValue());
    }
}
