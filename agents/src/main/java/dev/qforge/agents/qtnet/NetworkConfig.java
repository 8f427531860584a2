package dev.qforge.agents.qtnet;

/**
 * Sizes and optimiser settings of QTNet's networks (iRDPG's published design by default): a shared encoder of
 * {@code gruLayers} GRU layers of {@code gruUnits}, an actor MLP {@code actorLayers} then 2 softmax outputs, a critic
 * with state and action branches of {@code criticBranch} units summed, then {@code criticLayers} and one linear
 * output. Hidden MLP layers use ReLU. Adam with learning rate {@code learningRate} (β1 0.9, β2 0.999, ε 1e-8).
 */
public record NetworkConfig(int gruUnits, int gruLayers, int[] actorLayers, int criticBranch, int[] criticLayers,
                            double learningRate) {

    public NetworkConfig {
        if (gruUnits < 1 || gruLayers < 1) throw new IllegalArgumentException("GRU needs >= 1 layer of >= 1 unit");
        if (criticBranch < 1) throw new IllegalArgumentException("critic branch needs >= 1 unit");
        for (int u : actorLayers) if (u < 1) throw new IllegalArgumentException("actor layer sizes must be >= 1");
        for (int u : criticLayers) if (u < 1) throw new IllegalArgumentException("critic layer sizes must be >= 1");
        if (!(learningRate > 0)) throw new IllegalArgumentException("learning rate must be > 0, got " + learningRate);
        actorLayers = actorLayers.clone();
        criticLayers = criticLayers.clone();
    }

    public static NetworkConfig paper() {
        return new NetworkConfig(128, 2, new int[]{256, 64, 32}, 256, new int[]{64, 32}, 1e-4);
    }

    /** A small network for tests and quick runs. */
    public static NetworkConfig small(int units) {
        return new NetworkConfig(units, 1, new int[]{units, units / 2 + 1}, units, new int[]{units / 2 + 1}, 1e-3);
    }
}
