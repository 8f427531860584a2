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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dev.qforge.backtest.TestBars.bar;
import static dev.qforge.backtest.TestBars.daily;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * FIX answers every cancel and every cancel/replace request: when the order fills, expires or is cancelled
 * while a request is still on its way (latency), the request gets an OrderCancelReject (35=9) with
 * CxlRejReason 0 (too late to cancel) and the order's final OrdStatus, so that no client waits on a pending
 * request forever.
 */
class LateRequestAnswersTest {

    @TempDir
    Path dir;

    @Test
    void requestsOvertakenByAFillAnExpiryOrACancelAreRejectedAsTooLate() throws Exception {
        BarSeries s = daily("AAA", bar(10, 11, 9, 10.5), bar(10.2, 11, 10, 10.8), bar(10.6, 11, 10, 10.9), bar(10.6, 11, 10, 10.9),
                bar(10.6, 11, 10, 10.9));
        // orders arrive within the hour; cancels take two days and replaces three, so they are still on their way at the next close
        ExecutionModel model = ExecutionModel.defaults().withLatency(new LatencyModel(3_600_000, 2 * 86_400_000L, 3 * 86_400_000L, 0, 1));
        ExchangeConfig cfg = ExchangeConfig.defaults(dir).withClients(List.of(ExchangeConfig.ClientLogin.open("CL")))
                .withAccount(100_000, model, AccountRules.defaults()).withPacing(Pacing.lockStepMode());
        try (PaperExchange ex = new PaperExchange(cfg, new BarTape(List.of(s)), null)) {
            ex.start();
            try (RawFixClient c = new RawFixClient(ex.port(), "CL", "QFORGE-EX")) {
                c.logon(30);
                assertThat(c.readUntil("A")).isNotNull();
                c.sendRaw(c.message("V", 2, 262, "md", 263, 1, 264, 1, 267, 1, 269, 5, 146, 1, 55, "AAA"));
                assertThat(c.readUntil("X")).isNotNull();
                // a: GTC buy limit 10.4, fills at the next bar (low 10); its cancel is still on its way then
                c.sendRaw(c.message("D", 3, 11, "a", 21, 1, 55, "AAA", 54, 1, 60, "20240102-21:00:00", 38, 10, 40, 2, 44, 10.4, 59, 1));
                assertThat(c.readUntil("8")).containsEntry(150, "0");
                c.sendRaw(c.message("F", 4, 41, "a", 11, "a-c", 55, "AAA", 54, 1, 60, "20240102-21:00:00"));
                assertThat(c.readUntil("8")).containsEntry(150, "6").containsEntry(11, "a-c");
                // b: DAY buy limit 5, expires at the next close; its replace is still on its way then
                c.sendRaw(c.message("D", 5, 11, "b", 21, 1, 55, "AAA", 54, 1, 60, "20240102-21:00:00", 38, 10, 40, 2, 44, 5, 59, 0));
                assertThat(c.readUntil("8")).containsEntry(150, "0");
                c.sendRaw(c.message("G", 6, 41, "b", 11, "b-r", 21, 1, 55, "AAA", 54, 1, 60, "20240102-21:00:00", 38, 8, 40, 2, 44, 6, 59, 0));
                assertThat(c.readUntil("8")).containsEntry(150, "E").containsEntry(11, "b-r");
                // d: GTC buy limit 5 with a replace and then a cancel on their way; the cancel arrives first
                c.sendRaw(c.message("D", 7, 11, "d", 21, 1, 55, "AAA", 54, 1, 60, "20240102-21:00:00", 38, 10, 40, 2, 44, 5, 59, 1));
                assertThat(c.readUntil("8")).containsEntry(150, "0");

                c.sendRaw(c.message("1", 8, 112, "BAR-ACK:" + s.time(0)));
                List<Map<Integer, String>> step1 = untilMarketData(c);
                assertThat(step1).anySatisfy(m -> assertThat(m).containsEntry(35, "8").containsEntry(11, "a").containsEntry(150, "F")
                        .containsEntry(39, "2"));
                assertThat(step1).anySatisfy(m -> assertThat(m).containsEntry(35, "8").containsEntry(11, "b").containsEntry(150, "C"));
                assertThat(step1).anySatisfy(m -> assertThat(m).containsEntry(35, "9").containsEntry(11, "a-c").containsEntry(41, "a")
                        .containsEntry(434, "1").containsEntry(102, "0").containsEntry(39, "2"));
                assertThat(step1).anySatisfy(m -> assertThat(m).containsEntry(35, "9").containsEntry(11, "b-r").containsEntry(41, "b")
                        .containsEntry(434, "2").containsEntry(102, "0").containsEntry(39, "C"));

                c.sendRaw(c.message("G", 9, 41, "d", 11, "d-r", 21, 1, 55, "AAA", 54, 1, 60, "20240102-21:00:00", 38, 8, 40, 2, 44, 6, 59, 1));
                assertThat(c.readUntil("8")).containsEntry(150, "E").containsEntry(11, "d-r");
                c.sendRaw(c.message("F", 10, 41, "d", 11, "d-c", 55, "AAA", 54, 1, 60, "20240102-21:00:00"));
                assertThat(c.readUntil("8")).containsEntry(150, "6").containsEntry(11, "d-c");
                c.sendRaw(c.message("1", 11, 112, "BAR-ACK:" + s.time(1)));
                assertThat(untilMarketData(c)).noneMatch(m -> "9".equals(m.get(35)) || "8".equals(m.get(35)));
                c.sendRaw(c.message("1", 12, 112, "BAR-ACK:" + s.time(2)));
                assertThat(untilMarketData(c)).noneMatch(m -> "9".equals(m.get(35)) || "8".equals(m.get(35)));
                c.sendRaw(c.message("1", 13, 112, "BAR-ACK:" + s.time(3)));
                // at the fifth close (Monday) both arrived; the cancel goes first and the replace is too late
                List<Map<Integer, String>> step4 = untilMarketData(c);
                assertThat(step4).anySatisfy(m -> assertThat(m).containsEntry(35, "8").containsEntry(11, "d-c").containsEntry(150, "4"));
                assertThat(step4).anySatisfy(m -> assertThat(m).containsEntry(35, "9").containsEntry(11, "d-r").containsEntry(41, "d")
                        .containsEntry(434, "2").containsEntry(102, "0").containsEntry(39, "4"));
            }
        }
    }

    /** Every message up to and including the next market data refresh (a step's reports go out before its bars). */
    private static List<Map<Integer, String>> untilMarketData(RawFixClient c) throws Exception {
        List<Map<Integer, String>> out = new ArrayList<>();
        for (Map<Integer, String> m = c.read(); m != null; m = c.read()) {
            out.add(m);
            if ("X".equals(m.get(35))) return out;
        }
        return out;
    }
}
