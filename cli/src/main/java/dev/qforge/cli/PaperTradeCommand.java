package dev.qforge.cli;

import dev.qforge.backtest.Strategy;
import dev.qforge.backtest.model.AccountRules;
import dev.qforge.data.store.Database;
import dev.qforge.paper.PaperDatabase;
import dev.qforge.paper.StoreKind;
import dev.qforge.paper.client.PaperTrader;
import dev.qforge.paper.client.TraderConfig;
import dev.qforge.strategies.StrategyRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** {@code qforge paper trade}: runs a strategy against a FIX exchange; a run id that exists is resumed. */
@Command(name = "trade", mixinStandardHelpOptions = true,
        description = "Run a strategy against a FIX 4.4 exchange (the paper exchange or another). Reusing --run resumes that run after a crash.")
final class PaperTradeCommand implements java.util.concurrent.Callable<Integer> {

    @Spec CommandSpec spec;
    @Option(names = "--host", defaultValue = "127.0.0.1", description = "Exchange host (default ${DEFAULT-VALUE}).") String host;
    @Option(names = "--port", defaultValue = "9878", description = "Exchange port (default ${DEFAULT-VALUE}).") int port;
    @Option(names = "--strategy", required = true, description = "Built-in strategy (see 'qforge strategies').") String strategy;
    @Option(names = {"-p", "--param"}, paramLabel = "NAME=VALUE", description = "A strategy parameter; repeat for more.") List<String> params = new ArrayList<>();
    @Option(names = "--run", description = "Run id (default paper-<epoch seconds>); an existing one is resumed.") String run;
    @Option(names = "--comp-id", defaultValue = "QFORGE-CL", description = "Our SenderCompID.") String compId;
    @Option(names = "--target-comp-id", defaultValue = "QFORGE-EX", description = "The exchange's CompID.") String target;
    @Option(names = "--username", description = "Username for the Logon.") String username;
    @Option(names = "--password", description = "Password for the Logon.") String password;
    @Option(names = "--store", defaultValue = "file", paramLabel = "memory|file|jdbc", description = "QuickFIX/J message store (default ${DEFAULT-VALUE}; recovery needs file or jdbc).") String store;
    @Option(names = "--cash", defaultValue = "100000", description = "Starting cash of the local book (match the exchange account).") double cash;
    @Option(names = "--leverage", defaultValue = "1", description = "Gross exposure limit (match the exchange).") double leverage;
    @Option(names = "--no-short", description = "No shorts (match the exchange).") boolean noShort;
    @Option(names = "--borrow-rate", defaultValue = "0", description = "Annual borrow rate on shorts (match the exchange).") double borrowRate;
    @Option(names = "--work", defaultValue = "qforge-out/paper/client", description = "Folder for client.cfg and the file store.") Path work;
    @Option(names = "--timeout", defaultValue = "86400", description = "Give up after this many seconds.") long timeout;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Strategy s = StrategyRegistry.builtIns().create(strategy, params);
        String id = run != null ? run : "paper-" + Clock.systemUTC().instant().getEpochSecond();
        TraderConfig tc = new TraderConfig(host, port, compId, target, username, password, StoreKind.parse(store), work.resolve(id), id, cash,
                new AccountRules(leverage, !noShort, borrowRate), 30);
        try (Database d = Database.open(CliGlobals.db()); PaperDatabase db = PaperDatabase.of(d);
             PaperTrader trader = new PaperTrader(tc, s, db, Clock.systemUTC())) {
            trader.onFill(f -> {
                out.println(PaperRecordsCommand.fillLine(f));
                out.flush();
            });
            out.printf("run %s: %s on %s:%d as %s%n", id, strategy, host, port, compId);
            out.flush();
            trader.start();
            if (!trader.awaitFinished(timeout, TimeUnit.SECONDS)) {
                out.printf("stopped after %d s at bar %d; resume with --run %s%n", timeout, trader.bars(), id);
                return 1;
            }
            PaperRecordsCommand.summary(out, trader.portfolio(), trader.host().fills().size(), trader.bars());
            for (String w : trader.warnings()) spec.commandLine().getErr().println("warning: " + w);
        }
        return 0;
    }
}
