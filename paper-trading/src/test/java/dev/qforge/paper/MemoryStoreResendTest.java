package dev.qforge.paper;

import dev.qforge.data.BarSeries;
import dev.qforge.paper.exchange.BarTape;
import dev.qforge.paper.exchange.ExchangeConfig;
import dev.qforge.paper.exchange.PaperExchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static dev.qforge.backtest.TestBars.bar;
import static dev.qforge.backtest.TestBars.daily;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The memory store forgets a session when the exchange process ends, not before: a client that reconnects to
 * a running exchange and asks for what it missed (ResendRequest) must get the execution reports again
 * (PossDupFlag 43=Y, same ExecID), not a gap fill that silently drops its fills.
 */
class MemoryStoreResendTest {

    @TempDir
    Path dir;

    @Test
    void executionReportsAreResentFromTheMemoryStore() throws Exception {
        BarSeries s = daily("AAA", bar(10, 11, 9, 10.5), bar(10.2, 11, 10, 10.8));
        ExchangeConfig cfg = ExchangeConfig.defaults(dir).withClients(List.of(ExchangeConfig.ClientLogin.open("CL")));
        try (PaperExchange ex = new PaperExchange(cfg, new BarTape(List.of(s)), null)) {
            ex.start();
            try (RawFixClient c = new RawFixClient(ex.port(), "CL", "QFORGE-EX")) {
                c.logon(30);
                assertThat(c.readUntil("A")).isNotNull();
                c.sendRaw(c.message("V", 2, 262, "md", 263, 1, 264, 1, 267, 1, 269, 5, 146, 1, 55, "AAA"));
                assertThat(c.readUntil("X")).isNotNull();
                c.sendRaw(c.message("D", 3, 11, "a", 21, 1, 55, "AAA", 54, 1, 60, "20240102-21:00:00", 38, 10, 40, 2, 44, 5, 59, 1));
                Map<Integer, String> accepted = c.readUntil("8");
                assertThat(accepted).containsEntry(150, "0");
                String seq = accepted.get(34);

                c.sendRaw(c.message("2", 4, 7, seq, 16, seq));
                Map<Integer, String> again = c.read();
                assertThat(again).containsEntry(35, "8").containsEntry(34, seq).containsEntry(43, "Y")
                        .containsEntry(17, accepted.get(17)).containsEntry(11, "a").containsEntry(150, "0");
            }
        }
    }
}
