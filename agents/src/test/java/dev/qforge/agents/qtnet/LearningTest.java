package dev.qforge.agents.qtnet;

import dev.qforge.agents.env.EnvConfig;
import dev.qforge.agents.env.SessionEpisode;
import dev.qforge.agents.env.SyntheticIntraday;
import dev.qforge.agents.env.TradingData;
import dev.qforge.data.BarSeries;
import dev.qforge.data.Instrument;
import dev.qforge.data.Timeframe;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Learning is real: on bars whose returns carry a planted momentum (AR(1), phi 0.5) and no drift, a short seeded
 * training run must beat a random policy and buy-and-hold on sessions it never saw, by a clear margin.
 */
class LearningTest {

    static final int TRAIN_SESSIONS = 36;

    static BarSeries series() {
        return SyntheticIntraday.momentum(Instrument.usEquity("SYN"), Timeframe.M5, LocalDate.of(2024, 1, 2),
                78 * 50, 0.5, 0.002, 42);
    }

    static TrainConfig config(Variant v) {
        EnvConfig env = EnvConfig.defaults().withCosts(2.3e-5, 0).withDualThrust(2, 0.5, 0.5);
        return TrainConfig.paper(v, 7).withEnv(env).withNetwork(NetworkConfig.small(16))
                .withSchedule(2, 64, 2, 1.5, 0.01).withParallel(12);
    }

    /** Mean session return of a policy given as a function of the episode. */
    interface Chooser {
        int choose(SessionEpisode e);
    }

    static double meanReturn(TradingData data, List<Integer> sessions, Chooser c) {
        double sum = 0;
        for (int s : sessions) {
            SessionEpisode e = new SessionEpisode(data, s);
            while (!e.done()) e.step(c.choose(e));
            sum += e.equity() - 1;
        }
        return sum / sessions.size();
    }

    @Test
    void aShortTrainingRunBeatsRandomAndBuyAndHoldOnUnseenSessions() {
        BarSeries s = series();
        TrainConfig cfg = config(Variant.FULL);
        TradingData data = new TradingData(s, cfg.env());
        List<Integer> all = data.tradableSessions();
        List<Integer> train = all.subList(0, TRAIN_SESSIONS);
        List<Integer> test = all.subList(TRAIN_SESSIONS, all.size());
        QtNetAgent agent = new RdpgTrainer(cfg, data, train).train(TrainListener.NONE);

        double[] trained = new double[1];
        QtNetPolicy policy = new QtNetPolicy(agent, data);
        double sum = 0;
        for (int sess : test) {
            double eq = 1;
            for (int i = data.firstDecision(sess); i < data.sessions().end(sess); i++) {
                int pos = policy.positionAt(i);
                eq *= 1 + pos * (s.close(i + 1) / s.close(i) - 1);
            }
            sum += eq - 1;
        }
        trained[0] = sum / test.size();
        Random rnd = new Random(1);
        double random = meanReturn(data, test, e -> rnd.nextInt(2));
        double hold = meanReturn(data, test, e -> SessionEpisode.LONG);
        System.out.printf("trained %.5f random %.5f hold %.5f%n", trained[0], random, hold);
        assertThat(trained[0]).isGreaterThan(random + 0.01).isGreaterThan(hold + 0.01);
    }
}
