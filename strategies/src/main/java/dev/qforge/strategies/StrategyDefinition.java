package dev.qforge.strategies;

import dev.qforge.backtest.Strategy;
import dev.qforge.strategies.params.ParamConstraint;
import dev.qforge.strategies.params.ParamSet;
import dev.qforge.strategies.params.ParamSpec;
import dev.qforge.strategies.params.Params;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A named, documented kind of strategy: its parameters (with their rules) and how to make one. Each
 * {@link #create} call returns a new instance, since a strategy holds the state of one run.
 */
public record StrategyDefinition(String name, String description, ParamSet params, StrategyFactory factory) {

    public StrategyDefinition {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(params, "params");
        Objects.requireNonNull(factory, "factory");
        if (!params.owner().equals(name)) throw new IllegalArgumentException("parameters of " + name + " are owned by " + params.owner());
    }

    public static StrategyDefinition of(String name, String description, List<ParamSpec> specs,
                                        List<ParamConstraint> constraints, StrategyFactory factory) {
        return new StrategyDefinition(name, description, new ParamSet(name, specs, constraints), factory);
    }

    public List<ParamSpec> specs() {
        return params.specs();
    }

    /** Parses {@code name=value} pairs into this strategy's validated parameters. */
    public Params parse(List<String> pairs) {
        return params.parse(pairs);
    }

    /** Parameters read back from a recorded run ({@link Params#toMap()}). */
    public Params fromMap(Map<String, ?> map) {
        return params.fromMap(map);
    }

    public Params defaults() {
        return params.defaults();
    }

    public Strategy create(Params p) {
        return create(p, StrategyInputs.none());
    }

    public Strategy create(Params p, StrategyInputs inputs) {
        if (!p.owner().equals(name)) throw new IllegalArgumentException("parameters of " + p.owner() + " given to " + name);
        return factory.create(p, inputs == null ? StrategyInputs.none() : inputs);
    }

    /** Name, description and one line per parameter, for {@code --help}. */
    public String help() {
        return name + ": " + description + System.lineSeparator() + params.help();
    }
}
