package dev.qforge.paper;

import dev.qforge.data.BarSeries;
import dev.qforge.data.Instrument;
import dev.qforge.paper.exchange.BarTape;
import dev.qforge.paper.exchange.ExchangeConfig;
import dev.qforge.paper.exchange.PaperExchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static dev.qforge.backtest.TestBars.bar;
import static dev.qforge.backtest.TestBars.daily;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * In lock-step the exchange waits for each subscriber to acknowledge the bars it was sent. A client that
 * subscribed to some symbols only is sent nothing at a step where none of them has a bar, so it has nothing
 * to acknowledge: the replay must go on, not wait for it forever.
 */
class LockStepSubsetTest {

    @TempDir
    Path dir;

    @Test
    void aStepWithNothingForTheSubscriberDoesNotStallTheReplay() throws Exception {
        // AAA trades on Jan 2 and 3, BBB on Jan 3, 4 and 5: the last two steps have BBB bars only
        BarSeries aaa = daily("AAA", bar(10, 11, 9, 10.5), bar(10.2, 11, 10, 10.8));
        BarSeries bbb = daily(Instrument.usEquity("BBB"), LocalDate.of(2024, 1, 3), bar(20, 21, 19, 20.5), bar(20, 21, 19, 20.6),
                bar(20, 21, 19, 20.7));
        ExchangeConfig cfg = ExchangeConfig.defaults(dir).withClients(List.of(ExchangeConfig.ClientLogin.open("CL")));
        try (PaperExchange ex = new PaperExchange(cfg, new BarTape(List.of(aaa, bbb)), null)) {
            ex.start();
            try (RawFixClient c = new RawFixClient(ex.port(), "CL", "QFORGE-EX")) {
                c.logon(30);
                assertThat(c.readUntil("A")).isNotNull();
                c.sendRaw(c.message("V", 2, 262, "md", 263, 1, 264, 1, 267, 1, 269, 5, 146, 1, 55, "AAA"));
                assertThat(c.readUntil("X")).containsEntry(55, "AAA");
                c.sendRaw(c.message("1", 3, 112, "BAR-ACK:" + aaa.time(0)));
                assertThat(c.readUntil("X")).containsEntry(55, "AAA");
                c.sendRaw(c.message("1", 4, 112, "BAR-ACK:" + aaa.time(1)));
                assertThat(ex.awaitEnd(10, TimeUnit.SECONDS)).as("replay ended; it is at step %d of %d", ex.step(), ex.steps()).isTrue();
                assertThat(c.readUntil("h")).containsEntry(340, "3");
            }
        }
    }
}
