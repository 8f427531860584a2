package dev.qforge.cli;

import dev.qforge.backtest.Strategy;
import dev.qforge.backtest.run.RunSpec;
import dev.qforge.data.BarSeries;
import dev.qforge.data.Panel;
import dev.qforge.strategies.StrategyDefinition;
import dev.qforge.strategies.StrategyInputs;
import dev.qforge.strategies.StrategyLoader;
import dev.qforge.strategies.StrategyRegistry;
import dev.qforge.strategies.params.Params;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Turns a run spec's strategy name (or user class) and parameters into fresh strategy instances. The
 * parameters are validated once, up front, so that a typo fails before any data is read twice.
 */
final class StrategyResolver {

    /** A validated strategy: its label for tables, the spec with parameters normalised, and a factory. */
    record Resolved(String label, RunSpec spec, Function<Map<String, String>, Strategy> factory) {
        Strategy create() {
            return factory.apply(spec.params());
        }
    }

    private StrategyResolver() {
    }

    static Resolved resolve(RunSpec spec, List<BarSeries> data) {
        Map<String, String> params = new LinkedHashMap<>(spec.params());
        String scoreSource = params.remove("scores");
        if (spec.strategyClass() != null) {
            Path jar = Path.of(spec.strategyJar());
            Function<Map<String, String>, Strategy> f = p -> StrategyLoader.load(jar, spec.strategyClass(), without(p, "scores"));
            f.apply(params); // fail early on a missing jar or class
            return new Resolved(spec.label(), spec, f);
        }
        if (spec.strategy() != null && spec.strategy().startsWith("agent:")) return AgentStrategies.resolve(spec, data);
        StrategyDefinition def = StrategyRegistry.builtIns().definition(spec.strategy());
        Params parsed = def.parse(pairs(params));
        Panel scores = scoreSource == null ? null : ScoreInputs.load(scoreSource, data);
        StrategyInputs inputs = scores == null ? StrategyInputs.none() : StrategyInputs.withScores(scores);
        Map<String, String> normal = new LinkedHashMap<>(parsed.toStringMap());
        if (scoreSource != null) normal.put("scores", scoreSource);
        RunSpec normalized = spec.withParams(normal);
        Function<Map<String, String>, Strategy> f = p -> def.create(def.parse(pairs(without(p, "scores"))), inputs);
        return new Resolved(spec.label(), normalized, f);
    }

    private static Map<String, String> without(Map<String, String> p, String key) {
        Map<String, String> m = new LinkedHashMap<>(p);
        m.remove(key);
        return m;
    }

    private static List<String> pairs(Map<String, String> p) {
        List<String> out = new ArrayList<>();
        p.forEach((k, v) -> out.add(k + "=" + v));
        return out;
    }
}
