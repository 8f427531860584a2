package dev.qforge.cli;

import dev.qforge.agents.env.TradingData;
import dev.qforge.agents.qtnet.ModelStore;
import dev.qforge.agents.qtnet.QtNetAblation;
import dev.qforge.agents.qtnet.RdpgTrainer;
import dev.qforge.agents.qtnet.TrainConfig;
import dev.qforge.agents.qtnet.Variant;
import dev.qforge.data.BarSeries;
import dev.qforge.data.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code qforge agent ablation}: iRDPG's ablation table on our data, as HTML and JSON. */
@Command(name = "ablation", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Buy-and-hold, Dual Thrust, RDPG, + demonstration buffer, + behaviour cloning and full QTNet on the test period: "
                + "total return, Sharpe, volatility, max drawdown and trades, mean and spread over the seeds.")
final class AgentAblationCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    AgentOptions options;

    @Option(names = "--seeds", defaultValue = "3", description = "Seeds 1..N per agent (default ${DEFAULT-VALUE}).")
    int seeds;

    @Option(names = "--test-to", paramLabel = "DATE", description = "End of the test period, inclusive (default: the data's end).")
    String testTo;

    @Option(names = "--out", defaultValue = "qforge-out", paramLabel = "DIR", description = "Output root (default ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--quiet", description = "No progress bars.")
    boolean quiet;

    @Override
    public Integer call() {
        if (seeds < 1) throw new IllegalArgumentException("--seeds must be >= 1, got " + seeds);
        PrintWriter o = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        BarSeries s = options.load(err);
        long from = options.trainFromMillis(s), until = options.trainUntilMillis(s);
        long to = testTo == null ? s.lastTime() : Times.parseEnd(testTo, s.instrument().exchangeZone());
        TrainConfig base = options.config(Variant.FULL, 1);
        TradingData data = new TradingData(s, base.env());
        long planned = new RdpgTrainer(base, data, data.tradableSessions(from, until)).plannedUpdates();
        List<Long> seedList = new ArrayList<>();
        for (long i = 1; i <= seeds; i++) seedList.add(i);
        Path dir = out.resolve("agent-ablation").resolve(s.symbol() + "-" + options.trainUntil);
        long started = System.nanoTime(); // wall time for the report only
        QtNetAblation.Result r;
        List<AgentProgress> bars = new ArrayList<>();
        try (Database db = Database.open(CliGlobals.db())) {
            ModelStore store = new ModelStore(db, options.modelsRoot(), Clock.systemUTC());
            r = QtNetAblation.run(store, s, options.data, base, from, until, until, to, seedList, label -> {
                bars.forEach(AgentProgress::close);
                AgentProgress p = new AgentProgress(label, planned, err, quiet);
                bars.add(p);
                return p;
            }, dir);
        } finally {
            bars.forEach(AgentProgress::close);
        }
        double minutes = (System.nanoTime() - started) / 6e10;
        o.println("QTNet ablation on " + s.symbol() + ", test from " + Times.show(until, s.instrument().exchangeZone()) + ", seeds " + seedList);
        TextTable t = new TextTable(QtNetAblation.HEADER.toArray(String[]::new));
        for (List<String> c : QtNetAblation.cells(r.rows())) t.row(c.toArray(String[]::new));
        t.print(o);
        o.printf(java.util.Locale.ROOT, "wall time %.1f min%njson: %s%nreport: %s%n", minutes, r.json().toAbsolutePath(), r.html().toAbsolutePath());
        return 0;
    }
}
