package dev.qforge.backtest.sweep;

import dev.qforge.backtest.BacktestConfig;
import dev.qforge.backtest.BacktestEngine;
import dev.qforge.backtest.BacktestResult;
import dev.qforge.backtest.Strategy;
import dev.qforge.backtest.model.ExecutionModel;
import dev.qforge.backtest.model.PerShareCommission;
import dev.qforge.backtest.order.Fill;
import dev.qforge.data.BarSeries;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class TestSegmentTest {

    /** Buys 10 on even steps and sells 10 on odd ones; each order fills at the next bar's open. */
    private static Strategy churn() {
        int[] step = {0};
        return ctx -> {
            if (step[0]++ % 2 == 0) ctx.buy("X", 10);
            else ctx.sell("X", 10);
        };
    }

    @Test
    void theTestPartStartsFromTheAccountTheTrainPartLeft() {
        // flat price 10, 0.01 a share: every fill costs 0.10 and equity only falls by the fees
        BacktestConfig config = BacktestConfig.defaults()
                .withExecution(ExecutionModel.defaults().withCommission(new PerShareCommission(0.01, 0)));
        BarSeries x = SweepFixtures.closes(10, 10, 10, 10, 10, 10, 10, 10, 10, 10);
        BacktestEngine engine = new BacktestEngine(config);
        BacktestResult full = engine.run(List.of(x), churn());           // fills at bars 1..9: 0.90 of fees
        BacktestResult trainOnly = engine.run(List.of(x.slice(0, 6)), churn()); // fills at bars 1..5: 0.50
        // the shared part of the two runs is the same run
        assertThat(Arrays.copyOf(full.equity(), 6)).containsExactly(trainOnly.equity());

        BacktestResult test = TestSegment.of(full, trainOnly, x.time(6));
        assertThat(test.time()).containsExactly(x.slice(6, 10).times());
        assertThat(test.config().initialCash()).isCloseTo(100_000 - 0.5, within(1e-9));
        assertThat(test.finalEquity()).isCloseTo(100_000 - 0.9, within(1e-9));
        assertThat(test.fills()).extracting(Fill::time).containsExactly(x.time(6), x.time(7), x.time(8), x.time(9));
        assertThat(test.fees()).isCloseTo(0.4, within(1e-12));
        assertThat(test.fees()).isCloseTo(test.fills().stream().mapToDouble(Fill::commission).sum(), within(1e-12));
        assertThat(test.borrowCost()).isZero();
        assertThat(test.events()).allMatch(e -> e.time() >= x.time(6));
        assertThat(Objective.TOTAL_RETURN.applyAsDouble(test)).isCloseTo(-0.4 / (100_000 - 0.5), within(1e-15));
    }
}
