package dev.qforge.distributed;

import dev.qforge.backtest.Strategy;
import dev.qforge.strategies.StrategyDefinition;
import dev.qforge.strategies.StrategyInputs;
import dev.qforge.strategies.StrategyLoader;
import dev.qforge.strategies.StrategyRegistry;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A strategy of {@link StrategyRegistry#builtIns()} by name, or a user class from a jar, with base
 * parameters that every grid point overrides with its own values (as strings, the way
 * {@code qforge sweep} passes them). A user jar must be at the same path on every executor.
 *
 * @param name      built-in strategy name; ignored when {@code className} is given
 * @param className a user strategy class, or null
 * @param jar       the jar holding {@code className}, or null
 * @param base      parameters every point starts from
 */
public record BuiltInStrategySource(String name, String className, String jar, Map<String, String> base) implements StrategySource {

    public BuiltInStrategySource {
        base = Map.copyOf(new LinkedHashMap<>(base));
        if (className == null) {
            if (base.containsKey("scores")) {
                throw new IllegalArgumentException("--engine spark does not ship score panels (the 'scores' parameter) to executors yet; "
                        + "run this sweep with --engine local");
            }
            if (name != null && name.startsWith("agent:")) {
                throw new IllegalArgumentException("--engine spark runs built-in and jar strategies; agent policies ('" + name
                        + "') need --engine local");
            }
            StrategyRegistry.builtIns().definition(name); // an unknown name fails here, on the driver
        }
    }

    /** A built-in strategy. */
    public static BuiltInStrategySource builtIn(String name, Map<String, String> base) {
        return new BuiltInStrategySource(name, null, null, base);
    }

    @Override
    public Function<Map<String, Object>, Strategy> factory() {
        if (className != null) {
            Path p = Path.of(jar);
            return point -> StrategyLoader.load(p, className, merged(point));
        }
        StrategyDefinition def = StrategyRegistry.builtIns().definition(name);
        return point -> def.create(def.parse(pairs(merged(point))), StrategyInputs.none());
    }

    @Override
    public String label() {
        return className != null ? className : name;
    }

    private Map<String, String> merged(Map<String, Object> point) {
        Map<String, String> p = new LinkedHashMap<>(new java.util.TreeMap<>(base));
        point.forEach((k, v) -> p.put(k, v.toString()));
        return p;
    }

    private static List<String> pairs(Map<String, String> p) {
        List<String> out = new ArrayList<>();
        p.forEach((k, v) -> out.add(k + "=" + v));
        return out;
    }
}
