package dev.qforge.paper;

import dev.qforge.data.store.Database;
import dev.qforge.paper.client.PaperTrader;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;

/**
 * The trading client of {@link ProcessKillTest}, run in a JVM of its own so that the test can kill it with
 * SIGKILL: it trades {@link BusyStrategy} against the exchange on {@code args[0]} with its FIX store under
 * {@code args[1]} and its journal in the H2 database {@code args[2]}, and prints {@code bars N} after each bar so
 * that the test knows where it is. It prints {@code finished} if it gets to the end.
 */
public final class TraderProcessMain {

    private TraderProcessMain() {
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        Path dir = Path.of(args[1]);
        try (Database d = Database.openUrl(args[2]); PaperDatabase db = PaperDatabase.of(d);
             PaperTrader t = new PaperTrader(ProcessKillTest.trader(port, dir), new BusyStrategy(), db, Clock.systemUTC())) {
            t.start();
            for (int b = 1; ; b++) {
                if (!t.awaitBars(b, 60, TimeUnit.SECONDS)) break;
                System.out.println("bars " + b);
                System.out.flush();
            }
            if (t.awaitFinished(1, TimeUnit.SECONDS)) System.out.println("finished");
        }
    }
}
