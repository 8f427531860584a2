package dev.qforge.paper;

import dev.qforge.data.store.Database;
import dev.qforge.paper.client.PaperTrader;
import dev.qforge.paper.client.TraderConfig;
import dev.qforge.paper.exchange.BarTape;
import dev.qforge.paper.exchange.ExchangeConfig;
import dev.qforge.paper.exchange.PaperExchange;
import dev.qforge.strategies.StrategyRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A client with the wrong password stops at once with the exchange's reason; with the right one it trades. */
class LogonRefusedTest {

    @TempDir
    Path dir;

    @Test
    void wrongPasswordStopsTheClientWithTheReason() throws Exception {
        ExchangeConfig cfg = ExchangeConfig.defaults(dir).withClients(List.of(new ExchangeConfig.ClientLogin("QFORGE-CL", "bob", "pw1")));
        try (Database d = Database.inMemory("refused"); PaperDatabase db = PaperDatabase.of(d);
             PaperExchange ex = new PaperExchange(cfg, new BarTape(PaperParityTest.data(12)), db)) {
            ex.start();
            TraderConfig bad = TraderConfig.of("127.0.0.1", ex.port(), dir.resolve("client"), "bad").withStore(StoreKind.FILE).withLogin("bob", "nope");
            try (PaperTrader t = new PaperTrader(bad, StrategyRegistry.builtIns().create("sma-cross", List.of("fast=2", "slow=4")), db,
                    Clock.systemUTC())) {
                t.start();
                assertThatThrownBy(() -> t.awaitFinished(30, TimeUnit.SECONDS)).hasMessageContaining("logon refused")
                        .hasMessageContaining("username/password");
            }
            // the same client, password corrected: its file store carries on the sequence the refused logon used
            TraderConfig good = TraderConfig.of("127.0.0.1", ex.port(), dir.resolve("client"), "good").withStore(StoreKind.FILE).withLogin("bob", "pw1");
            try (PaperTrader t = new PaperTrader(good, StrategyRegistry.builtIns().create("sma-cross", List.of("fast=2", "slow=4")), db,
                    Clock.systemUTC())) {
                t.start();
                assertThat(t.awaitFinished(60, TimeUnit.SECONDS)).isTrue();
                assertThat(t.bars()).isEqualTo(12);
            }
        }
    }
}
