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

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A client killed mid-session and restarted, and an exchange restarted mid-session, end with the positions,
 * cash and fills of an uninterrupted run (the backtest of the same strategy, which the parity test ties to an
 * uninterrupted paper run): nothing lost, nothing counted twice.
 */
class PaperRecoveryTest {

    @TempDir
    Path dir;

    private final List<BarSeries> data = PaperParityTest.data(90);
    private final BacktestConfig cfg = BacktestConfig.defaults().withExecution(
            BacktestConfig.defaults().execution().withCommission(CommissionModel.bps(5, 1)));

    @org.junit.jupiter.params.ParameterizedTest(name = "killed after bars {0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"3", "37", "20,61"})
    void clientKilledAndRestartedEndsLikeAnUninterruptedRun(String killPoints) throws Exception {
        BacktestResult bt = new BacktestEngine(cfg).run(data, new BusyStrategy());
        try (Database d = Database.inMemory("recover-client-" + killPoints.replace(',', '-')); PaperDatabase db = PaperDatabase.of(d);
             PaperExchange ex = exchange(db, 0, StoreKind.FILE, false)) {
            ex.start();
            TraderConfig tc = trader(ex.port());
            for (String k : killPoints.split(",")) {
                PaperTrader t = new PaperTrader(tc, new BusyStrategy(), db, Clock.systemUTC());
                t.start();
                assertThat(t.awaitBars(Integer.parseInt(k), 60, TimeUnit.SECONDS)).isTrue();
                t.kill();
                assertThat(t.bars()).isLessThan(data.get(0).size());
            }
            try (PaperTrader last = new PaperTrader(tc, new BusyStrategy(), db, Clock.systemUTC())) {
                last.start();
                assertThat(last.awaitFinished(90, TimeUnit.SECONDS)).isTrue();
                assertThat(last.host().fills()).containsExactlyElementsOf(bt.fills());
                assertThat(last.portfolio().cash()).isEqualTo(bt.cash()[bt.cash().length - 1]);
                assertThat(last.portfolio().positions()).isEqualTo(bt.positions());
                assertThat(ex.account("QFORGE-CL")[0]).isEqualTo(bt.cash()[bt.cash().length - 1]);
            }
        }
    }

    @Test
    void exchangeRestartedMidSessionEndsLikeAnUninterruptedRun() throws Exception {
        BacktestResult bt = new BacktestEngine(cfg).run(data, new BusyStrategy());
        try (Database d = Database.inMemory("recover-exchange"); PaperDatabase db = PaperDatabase.of(d)) {
            PaperExchange ex = exchange(db, 0, StoreKind.JDBC, true);
            ex.start();
            int port = ex.port();
            try (PaperTrader trader = new PaperTrader(trader(port), new BusyStrategy(), db, Clock.systemUTC())) {
                trader.start();
                assertThat(trader.awaitBars(41, 60, TimeUnit.SECONDS)).isTrue();
                ex.close();
                try (PaperExchange again = exchange(db, port, StoreKind.JDBC, true)) {
                    again.start();
                    assertThat(trader.awaitFinished(90, TimeUnit.SECONDS)).isTrue();
                    assertThat(trader.host().fills()).containsExactlyElementsOf(bt.fills());
                    assertThat(trader.portfolio().cash()).isEqualTo(bt.cash()[bt.cash().length - 1]);
                    assertThat(trader.portfolio().positions()).isEqualTo(bt.positions());
                    // the broker's books agree with the client's
                    assertThat(again.account("QFORGE-CL")[0]).isEqualTo(bt.cash()[bt.cash().length - 1]);
                }
            }
        }
    }

    private PaperExchange exchange(PaperDatabase db, int port, StoreKind store, boolean journal) {
        ExchangeConfig ex = ExchangeConfig.defaults(dir.resolve("exchange")).withPort(port)
                .withAccount(cfg.initialCash(), cfg.execution(), cfg.rules()).withPacing(Pacing.lockStepMode()).withStore(store, journal);
        return new PaperExchange(ex, new BarTape(data), db);
    }

    private TraderConfig trader(int port) {
        return TraderConfig.of("127.0.0.1", port, dir.resolve("client"), "recover").withStore(StoreKind.FILE)
                .withAccount(cfg.initialCash(), cfg.rules());
    }
}
