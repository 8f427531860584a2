package dev.qforge.cli;

import dev.qforge.agents.models.SplitSpec;
import dev.qforge.agents.rdloop.HeldOutSplit;
import dev.qforge.agents.rdloop.LoopState;
import dev.qforge.agents.rdloop.RdLoopStore;
import dev.qforge.agents.rdloop.StepRecord;
import dev.qforge.data.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code qforge rdloop report RUN_ID}: the report of a run's stored loops, with the final test table. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Write the HTML and JSON report of a run from its stored loops, scoring its final state on the test period.")
final class RdloopReportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "RUN_ID", description = "The run (see 'qforge rdloop list').")
    String runId;

    @Option(names = "--no-baseline", description = "Leave the Alpha158 + XGBoost baseline out of the final table.")
    boolean noBaseline;

    @Option(names = "--out", defaultValue = "qforge-out/rdloop", paramLabel = "DIR", description = "Reports go to DIR/<run-id>/ (default ${DEFAULT-VALUE}).")
    Path out;

    @Override
    public Integer call() {
        PrintWriter o = spec.commandLine().getOut(), err = spec.commandLine().getErr();
        try (Database db = RdloopSupport.db()) {
            RdLoopStore store = new RdLoopStore(db, Clock.systemUTC());
            RdLoopStore.Run run = find(store, runId);
            Source src = Source.parse(run.dataSource());
            HeldOutSplit data = reload(run, src, err);
            LoopState st = new LoopState(run.config().seed());
            for (StepRecord s : store.steps(runId)) st.apply(s);
            RdloopSupport.report(store, runId, data, st, src.baseline() && !noBaseline, out, src.threads(), o, err);
        }
        return 0;
    }

    static RdLoopStore.Run find(RdLoopStore store, String id) {
        return store.run(id).orElseThrow(() -> new IllegalArgumentException("no R&D loop run '" + id + "'"
                + store.runs().stream().findFirst().map(r -> "; the latest is " + r.id()).orElse("; there are no runs yet")));
    }

    /** The data options stored with a run: {@code paths|policy=..|threads=..|timeout=..|baseline=..}. */
    record Source(java.util.List<String> data, String policy, int threads, int timeout, boolean baseline) {
        static Source parse(String s) {
            String[] parts = s.split("\\|");
            Map<String, String> kv = new HashMap<>();
            for (int i = 1; i < parts.length; i++) {
                int eq = parts[i].indexOf('=');
                if (eq > 0) kv.put(parts[i].substring(0, eq), parts[i].substring(eq + 1));
            }
            return new Source(java.util.List.of(parts[0].split(",")), kv.getOrDefault("policy", "drop"),
                    Integer.parseInt(kv.getOrDefault("threads", "2")), Integer.parseInt(kv.getOrDefault("timeout", "120")),
                    Boolean.parseBoolean(kv.getOrDefault("baseline", "true")));
        }
    }

    /** Loads the run's data again and checks that they are the same bars (by fingerprint). */
    static HeldOutSplit reload(RdLoopStore.Run run, Source src, PrintWriter err) {
        HeldOutSplit data = RdloopSupport.load(src.data(), SplitSpec.parse(run.split()), src.policy(), src.threads(), err);
        if (!data.research().fingerprint().equals(run.fingerprint())) {
            throw new IllegalStateException("the data at " + String.join(",", src.data()) + " differ from those run " + run.id()
                    + " used (fingerprint " + data.research().fingerprint() + " vs " + run.fingerprint() + ")");
        }
        return data;
    }
}
