package dev.qforge.paper;

import dev.qforge.data.store.Database;
import dev.qforge.paper.exchange.BarTape;
import dev.qforge.paper.exchange.ExchangeConfig;
import dev.qforge.paper.exchange.Pacing;
import dev.qforge.paper.exchange.PaperExchange;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * The exchange of {@link ProcessKillTest}'s exchange test, run in a JVM of its own so that the test can kill it with
 * SIGKILL: lock-step replay of {@link ProcessKillTest#DATA} on port {@code args[0]}, work folder {@code args[1]}, the
 * H2 JDBC message store and the input journal in the database {@code args[2]}. It prints {@code listening} once
 * bound, {@code step N} as the replay moves, and {@code cash X} with the client's cash when the replay has ended.
 */
public final class ExchangeProcessMain {

    private ExchangeProcessMain() {
    }

    public static void main(String[] args) throws Exception {
        ExchangeConfig cfg = ExchangeConfig.defaults(Path.of(args[1])).withPort(Integer.parseInt(args[0]))
                .withAccount(ProcessKillTest.CFG.initialCash(), ProcessKillTest.CFG.execution(), ProcessKillTest.CFG.rules())
                .withPacing(Pacing.lockStepMode()).withStore(StoreKind.JDBC, true);
        try (Database d = Database.openUrl(args[2]); PaperDatabase db = PaperDatabase.of(d);
             PaperExchange ex = new PaperExchange(cfg, new BarTape(ProcessKillTest.DATA), db)) {
            ex.start();
            System.out.println("listening");
            int last = -1;
            while (!ex.awaitEnd(1, TimeUnit.MILLISECONDS)) {
                int step = ex.step();
                if (step != last) System.out.println("step " + step);
                last = step;
            }
            System.out.println("cash " + ex.account("QFORGE-CL")[0]);
        }
    }
}
