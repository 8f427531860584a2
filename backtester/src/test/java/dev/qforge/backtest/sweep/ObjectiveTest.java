package dev.qforge.backtest.sweep;

import dev.qforge.backtest.BacktestConfig;
import dev.qforge.backtest.BacktestResult;
import dev.qforge.data.Instrument;
import dev.qforge.data.TradingSession;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class ObjectiveTest {

    private static final Instrument X = Instrument.usEquity("X");
    private static final TradingSession NYSE = X.session();
    private static final long HOUR = 3_600_000;

    /** A result with the given step times and equity, 100,000 of initial cash, nothing else. */
    private static BacktestResult curve(long[] time, double... equity) {
        int n = time.length;
        return new BacktestResult(List.of(X), BacktestConfig.defaults(), time, equity, equity.clone(), new double[n],
                List.of(), List.of(), List.of(), List.of(), 0, 0);
    }

    private static long close(int day) {
        return NYSE.closeMillis(LocalDate.of(2024, 1, day));
    }

    @Test
    void totalReturnAndFinalEquity() {
        BacktestResult r = curve(new long[] {close(2), close(3)}, 100_000, 104_500);
        assertThat(Objective.TOTAL_RETURN.applyAsDouble(r)).isCloseTo(0.045, within(1e-15));
        assertThat(Objective.FINAL_EQUITY.applyAsDouble(r)).isEqualTo(104_500);
        BacktestResult empty = curve(new long[0]);
        assertThat(Objective.FINAL_EQUITY.applyAsDouble(empty)).isEqualTo(100_000);
        assertThat(Objective.TOTAL_RETURN.applyAsDouble(empty)).isZero();
    }

    @Test
    void sharpeUsesDayEndEquityFromTheInitialCash() {
        // day ends 101,000 / 99,990 / 102,000 / 102,000 from 100,000: returns 0.01, -0.01, 0.0201020102..., 0;
        // mean 0.00502550255, sample stdev 0.01294949305, x sqrt(252) = 6.1606565964852 (40-digit decimals)
        // the intraday steps at 1pm and 2pm New York (and 104,000) are not day ends and do not count
        long[] t = {close(2), close(3) - 3 * HOUR, close(3), close(4), close(5) - 2 * HOUR, close(5), close(8)};
        BacktestResult r = curve(t, 101_000, 104_000, 99_990, 102_000, 50_000, 102_000, 102_000);
        // 2024-01-05 is a Friday, 2024-01-08 the next Monday: five day ends, the last two with zero returns
        assertThat(Objective.dailyReturns(r)).containsExactly(new double[] {0.01, -0.01, 102_000 / 99_990.0 - 1, 0, 0},
                within(1e-15));
        BacktestResult days = curve(new long[] {close(2), close(3), close(4), close(5)}, 101_000, 99_990, 102_000, 102_000);
        assertThat(Objective.SHARPE.applyAsDouble(days)).isCloseTo(6.160656596485218, within(1e-12));
        assertThat(Objective.dailyReturns(days)).containsExactly(new double[] {0.01, -0.01, 102_000 / 99_990.0 - 1, 0},
                within(1e-15));
    }

    @Test
    void sharpeIsNaNWhenUndefined() {
        assertThat(Objective.SHARPE.applyAsDouble(curve(new long[] {close(2)}, 101_000))).isNaN(); // one return
        assertThat(Objective.SHARPE.applyAsDouble(curve(new long[] {close(2), close(3), close(4)}, 100_000, 100_000, 100_000)))
                .isNaN(); // flat
        // constant 1% growth: stdev is zero up to rounding
        assertThat(Objective.SHARPE.applyAsDouble(curve(new long[] {close(2), close(3), close(4)}, 101_000, 102_010, 103_030.1)))
                .isNaN();
        // a return measured from a non-positive equity is undefined
        assertThat(Objective.SHARPE.applyAsDouble(curve(new long[] {close(2), close(3), close(4)}, -5, 10, 20))).isNaN();
    }

    @Test
    void parseAcceptsLabelsAndAliases() {
        assertThat(Objective.parse("sharpe")).isEqualTo(Objective.SHARPE);
        assertThat(Objective.parse(" Total_Return ")).isEqualTo(Objective.TOTAL_RETURN);
        assertThat(Objective.parse("return")).isEqualTo(Objective.TOTAL_RETURN);
        assertThat(Objective.parse("FINAL-EQUITY")).isEqualTo(Objective.FINAL_EQUITY);
        assertThat(Objective.parse("equity")).isEqualTo(Objective.FINAL_EQUITY);
        assertThatThrownBy(() -> Objective.parse("sortino"))
                .hasMessage("unknown objective 'sortino'; expected one of [total-return, final-equity, sharpe]");
    }
}
