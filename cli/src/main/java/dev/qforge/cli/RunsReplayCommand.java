package dev.qforge.cli;

import dev.qforge.backtest.run.RunRecord;
import dev.qforge.backtest.run.RunStore;
import dev.qforge.data.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code qforge runs replay ID}: runs a recorded backtest again from its stored spec and checks that the
 * data have the recorded fingerprints and that the result has the recorded digest (same fills, same
 * equity at every step). Exit code 1 when either differs.
 */
@Command(name = "replay", mixinStandardHelpOptions = true, description = "Run a recorded backtest again and check it gives identical results.")
final class RunsReplayCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "ID", description = "Run id.")
    long id;

    @Option(names = "--out", defaultValue = "qforge-out", paramLabel = "DIR", description = "Output root (default ${DEFAULT-VALUE}).")
    Path outRoot;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (Database db = Database.open(CliGlobals.db())) {
            RunStore store = new RunStore(db);
            RunRecord r = store.require(id);
            if (!"backtest".equals(r.kind())) throw new IllegalArgumentException("run " + id + " is a " + r.kind() + "; only backtests replay");
            BacktestData.Loaded data = BacktestData.load(r.spec(), err);
            if (!data.fingerprints().equals(r.dataFingerprints())) {
                out.println("the data changed since run " + id + ": recorded " + r.dataFingerprints().keySet()
                        + ", now " + data.fingerprints().keySet() + " with different content");
                return 1;
            }
            BacktestJob.Outcome o = BacktestJob.run(r.spec(), data, store, outRoot, false, "replay of run " + id, err);
            boolean same = o.record().digest().equals(r.digest());
            out.println("run " + o.record().id() + " replays run " + id + ": " + (same ? "identical" : "DIFFERENT")
                    + " (digest " + o.record().digest().substring(0, 16) + (same ? "" : " vs " + r.digest().substring(0, 16)) + ")");
            return same ? 0 : 1;
        }
    }
}
