package dev.qforge.cli;

import dev.qforge.agents.models.SplitSpec;
import dev.qforge.agents.rdloop.BudgetChange;
import dev.qforge.agents.rdloop.HeldOutSplit;
import dev.qforge.agents.rdloop.LoopConfig;
import dev.qforge.agents.rdloop.LoopState;
import dev.qforge.agents.rdloop.RdLoopStore;
import dev.qforge.data.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code qforge rdloop resume RUN_ID}: continues an interrupted run from its last completed loop. */
@Command(name = "resume", mixinStandardHelpOptions = true,
        description = {"Continue an interrupted run from its last completed loop, with its stored settings and seed; then write its report.",
                "--loops, --wall-budget and --token-budget raise (or set) the budgets of a run that one of them stopped; the change is recorded with the run."})
final class RdloopResumeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "RUN_ID", description = "The run to continue (see 'qforge rdloop list').")
    String runId;

    @Option(names = "--loops", paramLabel = "N", description = "New loop budget: loops to run in all, not fewer than those done.")
    Integer loops;

    @Option(names = "--wall-budget", paramLabel = "SECONDS", description = "New wall-time budget over all sessions, above the time already taken (0: none).")
    Long wallBudget;

    @Option(names = "--token-budget", paramLabel = "TOKENS", description = "New model-token budget, above the tokens already spent (0: none).")
    Long tokenBudget;

    @Option(names = "--out", defaultValue = "qforge-out/rdloop", paramLabel = "DIR", description = "Reports go to DIR/<run-id>/ (default ${DEFAULT-VALUE}).")
    Path out;

    @Override
    public Integer call() {
        PrintWriter o = spec.commandLine().getOut(), err = spec.commandLine().getErr();
        try (Database db = RdloopSupport.db()) {
            RdLoopStore store = new RdLoopStore(db, Clock.systemUTC());
            RdLoopStore.Run run = RdloopReportCommand.find(store, runId);
            if (loops != null || wallBudget != null || tokenBudget != null) {
                LoopConfig before = run.config();
                LoopConfig after = store.changeBudgets(runId, loops, wallBudget, tokenBudget);
                if (!after.equals(before)) {
                    List<BudgetChange> changes = store.budgetChanges(runId);
                    err.println("budgets of " + runId + ": " + changes.get(changes.size() - 1).describe());
                }
                run = store.run(runId).orElseThrow();
            }
            RdloopReportCommand.Source src = RdloopReportCommand.Source.parse(run.dataSource());
            HeldOutSplit data = RdloopReportCommand.reload(run, src, err);
            err.println("resuming " + runId + " after " + run.loopsDone() + " of " + run.config().loops() + " loops");
            LoopState st = RdloopSupport.loop(runId, run.config(), data, RdloopSupport.researcher(run.researcher(), data, run.config(), src.timeout()), store, err);
            RdloopSupport.report(store, runId, data, st, src.baseline(), out, src.threads(), o, err);
        }
        return 0;
    }

    static SplitSpec split(RdLoopStore.Run run) {
        return SplitSpec.parse(run.split());
    }

    static List<String> data(String source) {
        return List.of(source.split("\\|")[0].split(","));
    }
}
