package dev.qforge.strategies.params;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Parsed, validated parameter values of one strategy: every parameter of its {@link ParamSpec}s has a value
 * (the default when not given), typed as the spec says. Immutable.
 *
 * <p>Recording a run: {@link #toMap()} is a map sorted by name whose values are {@link Integer}, {@link Double},
 * {@link Boolean} or {@link String}; {@link #toString()} is the same as {@code name=value} pairs joined by
 * spaces. Both include defaults, so a record does not change meaning when a default changes later, and both
 * parse back to equal {@code Params} ({@link ParamSet#parse(String)}, {@link ParamSet#fromMap(Map)}).
 */
public final class Params {

    private final String owner;
    private final Map<String, ParamSpec> specs;
    private final Map<String, Object> values;
    private final Set<String> given;

    Params(String owner, Map<String, ParamSpec> specs, Map<String, Object> values, Set<String> given) {
        this.owner = owner;
        this.specs = specs;
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        this.given = Collections.unmodifiableSet(new LinkedHashSet<>(given));
    }

    /** Parameters of no declared spec: every {@code name=value} is kept as a string (user strategies from jars). */
    public static Params untyped(Map<String, String> values) {
        Map<String, Object> v = new TreeMap<>(values);
        return new Params("", Map.of(), v, v.keySet());
    }

    /** An empty set of parameters. */
    public static Params none() {
        return untyped(Map.of());
    }

    /** Name of the strategy (or other owner) these parameters belong to; empty for untyped ones. */
    public String owner() {
        return owner;
    }

    public int getInt(String name) {
        return (Integer) typed(name, ParamType.INT);
    }

    public double getDouble(String name) {
        return (Double) typed(name, ParamType.DOUBLE);
    }

    public boolean getBoolean(String name) {
        return (Boolean) typed(name, ParamType.BOOLEAN);
    }

    /** Value of a STRING or ENUM parameter (or of any untyped one). */
    public String getString(String name) {
        ParamSpec s = specs.get(name);
        if (s != null && s.type() != ParamType.STRING && s.type() != ParamType.ENUM) {
            throw new IllegalArgumentException(name + " is " + s.type() + ", not a string");
        }
        return (String) get(name);
    }

    /** The typed value of a parameter. */
    public Object get(String name) {
        if (!values.containsKey(name)) {
            throw new IllegalArgumentException("no parameter '" + name + "'" + (owner.isEmpty() ? "" : " in " + owner)
                    + "; known: " + String.join(", ", values.keySet()));
        }
        return values.get(name);
    }

    public boolean has(String name) {
        return values.containsKey(name);
    }

    /**
     * Whether the user set this parameter to something other than its default. A value given but equal to the
     * default does not count, so that a recorded run (which lists every value) reads back under the same
     * cross-parameter rules as the input it came from.
     */
    public boolean isGiven(String name) {
        return given.contains(name);
    }

    public Set<String> given() {
        return given;
    }

    /** All values, sorted by name: the stable form to record a run with. */
    public Map<String, Object> toMap() {
        return Collections.unmodifiableMap(new TreeMap<>(values));
    }

    /** All values as strings, sorted by name (what a user strategy's {@code Map<String,String>} constructor gets). */
    public Map<String, String> toStringMap() {
        Map<String, String> m = new TreeMap<>();
        values.forEach((k, v) -> m.put(k, ParamSpec.format(v)));
        return Collections.unmodifiableMap(m);
    }

    /** {@code name=value} pairs sorted by name, separated by single spaces. */
    @Override
    public String toString() {
        List<String> parts = new ArrayList<>();
        toStringMap().forEach((k, v) -> parts.add(k + "=" + v));
        return String.join(" ", parts);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Params p && p.owner.equals(owner) && p.values.equals(values);
    }

    @Override
    public int hashCode() {
        return Objects.hash(owner, values);
    }

    private Object typed(String name, ParamType type) {
        ParamSpec s = specs.get(name);
        if (s != null && s.type() != type) throw new IllegalArgumentException(name + " is " + s.type() + ", not " + type);
        return get(name);
    }
}
