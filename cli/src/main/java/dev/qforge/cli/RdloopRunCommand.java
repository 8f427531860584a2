package dev.qforge.cli;

import dev.qforge.agents.models.SplitSpec;
import dev.qforge.agents.rdloop.HeldOutSplit;
import dev.qforge.agents.rdloop.LoopConfig;
import dev.qforge.agents.rdloop.LoopState;
import dev.qforge.agents.rdloop.RdLoopStore;
import dev.qforge.data.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code qforge rdloop run}: a new run. */
@Command(name = "run", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Start an R&D loop run on a universe; offline research (MCTS over the factor grammar) unless --base-url names a model server.")
final class RdloopRunCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--data", required = true, split = ",", paramLabel = "PATH", description = "A folder of daily bar files (e.g. ../shared/data/sp500-daily), files or bundled sets.")
    List<String> data;

    @Option(names = "--split", defaultValue = "2005:2014,2015:2016,2017:2020", paramLabel = "TRAIN,VALID,TEST",
            description = "Periods as years or dates (default ${DEFAULT-VALUE}). The loop never sees the test period.")
    String split;

    @Option(names = "--loops", defaultValue = "20", description = "Loops to run (default ${DEFAULT-VALUE}).")
    int loops;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of every random draw (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--offline", description = "Offline research agent (the default): no model needed.")
    boolean offline;

    @Option(names = "--base-url", paramLabel = "URL", description = "OpenAI-compatible server of the research model, e.g. http://localhost:8000/v1.")
    String baseUrl;

    @Option(names = "--model", paramLabel = "NAME", description = "Model name for --base-url.")
    String model;

    @Option(names = "--api-key-env", paramLabel = "VAR", description = "Environment variable holding the API key (default OPENAI_API_KEY; unset: no key sent).")
    String apiKeyEnv;

    @Option(names = "--timeout", defaultValue = "120", paramLabel = "SECONDS", description = "Longest wait for one model answer (default ${DEFAULT-VALUE}).")
    int timeout;

    @Option(names = "--max-attempts", defaultValue = "10", description = "Development attempts per loop (default ${DEFAULT-VALUE}, as R&D-Agent).")
    int maxAttempts;

    @Option(names = "--scheduler", defaultValue = "linear-thompson", description = "linear-thompson, ucb1 or epsilon-greedy (default ${DEFAULT-VALUE}).")
    String scheduler;

    @Option(names = "--accept", defaultValue = "IC", paramLabel = "METRIC", description = "Validation metric a new state must improve: IC, ICIR, Rank IC, Rank ICIR, ARR, IR, MDD, Sharpe (default ${DEFAULT-VALUE}).")
    String accept;

    @Option(names = "--min-improvement", defaultValue = "0.0001", description = "Required improvement over the best (default ${DEFAULT-VALUE}).")
    double minImprovement;

    @Option(names = "--wall-budget", defaultValue = "0", paramLabel = "SECONDS", description = "Stop starting loops after this much wall time (0: none).")
    long wallBudget;

    @Option(names = "--token-budget", defaultValue = "0", paramLabel = "TOKENS", description = "Stop starting loops after this many model tokens (0: none).")
    long tokenBudget;

    @Option(names = "--simulations", defaultValue = "200", description = "MCTS simulations per offline factor proposal (default ${DEFAULT-VALUE}).")
    int simulations;

    @Option(names = "--search-on", defaultValue = "valid", paramLabel = "valid|train-tail",
            description = "Where the offline search scores candidates and factors get their sign: 'valid' (default, as the issue words it; "
                    + "the search and the acceptance then select on the same days) or 'train-tail' (the last --search-days of train, "
                    + "purged by the label horizon; validation is read only to accept or reject).")
    String searchOn;

    @Option(names = "--search-days", defaultValue = "504", paramLabel = "DAYS", description = "Train rows in the train-tail slice (default ${DEFAULT-VALUE}, about 2 years).")
    int searchDays;

    @Option(names = "--model-types", defaultValue = "ridge,xgboost", split = ",", description = "Model types the model arm may try (default ${DEFAULT-VALUE}).")
    List<String> modelTypes;

    @Option(names = "--topk", defaultValue = "50", description = "TopK-Dropout holdings (default ${DEFAULT-VALUE}).")
    int topk;

    @Option(names = "--ndrop", defaultValue = "5", description = "TopK-Dropout daily replacements (default ${DEFAULT-VALUE}).")
    int ndrop;

    @Option(names = "--no-baseline", description = "Leave the Alpha158 + XGBoost baseline out of the final table.")
    boolean noBaseline;

    @Option(names = "--policy", defaultValue = "drop", paramLabel = "reject|drop|repair", description = "Data validation policy (default ${DEFAULT-VALUE}).")
    String policy;

    @Option(names = "--threads", defaultValue = "2", description = "Worker threads for factor computation (default ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--out", defaultValue = "qforge-out/rdloop", paramLabel = "DIR", description = "Reports go to DIR/<run-id>/ (default ${DEFAULT-VALUE}).")
    Path out;

    @Override
    public Integer call() {
        PrintWriter o = spec.commandLine().getOut(), err = spec.commandLine().getErr();
        if (offline && baseUrl != null) throw new IllegalArgumentException("--offline and --base-url exclude each other");
        if (searchDays < 1) throw new IllegalArgumentException("--search-days must be positive, got " + searchDays);
        SplitSpec s = SplitSpec.parse(split);
        LoopConfig base = LoopConfig.defaults(seed);
        LoopConfig cfg = new LoopConfig(seed, loops, wallBudget, tokenBudget, maxAttempts, scheduler, accept, minImprovement,
                base.duplicateThreshold(), topk, ndrop, simulations, base.maxTokens(), base.mutations(), modelTypes, base.feedbackSteps(),
                searchOn, searchDays);
        dev.qforge.agents.bandit.Bandit.named(scheduler, 2, 9); // names a bad scheduler before the data load
        String researcher = RdloopSupport.researcherId(baseUrl, model, apiKeyEnv);
        HeldOutSplit data = RdloopSupport.load(this.data, s, policy, threads, err);
        String runId = "rd-" + DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC).format(Clock.systemUTC().instant()) + "-s" + seed;
        try (Database db = RdloopSupport.db()) {
            RdLoopStore store = new RdLoopStore(db, Clock.systemUTC());
            store.createRun(runId, researcher, String.join(",", this.data) + "|policy=" + policy + "|threads=" + threads + "|timeout=" + timeout
                    + "|baseline=" + !noBaseline, data.research().fingerprint(), s.toString(), cfg);
            LoopState st = RdloopSupport.loop(runId, cfg, data, RdloopSupport.researcher(researcher, data, cfg, timeout), store, err);
            RdloopSupport.report(store, runId, data, st, !noBaseline, out, threads, o, err);
        }
        o.println("run id: " + runId);
        return 0;
    }
}
