package dev.qforge.cli;

import dev.qforge.agents.env.TradingData;
import dev.qforge.agents.qtnet.ModelStore;
import dev.qforge.agents.qtnet.QtNetStrategy;
import dev.qforge.agents.qtnet.StoredModel;
import dev.qforge.backtest.Strategy;
import dev.qforge.backtest.run.RunSpec;
import dev.qforge.data.BarSeries;
import dev.qforge.data.store.Database;

import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * {@code --strategy agent:MODEL_ID}: a trained QTNet policy as an ordinary strategy. Parameter {@code fraction}
 * (default 1) sizes each position as a share of equity. The policy decides on bar closes: run it with
 * {@code --fill close} (and the model's costs) to reproduce its training environment.
 */
final class AgentStrategies {

    private AgentStrategies() {
    }

    static StrategyResolver.Resolved resolve(RunSpec spec, List<BarSeries> data) {
        String id = spec.strategy().substring("agent:".length());
        Map<String, String> params = new LinkedHashMap<>(spec.params());
        double fraction = Double.parseDouble(params.getOrDefault("fraction", "1"));
        params.remove("fraction");
        if (!params.isEmpty()) throw new IllegalArgumentException("agent strategies take only the parameter fraction, got " + params.keySet());
        if (data.size() != 1) throw new IllegalArgumentException("agent:" + id + " trades one instrument; the run has " + data.size());
        StoredModel m = model(id);
        if (!m.symbol().equals(data.get(0).symbol())) {
            throw new IllegalArgumentException("model " + id + " trades " + m.symbol() + ", the data holds " + data.get(0).symbol());
        }
        TradingData td = new TradingData(data.get(0), m.config().env());
        Function<Map<String, String>, Strategy> f = p -> {
            try (Database db = Database.open(CliGlobals.db())) {
                return new QtNetStrategy(new ModelStore(db, Path.of("."), Clock.systemUTC()).loadAgent(m), td, fraction);
            }
        };
        f.apply(spec.params()); // fail early on missing weights
        return new StrategyResolver.Resolved(spec.label(), spec.withParams(Map.of("fraction", String.valueOf(fraction))), f);
    }

    private static StoredModel model(String id) {
        try (Database db = Database.open(CliGlobals.db())) {
            return new ModelStore(db, Path.of("."), Clock.systemUTC()).find(id)
                    .orElseThrow(() -> new IllegalArgumentException("no QTNet model '" + id + "' (see qforge agent list)"));
        }
    }
}
