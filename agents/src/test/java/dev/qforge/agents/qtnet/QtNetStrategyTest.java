package dev.qforge.agents.qtnet;

import dev.qforge.agents.env.EnvConfig;
import dev.qforge.agents.env.SyntheticIntraday;
import dev.qforge.agents.env.TradingData;
import dev.qforge.backtest.BacktestResult;
import dev.qforge.data.BarSeries;
import dev.qforge.data.Instrument;
import dev.qforge.data.Timeframe;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** The policy as a strategy in the backtester earns what the environment says it earns. */
class QtNetStrategyTest {

    static BarSeries series() {
        return SyntheticIntraday.momentum(Instrument.crypto("SYNUSD", "USD"), Timeframe.M15, LocalDate.of(2024, 1, 1), 96 * 5, 0.3, 0.003, 8);
    }

    /**
     * The greedy policy's return booked by hand like a broker: on a change of side close the quantity, then open
     * equity / close units, each fill paying the cost rate on its notional; marked at closes.
     */
    static double envReturn(QtNetAgent agent, TradingData data) {
        QtNetPolicy p = new QtNetPolicy(agent, data);
        double[] c = data.series().closes();
        double cost = data.config().costRate();
        double cash = 1, qty = 0;
        for (int i = 0; i < c.length; i++) {
            int pos = p.positionAt(i);
            if (Math.signum(qty) != pos) {
                if (qty != 0) {
                    cash += qty * c[i] - Math.abs(qty) * c[i] * cost;
                    qty = 0;
                }
                if (pos != 0) {
                    qty = pos * cash / c[i];
                    cash -= qty * c[i] + Math.abs(qty) * c[i] * cost;
                }
            }
        }
        return cash + qty * c[c.length - 1] - 1;
    }

    @Test
    void backtestOfThePolicyMatchesTheEnvironmentWithoutCosts() {
        BarSeries s = series();
        EnvConfig env = EnvConfig.defaults().withCosts(0, 0).withDualThrust(1, 0.5, 0.5);
        QtNetAgent agent = new QtNetAgent(NetworkConfig.small(8), env.observationSize(), 4, 3);
        double expected = envReturn(agent, new TradingData(s, env));
        BacktestResult r = QtNetEvaluation.policy(agent, s, s, env);
        assertThat(r.fills()).isNotEmpty();
        assertThat(r.orders()).allMatch(o -> o.status() == dev.qforge.backtest.order.OrderStatus.FILLED);
        assertThat(r.finalEquity() / r.equity()[0] - 1).isCloseTo(expected, within(1e-9));
    }

    @Test
    void withCostsTheDifferenceIsOnlySecondOrder() {
        BarSeries s = series();
        EnvConfig env = EnvConfig.defaults().withCosts(2.3e-5, 1.0).withDualThrust(1, 0.5, 0.5);
        QtNetAgent agent = new QtNetAgent(NetworkConfig.small(8), env.observationSize(), 4, 3);
        double expected = envReturn(agent, new TradingData(s, env));
        BacktestResult r = QtNetEvaluation.policy(agent, s, s, env);
        int fills = r.fills().size();
        // the backtester applies slippage as a worse fill price (which also moves the sizing and the marks) where the
        // environment charges it as cash: the two agree within a tenth of the costs paid, not to the cent
        double costs = fills * 1.23e-4;
        assertThat(costs).isGreaterThan(0.003);
        assertThat(r.finalEquity() / r.equity()[0] - 1).isCloseTo(expected, within(0.1 * costs));
    }

    @Test
    void refusesDataItWasNotBuiltFor() {
        BarSeries s = series();
        EnvConfig env = EnvConfig.defaults().withDualThrust(1, 0.5, 0.5);
        QtNetAgent agent = new QtNetAgent(NetworkConfig.small(8), env.observationSize(), 4, 3);
        BarSeries other = SyntheticIntraday.momentum(Instrument.crypto("SYNUSD", "USD"), Timeframe.M15, LocalDate.of(2024, 1, 1), 96 * 5, 0.3, 0.003, 9);
        assertThatThrownBy(() -> QtNetEvaluation.run(new QtNetStrategy(agent, new TradingData(s, env), 1), other, env))
                .hasStackTraceContaining("built for other data");
    }
}
