package dev.qforge.paper;

import dev.qforge.data.BarSeries;
import dev.qforge.data.store.Database;
import dev.qforge.paper.client.PaperTrader;
import dev.qforge.paper.client.TraderConfig;
import dev.qforge.paper.exchange.BarTape;
import dev.qforge.paper.exchange.ExchangeConfig;
import dev.qforge.paper.exchange.Pacing;
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

/** With a speed factor the replay runs on without waiting for acknowledgements, and the client still sees every bar. */
class SpeedPacingTest {

    @TempDir
    Path dir;

    @Test
    void aSpeedFactorPacesTheReplayAndTheClientSeesEveryBar() throws Exception {
        List<BarSeries> data = PaperParityTest.data(30);
        // daily bars at 5,000,000x: about 17 ms of wall time per bar
        ExchangeConfig cfg = ExchangeConfig.defaults(dir).withPacing(Pacing.speedFactor(5_000_000));
        try (Database d = Database.inMemory("speed"); PaperDatabase db = PaperDatabase.of(d);
             PaperExchange ex = new PaperExchange(cfg, new BarTape(data), db)) {
            ex.start();
            TraderConfig tc = TraderConfig.of("127.0.0.1", ex.port(), dir, "speed").withStore(StoreKind.MEMORY);
            try (PaperTrader t = new PaperTrader(tc, StrategyRegistry.builtIns().create("sma-cross", List.of("fast=3", "slow=8")), db,
                    Clock.systemUTC())) {
                long t0 = System.nanoTime();
                t.start();
                assertThat(t.awaitFinished(60, TimeUnit.SECONDS)).isTrue();
                assertThat(t.bars()).isEqualTo(30);
                // 29 gaps of at least one day each, at 5e6x: at least 29 * 86.4e6 / 5e6 ms of pacing
                assertThat((System.nanoTime() - t0) / 1e6).isGreaterThanOrEqualTo(29 * 86_400_000.0 / 5_000_000);
                assertThat(t.host().allOrders()).allMatch(o -> !o.isOpen());
            }
        }
        assertThatThrownBy(() -> Pacing.speedFactor(0)).hasMessageContaining("positive");
    }
}
