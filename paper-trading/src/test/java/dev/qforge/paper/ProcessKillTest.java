package dev.qforge.paper;

import dev.qforge.backtest.BacktestConfig;
import dev.qforge.backtest.BacktestEngine;
import dev.qforge.backtest.BacktestResult;
import dev.qforge.backtest.model.CommissionModel;
import dev.qforge.data.BarSeries;
import dev.qforge.data.store.Database;
import dev.qforge.paper.client.PaperTrader;
import dev.qforge.paper.client.TraderConfig;
import dev.qforge.paper.exchange.BarTape;
import dev.qforge.paper.exchange.ExchangeConfig;
import dev.qforge.paper.exchange.Pacing;
import dev.qforge.paper.exchange.PaperExchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The client, and in a second test the exchange (H2 JDBC store and journal), as a separate operating-system process
 * killed with SIGKILL ({@link Process#destroyForcibly}) in the middle of a session: no logout, no shutdown hook, no
 * flush, whatever it was writing to H2 or to its FIX store cut short. A new process on the same database and store
 * then finishes the session, and the client's fills, cash and positions, and the exchange's account, equal the
 * backtest's (which the parity test ties to an uninterrupted run). Before the journal's commits were written through
 * (PaperDatabase), the client test failed every time: the killed client had lost up to half a second of
 * acknowledged journal entries that its FIX sequence numbers said it had received.
 */
class ProcessKillTest {

    static final List<BarSeries> DATA = PaperParityTest.data(90);
    static final BacktestConfig CFG = BacktestConfig.defaults().withExecution(
            BacktestConfig.defaults().execution().withCommission(CommissionModel.bps(5, 1)));

    @TempDir
    Path dir;

    static TraderConfig trader(int port, Path dir) {
        return TraderConfig.of("127.0.0.1", port, dir.resolve("client"), "killed").withStore(StoreKind.FILE)
                .withAccount(CFG.initialCash(), CFG.rules());
    }

    @Test
    void clientProcessKilledWithSigkillAndRestartedEndsLikeAnUninterruptedRun() throws Exception {
        BacktestResult bt = new BacktestEngine(CFG).run(DATA, new BusyStrategy());
        String url = "jdbc:h2:file:" + dir.resolve("client-db").toAbsolutePath();
        ExchangeConfig ec = ExchangeConfig.defaults(dir.resolve("exchange")).withAccount(CFG.initialCash(), CFG.execution(), CFG.rules())
                .withPacing(Pacing.lockStepMode()).withStore(StoreKind.FILE, false);
        try (PaperExchange ex = new PaperExchange(ec, new BarTape(DATA), null)) {
            ex.start();
            List<String> seen = killAfter(30, ex.port(), url);
            assertThat(seen).as("killed mid-session").doesNotContain("finished");
            try (Database d = Database.openUrl(url); PaperDatabase db = PaperDatabase.of(d);
                 PaperTrader last = new PaperTrader(trader(ex.port(), dir), new BusyStrategy(), db, Clock.systemUTC())) {
                last.start();
                assertThat(last.awaitFinished(120, TimeUnit.SECONDS)).isTrue();
                assertThat(last.host().fills()).containsExactlyElementsOf(bt.fills());
                assertThat(last.portfolio().cash()).isEqualTo(bt.cash()[bt.cash().length - 1]);
                assertThat(last.portfolio().positions()).isEqualTo(bt.positions());
                assertThat(ex.account("QFORGE-CL")[0]).isEqualTo(bt.cash()[bt.cash().length - 1]);
            }
        }
    }

    @Test
    void exchangeProcessKilledWithSigkillAndRestartedEndsLikeAnUninterruptedRun() throws Exception {
        BacktestResult bt = new BacktestEngine(CFG).run(DATA, new BusyStrategy());
        int port = Ports.free();
        String url = "jdbc:h2:file:" + dir.resolve("exchange-db").toAbsolutePath();
        List<String> args = List.of(Integer.toString(port), dir.resolve("exchange").toString(), url);
        try (Database d = Database.inMemory("killed-exchange"); PaperDatabase db = PaperDatabase.of(d);
             PaperTrader trader = new PaperTrader(trader(port, dir), new BusyStrategy(), db, Clock.systemUTC())) {
            Process first = child(ExchangeProcessMain.class, args);
            try (BufferedReader out = reader(first)) {
                awaitLine(out, "listening");
                trader.start();
                awaitStep(out, 41);
                first.destroyForcibly(); // SIGKILL: the journal and the JDBC store keep only what H2 had written
                assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
            }
            Process second = child(ExchangeProcessMain.class, args);
            try (BufferedReader out = reader(second)) {
                // its first report is where it recovered to from the journal: before the end, or the kill came too late
                int recovered = Integer.parseInt(awaitLine(out, "step ").substring(5).trim());
                assertThat(recovered).as("recovered mid-session").isGreaterThanOrEqualTo(41).isLessThan(DATA.get(0).size());
                String cash = awaitLine(out, "cash ");
                assertThat(trader.awaitFinished(120, TimeUnit.SECONDS)).isTrue();
                assertThat(trader.host().fills()).containsExactlyElementsOf(bt.fills());
                assertThat(trader.portfolio().cash()).isEqualTo(bt.cash()[bt.cash().length - 1]);
                assertThat(trader.portfolio().positions()).isEqualTo(bt.positions());
                // the restarted exchange's books agree with the client's
                assertThat(Double.parseDouble(cash.substring("cash ".length()))).isEqualTo(bt.cash()[bt.cash().length - 1]);
            } finally {
                second.destroyForcibly();
                second.waitFor(30, TimeUnit.SECONDS);
            }
        }
    }

    private static Process child(Class<?> main, List<String> args) throws java.io.IOException {
        List<String> cmd = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"), "-cp",
                System.getProperty("java.class.path"), main.getName()));
        cmd.addAll(args);
        return new ProcessBuilder(cmd).redirectErrorStream(true).start();
    }

    private static BufferedReader reader(Process p) {
        return new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    }

    /** Reads the child's output until it reports replay step {@code n} or a later one (it prints steps as it sees them). */
    private static void awaitStep(BufferedReader out, int n) throws java.io.IOException {
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            if (line.startsWith("step ") && Integer.parseInt(line.substring(5).trim()) >= n) return;
        }
        throw new AssertionError("the child ended before replay step " + n);
    }

    /** Reads the child's output until a line starting with {@code prefix}, which it returns; fails if the child ends first. */
    private static String awaitLine(BufferedReader out, String prefix) throws java.io.IOException {
        List<String> seen = new ArrayList<>();
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            if (line.startsWith(prefix)) return line;
            seen.add(line);
        }
        throw new AssertionError("the child ended before printing '" + prefix + "'; it printed: " + String.join("\n", seen));
    }

    /** Runs the client in a child JVM and sends it SIGKILL once it reports {@code bars} bars; returns what it printed. */
    private List<String> killAfter(int bars, int port, String url) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), TraderProcessMain.class.getName(),
                Integer.toString(port), dir.toString(), url).redirectErrorStream(true).start();
        List<String> lines = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                lines.add(line);
                if (line.equals("bars " + bars)) {
                    p.destroyForcibly(); // SIGKILL on Linux and macOS
                    break;
                }
            }
        } finally {
            p.destroyForcibly();
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(lines).as("the child's output").contains("bars " + bars);
        assertThat(p.exitValue()).as("killed by a signal, not exited").isNotZero();
        return lines;
    }
}
