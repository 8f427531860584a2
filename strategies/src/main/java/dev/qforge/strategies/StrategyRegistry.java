package dev.qforge.strategies;

import dev.qforge.backtest.Strategy;
import dev.qforge.strategies.params.ParamException;
import dev.qforge.strategies.params.Params;
import dev.qforge.strategies.params.Suggest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Strategies by name. {@link #builtIns()} holds buy-and-hold, sma-cross, ema-cross, rsi-reversion, macd,
 * bollinger, dual-thrust and topk-dropout; more can be registered (a registry is not thread-safe while it is
 * being added to). An unknown name is a {@link ParamException} that lists the available names and suggests the
 * nearest.
 */
public final class StrategyRegistry {

    private final Map<String, StrategyDefinition> definitions = new TreeMap<>();

    public static StrategyRegistry builtIns() {
        StrategyRegistry r = new StrategyRegistry();
        BuiltInStrategies.all().forEach(r::register);
        return r;
    }

    public StrategyRegistry register(StrategyDefinition d) {
        if (definitions.putIfAbsent(d.name(), d) != null) throw new IllegalArgumentException("strategy " + d.name() + " is already registered");
        return this;
    }

    /** Registered names, sorted. */
    public List<String> names() {
        return List.copyOf(definitions.keySet());
    }

    public List<StrategyDefinition> definitions() {
        return new ArrayList<>(definitions.values());
    }

    public boolean contains(String name) {
        return definitions.containsKey(name);
    }

    public StrategyDefinition definition(String name) {
        StrategyDefinition d = definitions.get(name);
        if (d != null) return d;
        String hint = Suggest.nearest(name, definitions.keySet()).map(n -> " (did you mean '" + n + "'?)").orElse("");
        throw new ParamException("unknown strategy '" + name + "'" + hint + "; available: " + String.join(", ", names()));
    }

    /** Validated parameters of a strategy from {@code name=value} pairs. */
    public Params parse(String name, List<String> pairs) {
        return definition(name).parse(pairs);
    }

    /** A new strategy from its name and {@code name=value} pairs. */
    public Strategy create(String name, List<String> pairs) {
        return create(name, pairs, StrategyInputs.none());
    }

    public Strategy create(String name, List<String> pairs, StrategyInputs inputs) {
        StrategyDefinition d = definition(name);
        return d.create(d.parse(pairs), inputs);
    }
}
