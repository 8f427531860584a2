package dev.qforge.paper;

import dev.qforge.backtest.Strategy;
import dev.qforge.backtest.StrategyContext;
import dev.qforge.backtest.order.Fill;
import dev.qforge.backtest.order.OrderRequest;
import dev.qforge.backtest.order.OrderStatus;
import dev.qforge.backtest.order.Side;
import dev.qforge.data.store.Database;
import dev.qforge.paper.client.PaperTrader;
import dev.qforge.paper.client.TraderConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The client trades against an acceptor that is not ours (see {@link OnePriceAcceptor}) and books what it reports. */
class ForeignAcceptorTest {

    @TempDir
    Path dir;

    /** Buys 10 at market on every bar. */
    static final class BuyEveryBar implements Strategy {
        @Override
        public void onBar(StrategyContext ctx) {
            ctx.submit(OrderRequest.market("XYZ", Side.BUY, 10));
        }
    }

    @Test
    void tradesAgainstAMinimalExecutorStyleAcceptor() throws Exception {
        int bars = 4;
        OnePriceAcceptor acceptor = new OnePriceAcceptor(bars);
        int port = Ports.free();
        acceptor.start(port);
        try (Database d = Database.inMemory("foreign"); PaperDatabase db = PaperDatabase.of(d)) {
            TraderConfig tc = new TraderConfig("127.0.0.1", port, "QFORGE-CL", "EXEC", null, null, StoreKind.MEMORY, dir, "foreign",
                    100_000, dev.qforge.backtest.model.AccountRules.defaults(), 30);
            try (PaperTrader t = new PaperTrader(tc, new BuyEveryBar(), db, Clock.systemUTC())) {
                t.start();
                assertThat(t.awaitFinished(30, TimeUnit.SECONDS)).isTrue();
                assertThat(t.bars()).isEqualTo(bars);
                assertThat(t.host().fills()).hasSize(bars).allSatisfy(f -> {
                    assertThat(f.price()).isEqualTo(42.5);
                    assertThat(f.quantity()).isEqualTo(10);
                    assertThat(f.commission()).isZero();
                });
                assertThat(t.portfolio().quantity(0)).isEqualTo(40);
                assertThat(t.portfolio().cash()).isEqualTo(100_000 - 40 * 42.5);
                assertThat(t.host().allOrders()).allMatch(o -> o.status() == OrderStatus.FILLED);
                assertThat(t.host().fills().stream().mapToLong(Fill::orderId)).containsExactly(1L, 2L, 3L, 4L);
            }
        } finally {
            acceptor.stop();
        }
    }

    /** A venue that says its session is open (TradingSessionStatus 340=2) does not end the run: only a close does. */
    @Test
    void aSessionOpenNoticeDoesNotEndTheRun() throws Exception {
        int bars = 3;
        OnePriceAcceptor acceptor = new OnePriceAcceptor(bars, true);
        int port = Ports.free();
        acceptor.start(port);
        try (Database d = Database.inMemory("foreign-open"); PaperDatabase db = PaperDatabase.of(d)) {
            TraderConfig tc = new TraderConfig("127.0.0.1", port, "QFORGE-CL", "EXEC", null, null, StoreKind.MEMORY, dir, "foreign-open",
                    100_000, dev.qforge.backtest.model.AccountRules.defaults(), 30);
            try (PaperTrader t = new PaperTrader(tc, new BuyEveryBar(), db, Clock.systemUTC())) {
                t.start();
                assertThat(t.awaitFinished(30, TimeUnit.SECONDS)).isTrue();
                assertThat(t.bars()).isEqualTo(bars);
                assertThat(t.host().fills()).hasSize(bars);
            }
        } finally {
            acceptor.stop();
        }
    }
}
