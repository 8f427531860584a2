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
 * A recovering client re-sends the requests it is not sure left before its crash with PossResend (97=Y) and
 * fresh sequence numbers. A cancel or a replace the exchange has already handled must then be answered with
 * where the order stands (an order status report, ExecType I), as a re-sent new order is, and not refused
 * as a duplicate ClOrdID: the request did not fail, it was carried out.
 */
class PossResendRequestsTest {

    @TempDir
    Path dir;

    @Test
    void reSentCancelAndReplaceAreAnsweredWithTheOrdersStatus() throws Exception {
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
                assertThat(c.readUntil("8")).containsEntry(150, "0");
                c.sendRaw(c.message("F", 4, 41, "a", 11, "a-c", 55, "AAA", 54, 1, 60, "20240102-21:00:00"));
                assertThat(c.readUntil("8")).containsEntry(150, "4").containsEntry(11, "a-c");
                c.sendRaw(c.message("D", 5, 11, "b", 21, 1, 55, "AAA", 54, 1, 60, "20240102-21:00:00", 38, 10, 40, 2, 44, 5, 59, 1));
                assertThat(c.readUntil("8")).containsEntry(150, "0");
                c.sendRaw(c.message("G", 6, 41, "b", 11, "b-r", 21, 1, 55, "AAA", 54, 1, 60, "20240102-21:00:00", 38, 8, 40, 2, 44, 6, 59, 1));
                assertThat(c.readUntil("8")).containsEntry(150, "5").containsEntry(11, "b-r").containsEntry(38, "8");

                // the same requests again, as a recovering client re-sends them
                c.sendRaw(c.message("F", 7, 97, "Y", 41, "a", 11, "a-c", 55, "AAA", 54, 1, 60, "20240102-21:00:00"));
                Map<Integer, String> cancelAgain = c.read();
                assertThat(cancelAgain).containsEntry(35, "8").containsEntry(150, "I").containsEntry(39, "4").containsEntry(151, "0");
                c.sendRaw(c.message("G", 8, 97, "Y", 41, "b", 11, "b-r", 21, 1, 55, "AAA", 54, 1, 60, "20240102-21:00:00", 38, 8, 40, 2,
                        44, 6, 59, 1));
                Map<Integer, String> replaceAgain = c.read();
                assertThat(replaceAgain).containsEntry(35, "8").containsEntry(150, "I").containsEntry(39, "0").containsEntry(11, "b-r")
                        .containsEntry(38, "8").containsEntry(44, "6");

                // without PossResend a reused ClOrdID is still a duplicate
                c.sendRaw(c.message("F", 9, 41, "b", 11, "b-r", 55, "AAA", 54, 1, 60, "20240102-21:00:00"));
                assertThat(c.read()).containsEntry(35, "9").containsEntry(102, "6");
            }
        }
    }
}
