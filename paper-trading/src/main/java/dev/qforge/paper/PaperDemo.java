package dev.qforge.paper;

import dev.qforge.backtest.BacktestConfig;
import dev.qforge.backtest.Strategy;
import dev.qforge.backtest.order.Fill;
import dev.qforge.backtest.order.OrderEvent;
import dev.qforge.backtest.portfolio.Portfolio;
import dev.qforge.data.BarSeries;
import dev.qforge.paper.client.PaperTrader;
import dev.qforge.paper.client.TraderConfig;
import dev.qforge.paper.exchange.BarTape;
import dev.qforge.paper.exchange.ExchangeConfig;
import dev.qforge.paper.exchange.Pacing;
import dev.qforge.paper.exchange.PaperExchange;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Exchange and client in one process on loopback, in lock-step: what {@code qforge paper demo} runs and
 * what the parity test compares with a backtest. The exchange account gets the backtest config's cash,
 * execution models and rules, and so does the client's portfolio.
 */
public final class PaperDemo {

    /** What a paper run ended with: the client's fills, order log and portfolio, and its warnings. */
    public record Result(List<Fill> fills, List<OrderEvent> events, Portfolio portfolio, int bars, List<String> warnings,
                         int port) {
    }

    private PaperDemo() {
    }

    public static Result run(List<BarSeries> data, Strategy strategy, BacktestConfig cfg, Path workDir, PaperDatabase db,
                             StoreKind store, String runId, long timeoutSeconds) throws InterruptedException {
        ExchangeConfig ex = ExchangeConfig.defaults(workDir).withAccount(cfg.initialCash(), cfg.execution(), cfg.rules())
                .withPacing(Pacing.lockStepMode()).withStore(store, false);
        try (PaperExchange exchange = new PaperExchange(ex, new BarTape(data), db)) {
            exchange.start();
            TraderConfig tc = TraderConfig.of("127.0.0.1", exchange.port(), workDir, runId).withStore(store)
                    .withAccount(cfg.initialCash(), cfg.rules());
            try (PaperTrader trader = new PaperTrader(tc, strategy, db, Clock.systemUTC())) {
                trader.start();
                if (!trader.awaitFinished(timeoutSeconds, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("paper run " + runId + " did not finish within " + timeoutSeconds + " s (bar "
                            + trader.bars() + " of " + exchange.steps() + ")");
                }
                return new Result(List.copyOf(trader.host().fills()), List.copyOf(trader.host().events()), trader.portfolio(),
                        trader.bars(), trader.warnings(), exchange.port());
            }
        }
    }
}
