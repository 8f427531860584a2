package dev.qforge.strategies.params;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The declared parameters of one strategy (or other owner) and the rules tying them together; turns user text
 * into {@link Params}.
 *
 * <p>Errors are {@link ParamException}s whose messages name the owner and say what to do: an unknown name lists
 * the known ones and suggests the nearest ({@code unknown parameter 'fsat' for sma-cross (did you mean 'fast'?);
 * known parameters: fast, slow, ...}); a value of the wrong type or out of range says what is accepted
 * ({@code fast=0 is out of range: fast must be between 1 and 1000}); a broken cross-parameter rule says which
 * values clash ({@code fast=30 must be less than slow=30 (...)}); a pair without {@code =} or a name given twice is
 * refused. Parameter names are matched exactly (case-sensitive), as they are recorded.
 */
public final class ParamSet {

    private final String owner;
    private final Map<String, ParamSpec> specs = new LinkedHashMap<>();
    private final List<ParamConstraint> constraints;

    public ParamSet(String owner, List<ParamSpec> specs, List<ParamConstraint> constraints) {
        this.owner = Objects.requireNonNull(owner, "owner");
        for (ParamSpec s : specs) {
            if (this.specs.put(s.name(), s) != null) throw new IllegalArgumentException("parameter " + s.name() + " declared twice");
        }
        this.constraints = List.copyOf(constraints);
    }

    public String owner() {
        return owner;
    }

    public List<ParamSpec> specs() {
        return List.copyOf(specs.values());
    }

    public List<String> names() {
        return List.copyOf(specs.keySet());
    }

    public Params defaults() {
        return parse(List.of());
    }

    /** Parses whitespace-separated {@code name=value} pairs, such as {@link Params#toString()} writes. */
    public Params parse(String text) {
        String t = text == null ? "" : text.trim();
        return parse(t.isEmpty() ? List.of() : Arrays.asList(t.split("\\s+")));
    }

    /** Parses {@code name=value} pairs; parameters not given take their defaults. */
    public Params parse(List<String> pairs) {
        Map<String, String> raw = new LinkedHashMap<>();
        for (String pair : pairs) {
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                throw new ParamException("expected name=value for " + owner + ", got '" + pair + "'; known parameters: " + known());
            }
            String name = pair.substring(0, eq).trim();
            if (raw.put(name, pair.substring(eq + 1)) != null) {
                throw new ParamException("parameter " + name + " is given twice for " + owner);
            }
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : raw.entrySet()) values.put(e.getKey(), spec(e.getKey()).parse(e.getValue()));
        return complete(values);
    }

    /**
     * Rebuilds parameters from a map such as {@link Params#toMap()} wrote (typed values or their text). Values are
     * checked as if the user had typed them.
     */
    public Params fromMap(Map<String, ?> map) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (Map.Entry<String, ?> e : map.entrySet()) {
            ParamSpec s = spec(e.getKey());
            Object v = e.getValue();
            values.put(e.getKey(), v instanceof String str && s.type() != ParamType.STRING ? s.parse(str) : s.check(v, v));
        }
        return complete(values);
    }

    /** One line per parameter: name, type, default, range and description; for {@code --help}. */
    public String help() {
        StringBuilder b = new StringBuilder();
        for (ParamSpec s : specs.values()) {
            b.append(String.format(java.util.Locale.ROOT, "  %-12s %-8s default %-10s %s%n", s.name(),
                    s.type().name().toLowerCase(java.util.Locale.ROOT), ParamSpec.format(s.defaultValue()),
                    s.description() + " (" + s.expectation() + ")"));
        }
        return b.toString();
    }

    private Params complete(Map<String, Object> given) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (ParamSpec s : specs.values()) values.put(s.name(), given.getOrDefault(s.name(), s.defaultValue()));
        // a value equal to its default does not count as given: a recorded run lists every value, defaults included,
        // and must read back under the same rules as the input it came from
        Set<String> givenNames = new LinkedHashSet<>();
        for (Map.Entry<String, Object> e : given.entrySet()) {
            if (!e.getValue().equals(specs.get(e.getKey()).defaultValue())) givenNames.add(e.getKey());
        }
        Params p = new Params(owner, specs, values, givenNames);
        List<String> problems = new ArrayList<>();
        for (ParamConstraint c : constraints) {
            String problem = c.problem(p);
            if (problem != null) problems.add(problem);
        }
        if (!problems.isEmpty()) throw new ParamException(owner + ": " + String.join("; ", problems));
        return p;
    }

    private ParamSpec spec(String name) {
        ParamSpec s = specs.get(name);
        if (s != null) return s;
        String hint = Suggest.nearest(name, specs.keySet()).map(n -> " (did you mean '" + n + "'?)").orElse("");
        throw new ParamException("unknown parameter '" + name + "' for " + owner + hint + "; known parameters: " + known());
    }

    private String known() {
        return specs.isEmpty() ? "(none)" : String.join(", ", specs.keySet());
    }
}
