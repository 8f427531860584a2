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
     * (equity after the close) / close units; each fill at the close moved {@code slippageBps} against the trader and
     * rounded to the 0.01 tick, paying the fee rate on its notional at that price; marked at closes.
     */
    static double envReturn(QtNetAgent agent, TradingData data) {
        QtNetPolicy p = new QtNetPolicy(agent, data);
        double[] c = data.series().closes();
        double fee = data.config().feeRate(), slip = data.config().slippageBps() / 1e4;
        assertThat(data.series().instrument().tickSize()).isEqualTo(0.01);
        double cash = 1, qty = 0;
        for (int i = 0; i < c.length; i++) {
            int pos = p.positionAt(i);
            if (Math.signum(qty) != pos) {
                if (qty != 0) {
                    double px = Math.rint(c[i] * (1 - Math.signum(qty) * slip) / 0.01) / 100; // sell a long lower, buy back higher
                    cash += qty * px - Math.abs(qty) * px * fee;
                    qty = 0;
                }
                if (pos != 0) {
                    qty = pos * cash / c[i];
                    double px = Math.rint(c[i] * (1 + pos * slip) / 0.01) / 100;
                    cash -= qty * px + Math.abs(qty) * px * fee;
                }
            }
        }
        return cash + qty * c[c.length - 1] - 1;
    }

    /** The episode returns of the same greedy policy, session by session, compounded. */
    static double episodeReturn(QtNetAgent agent, TradingData data) {
        double growth = 1;
        for (int s : data.tradableSessions()) {
            dev.qforge.agents.env.SessionEpisode e = new dev.qforge.agents.env.SessionEpisode(data, s);
            float[] obs = new float[agent.observationSize()];
            float[] state = new float[agent.stateSize()];
            while (!e.done()) {
                e.observe(obs, 0);
                float[] pi = agent.act(obs, state, 1);
                e.step(pi[1] > pi[0] ? dev.qforge.agents.env.SessionEpisode.LONG : dev.qforge.agents.env.SessionEpisode.SHORT);
            }
            growth *= e.equity();
        }
        return growth - 1;
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
    void withFeesAndSlippageTheBacktestEqualsTheEnvironmentExactly() {
        BarSeries s = series();
        EnvConfig env = EnvConfig.defaults().withCosts(2.3e-5, 1.0).withDualThrust(1, 0.5, 0.5);
        QtNetAgent agent = new QtNetAgent(NetworkConfig.small(8), env.observationSize(), 4, 3);
        TradingData data = new TradingData(s, env);
        double broker = envReturn(agent, data);
        BacktestResult r = QtNetEvaluation.policy(agent, s, s, env);
        // enough trading for the costs to matter: each fill pays about 1.23e-4 of the equity
        assertThat(r.fills().size() * 1.23e-4).isGreaterThan(0.003);
        assertThat(r.fees()).isPositive();
        double backtest = r.finalEquity() / r.equity()[0] - 1;
        assertThat(backtest).isCloseTo(broker, within(1e-9));
        // the environment's episodes book exactly the same money
        assertThat(episodeReturn(agent, data)).isCloseTo(broker, within(1e-9));
        // and the naive "fee + slippage on the notional at the close" of the old environment is off by far more
        double naive = naiveReturn(agent, data);
        assertThat(Math.abs(naive - broker)).isGreaterThan(1e-6);
    }

    /** The old environment's cost model: fee + slippage as one rate on the notional at the close, no tick rounding. */
    static double naiveReturn(QtNetAgent agent, TradingData data) {
        QtNetPolicy p = new QtNetPolicy(agent, data);
        double[] c = data.series().closes();
        double cost = data.config().feeRate() + data.config().slippageBps() / 1e4;
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
    void refusesDataItWasNotBuiltFor() {
        BarSeries s = series();
        EnvConfig env = EnvConfig.defaults().withDualThrust(1, 0.5, 0.5);
        QtNetAgent agent = new QtNetAgent(NetworkConfig.small(8), env.observationSize(), 4, 3);
        BarSeries other = SyntheticIntraday.momentum(Instrument.crypto("SYNUSD", "USD"), Timeframe.M15, LocalDate.of(2024, 1, 1), 96 * 5, 0.3, 0.003, 9);
        assertThatThrownBy(() -> QtNetEvaluation.run(new QtNetStrategy(agent, new TradingData(s, env), 1), other, env))
                .hasStackTraceContaining("built for other data");
    }
}
