package dev.qforge.paper;

import dev.qforge.data.BarSeries;
import dev.qforge.paper.exchange.BarTape;
import dev.qforge.paper.exchange.ExchangeConfig;
import dev.qforge.paper.exchange.PaperExchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.qforge.backtest.TestBars.bar;
import static dev.qforge.backtest.TestBars.daily;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * ExecIDs (17) and OrderIDs (37) must not repeat when an exchange without a journal is restarted in the same
 * work folder: a client that keeps its run drops execution reports by ExecID, so a repeated id would make it
 * silently ignore the new exchange's reports. (With the journal, a restart replays to the same state and
 * the ids are deterministic on purpose.)
 */
class ExecIdRestartTest {

    @TempDir
    Path dir;

    @Test
    void anExchangeRestartedWithoutJournalIssuesNewIds() throws Exception {
        BarSeries s = daily("AAA", bar(10, 11, 9, 10.5), bar(10.2, 11, 10, 10.8));
        ExchangeConfig cfg = ExchangeConfig.defaults(dir).withClients(List.of(ExchangeConfig.ClientLogin.open("CL")));
        Set<String> execIds = new HashSet<>();
        Set<String> orderIds = new HashSet<>();
        for (int life = 0; life < 2; life++) {
            try (PaperExchange ex = new PaperExchange(cfg, new BarTape(List.of(s)), null)) {
                ex.start();
                try (RawFixClient c = new RawFixClient(ex.port(), "CL", "QFORGE-EX")) {
                    c.logon(30);
                    assertThat(c.readUntil("A")).isNotNull();
                    c.sendRaw(c.message("V", 2, 262, "md", 263, 1, 264, 1, 267, 1, 269, 5, 146, 1, 55, "AAA"));
                    assertThat(c.readUntil("X")).isNotNull();
                    c.sendRaw(c.message("D", 3, 11, "o" + life, 21, 1, 55, "AAA", 54, 1, 60, "20240102-21:00:00", 38, 10, 40, 2, 44, 5,
                            59, 1));
                    Map<Integer, String> ack = c.readUntil("8");
                    assertThat(ack).containsEntry(150, "0");
                    assertThat(execIds.add(ack.get(17))).as("ExecID %s already issued before the restart", ack.get(17)).isTrue();
                    assertThat(orderIds.add(ack.get(37))).as("OrderID %s already issued before the restart", ack.get(37)).isTrue();
                }
            }
        }
    }
}
