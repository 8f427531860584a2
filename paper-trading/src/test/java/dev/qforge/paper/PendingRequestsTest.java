package dev.qforge.paper;

import dev.qforge.backtest.model.AccountRules;
import dev.qforge.backtest.model.ExecutionModel;
import dev.qforge.backtest.model.LatencyModel;
import dev.qforge.data.BarSeries;
import dev.qforge.paper.exchange.BarTape;
import dev.qforge.paper.exchange.ExchangeConfig;
import dev.qforge.paper.exchange.Pacing;
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
 * With cancel and replace latency, requests are pending until the next bar: the exchange says so (ExecType 6 and
 * E), refuses a second cancel of the same order, answers a replace that a later one superseded, and applies
 * what arrived once the bar closes (ExecType 4 and 5 with the request's ClOrdID and the original as OrigClOrdID).
 */
class PendingRequestsTest {

    @TempDir
    Path dir;

    @Test
    void pendingCancelsAndReplacesGetTheirAnswers() throws Exception {
        BarSeries s = daily("AAA", bar(10, 11, 9, 10.5), bar(10.2, 11, 10, 10.8), bar(10.6, 11, 10, 10.9));
        ExecutionModel model = ExecutionModel.defaults().withLatency(LatencyModel.of(3_600_000, 0, 1));
        ExchangeConfig cfg = ExchangeConfig.defaults(dir).withClients(List.of(ExchangeConfig.ClientLogin.open("CL")))
                .withAccount(100_000, model, AccountRules.defaults()).withPacing(Pacing.lockStepMode());
        try (PaperExchange ex = new PaperExchange(cfg, new BarTape(List.of(s)), null)) {
            ex.start();
            try (RawFixClient c = new RawFixClient(ex.port(), "CL", "QFORGE-EX")) {
                c.logon(30);
                assertThat(c.readUntil("A")).isNotNull();
                c.sendRaw(c.message("V", 2, 262, "md", 263, 1, 264, 1, 267, 1, 269, 5, 146, 1, 55, "AAA"));
                assertThat(c.readUntil("X")).isNotNull();
                // two resting buy limits far below the market
                c.sendRaw(c.message("D", 3, 11, "a", 21, 1, 55, "AAA", 54, 1, 60, "20240102-21:00:00", 38, 10, 40, 2, 44, 5, 59, 1));
                assertThat(c.readUntil("8")).containsEntry(150, "0");
                c.sendRaw(c.message("D", 4, 11, "b", 21, 1, 55, "AAA", 54, 1, 60, "20240102-21:00:00", 38, 10, 40, 2, 44, 5, 59, 1));
                assertThat(c.readUntil("8")).containsEntry(150, "0");

                c.sendRaw(c.message("F", 5, 41, "a", 11, "a-c1", 55, "AAA", 54, 1, 60, "20240102-21:00:00"));
                assertThat(c.readUntil("8")).containsEntry(150, "6").containsEntry(39, "6").containsEntry(11, "a-c1");
                c.sendRaw(c.message("F", 6, 41, "a", 11, "a-c2", 55, "AAA", 54, 1, 60, "20240102-21:00:00"));
                assertThat(c.readUntil("9")).containsEntry(11, "a-c2").containsEntry(102, "3");

                c.sendRaw(c.message("G", 7, 41, "b", 11, "b-r1", 21, 1, 55, "AAA", 54, 1, 60, "20240102-21:00:00", 38, 8, 40, 2, 44, 6, 59, 1));
                assertThat(c.readUntil("8")).containsEntry(150, "E").containsEntry(11, "b-r1");
                c.sendRaw(c.message("G", 8, 41, "b", 11, "b-r2", 21, 1, 55, "AAA", 54, 1, 60, "20240102-21:00:00", 38, 6, 40, 2, 44, 7, 59, 1));
                Map<Integer, String> superseded = c.readUntil("9");
                assertThat(superseded).containsEntry(11, "b-r1").containsEntry(434, "2");
                assertThat(superseded.get(58)).contains("superseded by b-r2");
                assertThat(c.readUntil("8")).containsEntry(150, "E").containsEntry(11, "b-r2");

                // the next bar closes: both requests have arrived (one hour after they were sent)
                c.sendRaw(c.message("1", 9, 112, "BAR-ACK:" + s.time(0)));
                Map<Integer, String> cancelled = c.readUntil("8");
                Map<Integer, String> replaced = c.readUntil("8");
                if (!"4".equals(cancelled.get(150))) { Map<Integer, String> x = cancelled; cancelled = replaced; replaced = x; }
                assertThat(cancelled).containsEntry(150, "4").containsEntry(39, "4").containsEntry(11, "a-c1").containsEntry(41, "a");
                assertThat(replaced).containsEntry(150, "5").containsEntry(39, "0").containsEntry(11, "b-r2").containsEntry(41, "b")
                        .containsEntry(38, "6").containsEntry(44, "7").containsEntry(151, "6");
            }
        }
    }
}
