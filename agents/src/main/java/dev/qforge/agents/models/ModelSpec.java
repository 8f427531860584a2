package dev.qforge.agents.models;

import java.util.Map;
import java.util.TreeMap;

/**
 * What a model is: its type ({@code ridge}, {@code xgboost}, {@code mlp}, {@code lstm}, {@code gru}),
 * its hyperparameters by name, and the seed of every random draw it makes. Parameters are kept sorted
 * so that two equal specs print, hash and persist the same.
 */
public record ModelSpec(String type, Map<String, Object> params, long seed) {

    public ModelSpec {
        if (type == null || type.isBlank()) throw new IllegalArgumentException("model type is empty");
        params = java.util.Collections.unmodifiableMap(new TreeMap<>(params == null ? Map.of() : params));
    }

    public static ModelSpec of(String type, long seed) {
        return new ModelSpec(type, Map.of(), seed);
    }

    public ModelSpec with(String key, Object value) {
        TreeMap<String, Object> p = new TreeMap<>(params);
        p.put(key, value);
        return new ModelSpec(type, p, seed);
    }

    public double number(String key, double fallback) {
        Object v = params.get(key);
        if (v == null) return fallback;
        if (v instanceof Number n) return n.doubleValue();
        try {
            return Double.parseDouble(v.toString());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("model " + type + ": parameter " + key + " = '" + v + "' is not a number");
        }
    }

    public int integer(String key, int fallback) {
        double d = number(key, fallback);
        if (d != Math.rint(d)) throw new IllegalArgumentException("model " + type + ": parameter " + key + " = " + d + " is not an integer");
        if (d < Integer.MIN_VALUE || d > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("model " + type + ": parameter " + key + " = " + (long) d + " is out of range");
        }
        return (int) d;
    }

    @Override
    public String toString() {
        return type + params + " seed=" + seed;
    }
}
