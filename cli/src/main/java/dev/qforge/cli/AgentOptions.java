package dev.qforge.cli;

import dev.qforge.agents.env.EnvConfig;
import dev.qforge.agents.qtnet.GradientPath;
import dev.qforge.agents.qtnet.NetworkConfig;
import dev.qforge.agents.qtnet.TrainConfig;
import dev.qforge.agents.qtnet.Variant;
import dev.qforge.data.BarSeries;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/** Options shared by {@code qforge agent train} and {@code agent ablation}: data, periods and the training config. */
final class AgentOptions {

    @Option(names = "--data", required = true, paramLabel = "REF", description = "Minute bars of one instrument: file, bundled name or stored symbol.")
    String data;

    @Option(names = "--policy", defaultValue = "repair", description = "Bad data policy: reject, drop or repair (default ${DEFAULT-VALUE}).")
    String policy;

    @Option(names = "--train-from", paramLabel = "DATE", description = "First training session (default: the data's first).")
    String trainFrom;

    @Option(names = "--train-until", required = true, paramLabel = "DATE", description = "Sessions starting before this date train; the rest is the test period.")
    String trainUntil;

    @Option(names = "--preset", defaultValue = "paper", description = "Network and batch sizes: paper (GRU 2x128, actor 256-64-32, critic 256/64-32, batch 100x16) or small (GRU 1x32, batch 32x8). Default ${DEFAULT-VALUE}.")
    String preset;

    @Option(names = "--epochs", defaultValue = "3", description = "Passes over the training sessions (default ${DEFAULT-VALUE}).")
    int epochs;

    @Option(names = "--updates-per-step", defaultValue = "1.0", description = "Updates per batch-size of environment steps (default ${DEFAULT-VALUE}).")
    double updatesPerStep;

    @Option(names = "--learning-rate", description = "Adam learning rate (default: the preset's, 1e-4 for paper).")
    Double learningRate;

    @Option(names = "--fee", defaultValue = "2.3e-5", description = "Commission per unit of notional (default ${DEFAULT-VALUE}).")
    double fee;

    @Option(names = "--slippage-bps", defaultValue = "1.0", description = "Fixed slippage in basis points (default ${DEFAULT-VALUE}).")
    double slippageBps;

    @Option(names = "--grad", paramLabel = "PATH", description = "How training updates compute gradients: native (hand-written passes, checked against SameDiff; the default) or samediff (automatic differentiation, slower).")
    String grad;

    @Option(names = "--models", paramLabel = "DIR", description = "Where weights and checkpoints go (default ~/.qforge/models).")
    Path models;

    TrainConfig config(Variant v, long seed) {
        // an execution choice, not part of the model's config or id: agents read it when they are created
        if (grad != null) System.setProperty(GradientPath.PROPERTY, GradientPath.parse(grad).name());
        EnvConfig env = EnvConfig.defaults().withCosts(fee, slippageBps);
        TrainConfig c = TrainConfig.paper(v, seed).withEnv(env);
        switch (preset.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "paper" -> c = c.withSchedule(epochs, 100, 16, updatesPerStep, 0.002);
            case "small" -> c = c.withNetwork(new NetworkConfig(32, 1, new int[]{64, 32}, 64, new int[]{32}, 1e-3))
                    .withSchedule(epochs, 32, 8, updatesPerStep, 0.01);
            default -> throw new IllegalArgumentException("unknown --preset '" + preset + "': use paper or small");
        }
        if (learningRate != null) {
            NetworkConfig n = c.network();
            c = c.withNetwork(new NetworkConfig(n.gruUnits(), n.gruLayers(), n.actorLayers(), n.criticBranch(), n.criticLayers(), learningRate));
        }
        return c;
    }

    Path modelsRoot() {
        return models != null ? models : Path.of(System.getProperty("user.home"), ".qforge", "models");
    }

    BarSeries load(PrintWriter err) {
        return loadOne(data, policy, err);
    }

    static BarSeries loadOne(String ref, String policy, PrintWriter err) {
        List<BarSeries> s = BacktestData.load(List.of(ref), null, null, null, BacktestData.policy(policy), err).series();
        if (s.size() != 1) throw new IllegalArgumentException("the agent trades one instrument; " + ref + " holds " + s.size());
        if (!s.get(0).timeframe().isIntraday()) throw new IllegalArgumentException("the agent needs intraday bars; " + ref + " has " + s.get(0).timeframe());
        return s.get(0);
    }

    long trainFromMillis(BarSeries s) {
        Long t = Times.parseStart(trainFrom, s.instrument().exchangeZone());
        return t == null ? s.firstTime() : t;
    }

    long trainUntilMillis(BarSeries s) {
        return Times.parseStart(trainUntil, s.instrument().exchangeZone());
    }
}
