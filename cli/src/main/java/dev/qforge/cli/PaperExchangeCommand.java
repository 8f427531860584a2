package dev.qforge.cli;

import dev.qforge.backtest.BacktestConfig;
import dev.qforge.data.store.Database;
import dev.qforge.paper.PaperDatabase;
import dev.qforge.paper.StoreKind;
import dev.qforge.paper.exchange.BarTape;
import dev.qforge.paper.exchange.ExchangeConfig;
import dev.qforge.paper.exchange.Pacing;
import dev.qforge.paper.exchange.PaperExchange;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** {@code qforge paper exchange}: runs the FIX paper exchange until its replay ends (or Ctrl-C). */
@Command(name = "exchange", mixinStandardHelpOptions = true,
        description = "Run the FIX paper exchange: replay bars on its own clock and fill orders with the backtester's models.")
final class PaperExchangeCommand implements java.util.concurrent.Callable<Integer> {

    @Spec CommandSpec spec;
    @Mixin PaperModelOptions models;

    @Option(names = "--data", required = true, split = ",", paramLabel = "REF", description = "Bars to replay: file, folder, bundled name or stored symbol.")
    List<String> data;
    @Option(names = "--timeframe", paramLabel = "T", description = "Timeframe of stored symbols stored in several.") String timeframe;
    @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to bind (default ${DEFAULT-VALUE}).") String host;
    @Option(names = "--port", defaultValue = "9878", description = "Port to listen on (default ${DEFAULT-VALUE}).") int port;
    @Option(names = "--speed", paramLabel = "F", description = "Replay F times faster than market time (1 = real time).") Double speed;
    @Option(names = "--lockstep", description = "Publish the next bar only after every subscribed client acknowledged the last (default without --speed).") boolean lockstep;
    @Option(names = "--comp-id", defaultValue = "QFORGE-EX", description = "The exchange's SenderCompID.") String compId;
    @Option(names = "--client", defaultValue = "QFORGE-CL", split = ",", description = "Client CompIDs allowed to log on.") List<String> clients;
    @Option(names = "--username", description = "Username every client's Logon must carry.") String username;
    @Option(names = "--password", description = "Password every client's Logon must carry.") String password;
    @Option(names = "--store", defaultValue = "file", paramLabel = "memory|file|jdbc", description = "QuickFIX/J message store (default ${DEFAULT-VALUE}).") String store;
    @Option(names = "--journal", description = "Journal inputs in the database so that a restarted exchange resumes.") boolean journal;
    @Option(names = "--work", defaultValue = "qforge-out/paper/exchange", description = "Folder for exchange.cfg and the file store.") Path work;
    @Option(names = "--no-validate", description = "Do not check incoming messages against the FIX 4.4 data dictionary (faster; the exchange's own "
            + "checks of the fields it reads still reject bad orders).") boolean noValidate;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (speed != null && lockstep) throw new IllegalArgumentException("give --speed or --lockstep, not both");
        BacktestConfig cfg = models.config();
        BacktestData.Loaded loaded = BacktestData.load(data, timeframe, null, null, BacktestData.policy("reject"), spec.commandLine().getErr());
        List<ExchangeConfig.ClientLogin> logins = new ArrayList<>();
        for (String c : clients) logins.add(new ExchangeConfig.ClientLogin(c, username, password));
        StoreKind kind = StoreKind.parse(store);
        ExchangeConfig ec = new ExchangeConfig(host, port, compId, logins, cfg.initialCash(), cfg.execution(), cfg.rules(),
                speed == null ? Pacing.lockStepMode() : Pacing.speedFactor(speed), kind, work, journal, compId, !noValidate);
        boolean needDb = journal || kind == StoreKind.JDBC;
        try (Database d = needDb ? Database.open(CliGlobals.db()) : null; PaperDatabase db = d == null ? null : PaperDatabase.of(d);
             PaperExchange ex = new PaperExchange(ec, new BarTape(loaded.series()), db)) {
            ex.start();
            out.printf("paper exchange %s listening on %s:%d (%s, %s store), %d steps of %s; settings in %s%n", compId, host, ex.port(),
                    ec.pacing(), kind.name().toLowerCase(java.util.Locale.ROOT), ex.steps(), loaded.fingerprints().keySet(), ex.settingsFile());
            out.flush();
            int shown = -1;
            while (!ex.awaitEnd(1, TimeUnit.SECONDS)) {
                int s = ex.step();
                if (s / 20 != shown) { // a line every 20 steps at most, and none while the replay waits
                    out.printf("step %d of %d%n", s, ex.steps());
                    out.flush();
                    shown = s / 20;
                }
            }
            out.printf("replay ended after %d steps; open orders were cancelled%n", ex.steps());
        }
        return 0;
    }
}
