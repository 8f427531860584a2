package dev.qforge.cli;

import dev.qforge.agents.env.TradingData;
import dev.qforge.agents.qtnet.ModelStore;
import dev.qforge.agents.qtnet.QtNetTraining;
import dev.qforge.agents.qtnet.RdpgTrainer;
import dev.qforge.agents.qtnet.StoredModel;
import dev.qforge.agents.qtnet.TrainConfig;
import dev.qforge.agents.qtnet.Variant;
import dev.qforge.data.BarSeries;
import dev.qforge.data.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code qforge agent train qtnet}: trains (or resumes) a model and records it. */
@Command(name = "train", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Train QTNet on the sessions before --train-until; resumes an interrupted run of the same model from its last checkpoint.")
final class AgentTrainCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "AGENT", description = "The agent to train: qtnet.")
    String agent;

    @Mixin
    AgentOptions options;

    @Option(names = "--variant", defaultValue = "qtnet", description = "qtnet (full), rdpg, demo (+ demonstration buffer) or bc (+ behaviour cloning). Default ${DEFAULT-VALUE}.")
    String variant;

    @Option(names = "--seed", defaultValue = "7", description = "Seed of the run (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--json", description = "Print the model record as JSON.")
    boolean json;

    @Override
    public Integer call() {
        if (!"qtnet".equalsIgnoreCase(agent)) throw new IllegalArgumentException("unknown agent '" + agent + "': only qtnet is available");
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        BarSeries s = options.load(err);
        TrainConfig cfg = options.config(Variant.parse(variant), seed);
        long from = options.trainFromMillis(s), until = options.trainUntilMillis(s);
        TradingData data = new TradingData(s, cfg.env());
        long planned = new RdpgTrainer(cfg, data, data.tradableSessions(from, until)).plannedUpdates();
        try (Database db = Database.open(CliGlobals.db());
             AgentProgress progress = new AgentProgress("train " + cfg.variant().label(), planned, err, json)) {
            ModelStore store = new ModelStore(db, options.modelsRoot(), Clock.systemUTC());
            StoredModel m = QtNetTraining.train(store, s, options.data, cfg, from, until, progress);
            progress.close();
            print(out, m, json);
        }
        return 0;
    }

    static void print(PrintWriter out, StoredModel m, boolean json) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("model", m.id());
        r.put("variant", m.variant().label());
        r.put("symbol", m.symbol());
        r.put("status", m.status());
        r.put("epochs", m.epochsDone());
        r.put("updates", m.updates());
        r.put("envSteps", m.envSteps());
        r.put("seed", m.seed());
        r.put("dataFingerprint", m.dataFingerprint());
        r.put("weights", m.weightsDir().toString());
        if (json) {
            Json.print(out, r);
            return;
        }
        TextTable t = new TextTable("field", "value");
        r.forEach((k, v) -> t.row(k, String.valueOf(v)));
        t.print(out);
    }
}
