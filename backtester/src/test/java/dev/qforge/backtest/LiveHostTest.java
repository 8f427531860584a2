package dev.qforge.backtest;

import dev.qforge.backtest.model.AccountRules;
import dev.qforge.backtest.model.ExecutionModel;
import dev.qforge.backtest.model.FillTiming;
import dev.qforge.backtest.portfolio.Portfolio;
import dev.qforge.backtest.venue.SimulatedVenue;
import dev.qforge.data.Bar;
import dev.qforge.data.Instrument;
import dev.qforge.data.Timeframe;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A host fed bar by bar, as paper trading will drive it: histories grow as bars arrive (past their initial
 * capacity), positions are marked at each close, and a bar out of order is refused.
 */
class LiveHostTest {

    @Test
    void barsArriveOneByOneAndTheStrategySeesExactlyThose() {
        Instrument x = Instrument.usEquity("X");
        List<Instrument> ins = List.of(x);
        SimulatedClock clock = new SimulatedClock(0);
        Portfolio portfolio = new Portfolio(ins, 10_000);
        List<Integer> sizes = new ArrayList<>();
        StrategyHost host = StrategyHost.live(ins, Timeframe.M1, portfolio, clock, ctx -> {
            sizes.add(ctx.history(0).size());
            if (ctx.history(0).size() == 1) ctx.buy("X", 10);
        });
        SimulatedVenue venue = new SimulatedVenue(ins, ExecutionModel.defaults().withTiming(FillTiming.SIGNAL_CLOSE),
                AccountRules.defaults(), portfolio, clock::millis, host::currentBar);
        host.attach(venue);
        host.start();
        for (int i = 1; i <= 300; i++) {
            long t = i * 60_000L;
            clock.set(t);
            host.barArrived(0, new Bar(t, 100 + i, 100 + i, 100 + i, 100 + i, 1000));
            host.step();
        }
        assertThat(sizes).hasSize(300).startsWith(1, 2, 3).endsWith(300);
        assertThat(host.fills()).singleElement().satisfies(f -> assertThat(f.price()).isEqualTo(101));
        // 10 shares bought at 101 and marked at the last close 400
        assertThat(portfolio.equity()).isEqualTo(10_000 + 10 * (400 - 101));
        assertThat(host.history(0).close(299)).isEqualTo(400);
        assertThatThrownBy(() -> host.barArrived(0, new Bar(300 * 60_000L, 1, 1, 1, 1, 1)))
                .hasMessageContaining("does not follow the last one");
    }
}
