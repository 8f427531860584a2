package dev.qforge.cli;

import dev.qforge.backtest.BacktestConfig;
import dev.qforge.backtest.BacktestEngine;
import dev.qforge.backtest.BacktestResult;
import dev.qforge.backtest.order.Fill;
import dev.qforge.data.store.Database;
import dev.qforge.paper.PaperDatabase;
import dev.qforge.paper.PaperDemo;
import dev.qforge.paper.StoreKind;
import dev.qforge.strategies.StrategyRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

/**
 * {@code qforge paper demo}: exchange and client in one process on loopback in lock-step; prints the fills and
 * the final account, then runs the same strategy in the backtester and says whether the fills are identical.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Exchange and client in one process over loopback FIX; prints fills, final metrics and the comparison with a backtest.")
final class PaperDemoCommand implements java.util.concurrent.Callable<Integer> {

    @Spec CommandSpec spec;
    @Mixin PaperModelOptions models;
    @Option(names = "--data", defaultValue = "aapl-2013-daily", split = ",", description = "Bars (default ${DEFAULT-VALUE}).") List<String> data;
    @Option(names = "--strategy", defaultValue = "sma-cross", description = "Built-in strategy (default ${DEFAULT-VALUE}).") String strategy;
    @Option(names = {"-p", "--param"}, paramLabel = "NAME=VALUE", description = "Strategy parameters (default fast=5 slow=20 for sma-cross).") List<String> params;
    @Option(names = "--store", defaultValue = "memory", paramLabel = "memory|file|jdbc", description = "QuickFIX/J message store (default ${DEFAULT-VALUE}).") String store;
    @Option(names = "--work", defaultValue = "qforge-out/paper/demo", description = "Folder for settings and file stores.") Path work;
    @Option(names = "--quiet", description = "Do not list every fill.") boolean quiet;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        List<String> p = params != null ? params : strategy.equals("sma-cross") ? List.of("fast=5", "slow=20") : List.of();
        StrategyRegistry reg = StrategyRegistry.builtIns();
        reg.create(strategy, p); // fail on a bad parameter before anything starts
        BacktestConfig cfg = models.config();
        BacktestData.Loaded loaded = BacktestData.load(data, null, null, null, BacktestData.policy("reject"), spec.commandLine().getErr());
        String run = "demo-" + Clock.systemUTC().instant().getEpochSecond();
        try (Database d = Database.open(CliGlobals.db()); PaperDatabase db = PaperDatabase.of(d)) {
            long t0 = System.nanoTime();
            PaperDemo.Result r = PaperDemo.run(loaded.series(), reg.create(strategy, p), cfg, work.resolve(run), db, StoreKind.parse(store), run, 3600);
            double secs = (System.nanoTime() - t0) / 1e9;
            if (!quiet) for (Fill f : r.fills()) out.println(PaperRecordsCommand.fillLine(f));
            out.printf(Locale.ROOT, "run %s: %s on %s over FIX on 127.0.0.1:%d, lock-step, %.1f s%n", run, strategy, loaded.fingerprints().keySet(),
                    r.port(), secs);
            PaperRecordsCommand.summary(out, r.portfolio(), r.fills().size(), r.bars());
            BacktestResult bt = new BacktestEngine(cfg).run(loaded.series(), reg.create(strategy, p));
            boolean same = bt.fills().equals(r.fills());
            out.printf(Locale.ROOT, "backtest of the same strategy and bars: %d fills, final equity %.2f; paper fills %s%n", bt.fills().size(),
                    bt.finalEquity(), same ? "identical" : "DIFFER");
            out.println("records: qforge paper orders|fills|status --run " + run);
            for (String w : r.warnings()) spec.commandLine().getErr().println("warning: " + w);
            return same || !cfg.execution().latency().isZero() ? 0 : 2;
        }
    }
}
