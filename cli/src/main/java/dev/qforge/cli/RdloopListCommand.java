package dev.qforge.cli;

import dev.qforge.agents.rdloop.Metrics;
import dev.qforge.agents.rdloop.RdLoopStore;
import dev.qforge.agents.rdloop.StepRecord;
import dev.qforge.agents.rdloop.StepStatus;
import dev.qforge.data.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code qforge rdloop list}: the stored runs, newest first. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List R&D loop runs, newest first.")
final class RdloopListCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter o = spec.commandLine().getOut();
        try (Database db = RdloopSupport.db()) {
            RdLoopStore store = new RdLoopStore(db, Clock.systemUTC());
            List<RdLoopStore.Run> runs = store.runs();
            if (runs.isEmpty()) {
                o.println("no R&D loop runs yet; start one with 'qforge rdloop run --data DIR'");
                return 0;
            }
            TextTable t = new TextTable("run", "status", "loops", "research", "accepted", "best valid " + "metric", "created");
            for (RdLoopStore.Run r : runs) {
                List<StepRecord> steps = store.steps(r.id());
                long accepted = steps.stream().filter(s -> s.status() == StepStatus.ACCEPTED).count();
                Metrics best = steps.isEmpty() ? Metrics.NONE : steps.get(steps.size() - 1).bestAfter();
                t.row(r.id(), r.status(), r.loopsDone() + "/" + r.config().loops(), r.researcher(), accepted,
                        r.config().acceptMetric() + " " + RdloopSupport.f4(best.get(r.config().acceptMetric())), Instant.ofEpochMilli(r.createdAt()).toString());
            }
            t.print(o);
        }
        return 0;
    }
}
