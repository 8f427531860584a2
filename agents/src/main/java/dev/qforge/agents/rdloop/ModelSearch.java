package dev.qforge.agents.rdloop;

import dev.qforge.agents.models.ModelSpec;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * The offline model arm: a seeded random search over model types and hyperparameter grids, skipping specs tried in
 * earlier loops (up to 50 draws, then any). The grids follow the usual ranges of Qlib's benchmark configs:
 * ridge {@code alpha}; XGBoost {@code max_depth, eta, subsample, colsample_bytree, num_round}; the MLP
 * {@code hidden, layers, lr, epochs}; LSTM and GRU {@code hidden, lr, epochs, window}.
 */
public final class ModelSearch {

    private static final Map<String, Map<String, Object[]>> GRIDS = Map.of(
            "ridge", Map.of("alpha", new Object[]{0.01, 0.1, 1.0, 10.0, 100.0}),
            "xgboost", Map.of("max_depth", new Object[]{3L, 4L, 6L, 8L}, "eta", new Object[]{0.02, 0.05, 0.1},
                    "subsample", new Object[]{0.7, 0.8, 1.0}, "colsample_bytree", new Object[]{0.6, 0.8, 1.0},
                    "num_round", new Object[]{100L, 200L, 400L}),
            "mlp", Map.of("hidden", new Object[]{32L, 64L, 128L}, "layers", new Object[]{1L, 2L}, "lr", new Object[]{0.0005, 0.001, 0.002},
                    "epochs", new Object[]{20L, 40L}),
            "lstm", Map.of("hidden", new Object[]{16L, 32L, 64L}, "lr", new Object[]{0.001, 0.002}, "epochs", new Object[]{10L, 20L},
                    "window", new Object[]{10L, 20L}),
            "gru", Map.of("hidden", new Object[]{16L, 32L, 64L}, "lr", new Object[]{0.001, 0.002}, "epochs", new Object[]{10L, 20L},
                    "window", new Object[]{10L, 20L}));

    private final List<String> types;

    public ModelSearch(List<String> types) {
        for (String t : types) {
            if (!GRIDS.containsKey(t)) throw new IllegalArgumentException("no search grid for model type '" + t + "'; known: " + new TreeMap<>(GRIDS).keySet());
        }
        this.types = List.copyOf(types);
    }

    Proposal propose(ResearchContext ctx) {
        Set<String> tried = ctx.tried();
        String text = null;
        for (int i = 0; i < 50; i++) {
            text = draw(ctx.rng());
            if (!tried.contains(text)) break;
        }
        return new Proposal(text, "offline model search", text, 0);
    }

    String draw(SplittableRandom rng) {
        String type = types.get(rng.nextInt(types.size()));
        Map<String, Object> params = new TreeMap<>();
        for (Map.Entry<String, Object[]> e : new TreeMap<>(GRIDS.get(type)).entrySet()) {
            Object[] values = e.getValue();
            params.put(e.getKey(), values[rng.nextInt(values.length)]);
        }
        return ModelSpecText.print(new ModelSpec(type, params, 0));
    }
}
