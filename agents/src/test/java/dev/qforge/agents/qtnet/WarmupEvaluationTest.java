package dev.qforge.agents.qtnet;

import dev.qforge.agents.env.EnvConfig;
import dev.qforge.backtest.BacktestResult;
import dev.qforge.backtest.order.Fill;
import dev.qforge.backtest.metrics.PerformanceMetrics;
import dev.qforge.data.BarSeries;
import dev.qforge.data.Instrument;
import dev.qforge.data.Timeframe;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * Dual Thrust (n = 4) on a two-session test period: without a warm-up its range is undefined for the whole test
 * and it never trades; with the four sessions before as history it breaks out on the first test session, and the
 * metrics still cover the test bars alone.
 */
class WarmupEvaluationTest {

    static final long H4 = 4 * 3_600_000L;
    static final long DAY0 = LocalDate.of(2024, 3, 1).atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli();

    /**
     * Six UTC days of six 4-hour bars. Days 1-4 (warm-up): HH 104, LL 96, HC 102, LC 98, so the range for day 5 is
     * max(104 - 98, 102 - 96) = 6 and with k = 0.5 its lines are open 100 ± 3 = 103 / 97. Day 5 closes at 104 on
     * its second bar (long at 104) and at 108 on its last (closed there). Day 6 stays at 108, inside its lines.
     */
    static BarSeries sixDays() {
        double[][] warm = {
                {101, 102, 100, 101}, {101, 104, 100, 102}, {102, 102, 99, 100}, {100, 101, 99, 100}, {100, 101, 99, 100}, {100, 101, 99, 100},
                {100, 101, 96, 98}, {98, 100, 97, 99}, {99, 100, 98, 99}, {99, 100, 98, 99}, {99, 100, 98, 99}, {99, 100, 98, 99},
                {99, 101, 98, 100}, {100, 101, 99, 100}, {100, 101, 99, 100}, {100, 101, 99, 100}, {100, 101, 99, 100}, {100, 101, 99, 100},
                {100, 101, 99, 100}, {100, 101, 99, 100}, {100, 101, 99, 100}, {100, 101, 99, 100}, {100, 101, 99, 100}, {100, 101, 99, 100}};
        double[][] test = {
                {100, 101, 99, 100.5}, {100.5, 104.5, 100, 104}, {104, 106, 103, 105}, {105, 107, 104, 106}, {106, 107, 105, 106.5}, {106.5, 108, 106, 108},
                {108, 108.2, 107.8, 108}, {108, 108.2, 107.8, 108}, {108, 108.2, 107.8, 108}, {108, 108.2, 107.8, 108}, {108, 108.2, 107.8, 108}, {108, 108.2, 107.8, 108}};
        BarSeries.Builder b = BarSeries.builder(Instrument.crypto("BTCUSD", "USD"), Timeframe.H4);
        int i = 0;
        for (double[][] part : new double[][][]{warm, test}) {
            for (double[] x : part) b.add(DAY0 + ++i * H4, x[0], x[1], x[2], x[3], 1);
        }
        return b.build();
    }

    static final long TEST_FROM = DAY0 + 24 * H4 + 1; // after day 4's last bar (closing at midnight); day 5's first closes at 04:00
    static final EnvConfig ENV = EnvConfig.defaults().withDualThrust(4, 0.5, 0.5).withCosts(0, 0);

    @Test
    void dualThrustTradesOnTheFirstTestSessionOnlyWithItsWarmup() {
        BarSeries full = sixDays();
        long testTo = full.lastTime();
        BarSeries testOnly = full.between(TEST_FROM, testTo);
        assertThat(testOnly.size()).isEqualTo(12);
        assertThat(QtNetEvaluation.dualThrust(testOnly, ENV).fills()).as("no warm-up: the 4-session range is never defined").isEmpty();

        EvalWindow w = EvalWindow.of(full, TEST_FROM, testTo, 4);
        assertThat(w.warmupSessions()).isEqualTo(4);
        assertThat(w.warmupBars()).isEqualTo(24);
        assertThat(w.testStart()).isEqualTo(DAY0 + 25 * H4);
        BacktestResult dt = QtNetEvaluation.dualThrust(w, ENV);
        assertThat(dt.fills()).hasSize(2);
        Fill in = dt.fills().get(0), out = dt.fills().get(1);
        assertThat(in.time()).isEqualTo(DAY0 + 26 * H4); // day 5, second bar
        assertThat(in.price()).isEqualTo(104);
        assertThat(out.time()).isEqualTo(DAY0 + 30 * H4); // day 5, last bar
        assertThat(out.price()).isEqualTo(108);
        assertThat(in.quantity()).isEqualTo(out.quantity());

        // the measured curve is the test period's: 12 steps, from the initial cash
        assertThat(dt.time()).hasSize(12);
        assertThat(dt.time()[0]).isEqualTo(w.testStart());
        assertThat(dt.config().initialCash()).isEqualTo(100_000);
        PerformanceMetrics m = QtNetEvaluation.metrics(dt);
        // all-in at 104 (whole 1e-8 lots), out at 108, no costs: 108 / 104 - 1 up to the lot rounding
        assertThat(m.totalReturn()).isCloseTo(108.0 / 104 - 1, within(1e-6));
        assertThat(m.totalReturn()).isCloseTo(in.quantity() * 4 / 100_000, within(1e-9));
    }

    @Test
    void metricsLeaveTheWarmupOut() {
        BarSeries full = sixDays();
        EvalWindow w = EvalWindow.of(full, TEST_FROM, full.lastTime(), 4);
        BacktestResult bh = QtNetEvaluation.buyAndHold(w, ENV);
        // bought at the first test close (100.5), not in the warm-up (101): marked at 108 at the end
        assertThat(bh.fills()).hasSize(1);
        assertThat(bh.fills().get(0).price()).isEqualTo(100.5);
        assertThat(QtNetEvaluation.metrics(bh).totalReturn()).isCloseTo(108 / 100.5 - 1, within(1e-6));
        assertThat(bh.time()).hasSize(12);
    }

    @Test
    void theWarmupIsWholeSessionsAndWhatExists() {
        BarSeries full = sixDays();
        // more sessions asked than exist: all four
        EvalWindow all = EvalWindow.of(full, TEST_FROM, full.lastTime(), 10);
        assertThat(all.warmupSessions()).isEqualTo(4);
        assertThat(all.bars().size()).isEqualTo(36);
        // a test starting mid-session: that session's earlier bars are warm-up too, plus 2 whole sessions
        EvalWindow mid = EvalWindow.of(full, DAY0 + 27 * H4, full.lastTime(), 2);
        assertThat(mid.warmupSessions()).isEqualTo(2);
        assertThat(mid.warmupBars()).isEqualTo(2 + 12);
        assertThat(mid.bars().firstTime()).isEqualTo(DAY0 + 13 * H4);
        assertThat(mid.test().size()).isEqualTo(10);
        EvalWindow none = EvalWindow.of(full, TEST_FROM, full.lastTime(), 0);
        assertThat(none.warmupBars()).isZero();
        assertThatThrownBy(() -> EvalWindow.of(full, TEST_FROM, full.lastTime(), -1)).hasMessageContaining("warm-up sessions");
        assertThatThrownBy(() -> EvalWindow.of(full, full.lastTime() + 1, full.lastTime() + 2, 4)).hasMessageContaining("no bar");
    }

    @Test
    void aStrategyTradingInTheWarmupIsCaught() {
        BarSeries full = sixDays();
        EvalWindow w = EvalWindow.of(full, TEST_FROM, full.lastTime(), 4);
        // buy-and-hold run without the PreRoll buys at the first warm-up bar: cutting it is refused
        BacktestResult unwrapped = QtNetEvaluation.buyAndHold(w.bars(), ENV);
        assertThatThrownBy(() -> PreRoll.testPart(unwrapped, w.testStart())).hasMessageContaining("warm-up");
    }
}
