package dev.qforge.cli;

import dev.qforge.agents.qtnet.TrainListener;
import dev.qforge.agents.qtnet.TrainProgress;

import java.io.PrintWriter;
import java.util.Locale;

/** A training run's progress bar: updates done, with the running reward, losses and session return. */
final class AgentProgress implements TrainListener, AutoCloseable {

    private final String task;
    private final long total;
    private final PrintWriter err;
    private final boolean quiet;
    private Progress progress;
    private long seen;

    AgentProgress(String task, long total, PrintWriter err, boolean quiet) {
        this.task = task;
        this.total = total;
        this.err = err;
        this.quiet = quiet;
    }

    @Override
    public void onUpdate(TrainProgress p) {
        if (progress == null) {
            progress = Progress.start(task, total, "upd", err, quiet);
            seen = p.updates() - 1; // a resumed run starts past 0
            if (seen > 0) progress.step(seen, "resumed");
        }
        progress.step(p.updates() - seen, String.format(Locale.ROOT, "ep %d/%d reward %.3f critic %.4f actor %.4f session %.3f%%",
                p.epoch() + 1, p.epochs(), p.reward(), p.criticLoss(), p.actorLoss(), p.sessionReturn() * 100));
        seen = p.updates();
    }

    @Override
    public void close() {
        if (progress != null) progress.close();
    }
}
