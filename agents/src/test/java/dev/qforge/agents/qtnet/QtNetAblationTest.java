package dev.qforge.agents.qtnet;

import dev.qforge.agents.env.EnvConfig;
import dev.qforge.agents.env.SyntheticIntraday;
import dev.qforge.data.BarSeries;
import dev.qforge.data.Instrument;
import dev.qforge.data.Timeframe;
import dev.qforge.data.store.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The ablation table on a small synthetic crypto series: the six rows in the paper's order, buy-and-hold against the
 * price move, every agent row the mean and sample deviation of its seeds' own evaluations, files written, and a
 * second run on the same store reusing the trained models with the same table.
 */
class QtNetAblationTest {

    @TempDir
    Path dir;

    /** Eight UTC days of 15-minute bars near 24,000, so positions are fractional BTC in 1e-8 lots. */
    static BarSeries series() {
        BarSeries s = SyntheticIntraday.momentum(Instrument.crypto("SYNUSD", "USD"), Timeframe.M15, LocalDate.of(2024, 1, 1), 96 * 8, 0.3, 0.003, 11);
        BarSeries.Builder b = BarSeries.builder(s.instrument(), s.timeframe());
        for (int i = 0; i < s.size(); i++) {
            b.add(s.time(i), s.open(i) * 240, s.high(i) * 240, s.low(i) * 240, s.close(i) * 240, s.volume(i));
        }
        return b.build();
    }

    static TrainConfig base() {
        EnvConfig env = EnvConfig.defaults().withDualThrust(2, 0.5, 0.5).withWindow(4);
        return TrainConfig.paper(Variant.FULL, 1).withEnv(env).withNetwork(NetworkConfig.small(6))
                .withSchedule(1, 8, 3, 0.1, 0.05).withParallel(2).withCheckpointEvery(1000);
    }

    @Test
    void tableRowsAreTheSeedsOwnEvaluationsAndASecondRunReusesTheModels() throws Exception {
        BarSeries s = series();
        TrainConfig base = base();
        long from = s.firstTime() - 1, until = s.time(96 * 6 - 1) + 1, to = s.lastTime();
        List<Long> seeds = List.of(1L, 2L);
        try (Database db = Database.inMemory("qtnet-ablation")) {
            ModelStore store = new ModelStore(db, dir.resolve("models"), ModelStoreTest.CLOCK);
            QtNetAblation.Result r = QtNetAblation.run(store, s, "synthetic", base, from, until, until, to, seeds,
                    label -> TrainListener.NONE, dir.resolve("out"));
            assertThat(r.rows()).extracting(AblationRow::strategy)
                    .containsExactly("buy-and-hold", "dual-thrust", "rdpg", "rdpg+demo", "rdpg+demo+bc", "qtnet");
            assertThat(r.rows()).extracting(AblationRow::runs).containsExactly(1, 1, 2, 2, 2, 2);
            assertThat(store.list()).hasSize(8).allMatch(StoredModel::complete);

            // buy-and-hold: all in at the first test close, marked at the last; costs are a few basis points
            EvalWindow w = EvalWindow.of(s, until, to, base.env().dtSessions());
            BarSeries test = w.test();
            double move = test.close(test.size() - 1) / test.close(0) - 1;
            assertThat(r.rows().get(0).meanReturn()).isCloseTo(move, within(5e-4));

            // each agent row: the mean and sample sd of the stored models' own evaluations, worked out here
            for (AblationRow row : r.rows().subList(2, 6)) {
                List<Double> returns = new ArrayList<>();
                for (StoredModel m : store.list()) {
                    if (!m.variant().label().equals(row.strategy())) continue;
                    var bt = QtNetEvaluation.policy(store.loadAgent(m), s, w, m.config().env());
                    returns.add(QtNetEvaluation.metrics(bt).totalReturn());
                    // always long or short: it enters on both test days and is flat after each close (the rounding
                    // that left a satoshi behind is pinned down in the backtester's SatoshiCloseTest)
                    assertThat(bt.fills().stream().map(f -> java.time.Instant.ofEpochMilli(f.time() - 1).atZone(java.time.ZoneOffset.UTC).toLocalDate()).distinct())
                            .as(m.id()).hasSize(2);
                    assertThat(bt.positions()).as(m.id()).allMatch(p -> p.quantity() == 0);
                    // every fill is a whole position of about 4 BTC, never a leftover satoshi
                    assertThat(bt.fills()).as(m.id()).allMatch(f -> f.quantity() > 1);
                }
                assertThat(returns).hasSize(2);
                double mean = (returns.get(0) + returns.get(1)) / 2;
                double sd = Math.abs(returns.get(0) - returns.get(1)) / Math.sqrt(2);
                assertThat(row.meanReturn()).as(row.strategy()).isCloseTo(mean, within(1e-12));
                assertThat(row.sdReturn()).as(row.strategy()).isCloseTo(sd, within(1e-12));
            }
            assertThat(Files.readString(r.json())).contains("\"strategy\": \"qtnet\"").contains("\"seeds\": [1, 2]");
            assertThat(Files.readString(r.html())).contains("QTNet ablation on SYNUSD");

            // the same command again: every model is found complete, nothing retrains, the table is the same
            QtNetAblation.Result again = QtNetAblation.run(store, s, "synthetic", base, from, until, until, to, seeds,
                    label -> TrainListener.NONE, dir.resolve("out2"));
            assertThat(store.list()).hasSize(8);
            assertThat(again.rows()).isEqualTo(r.rows());
        }
    }

    @Test
    void aFlatCurvesSharpeIsShownAsADash() {
        AblationRow flat = AblationRow.of("dual-thrust", List.of(new AblationRow.Run(0, Double.NaN, 0, 0, 0)));
        assertThat(QtNetAblation.cells(List.of(flat)).get(0).get(3)).isEqualTo("–");
        AblationRow some = AblationRow.of("rdpg", List.of(new AblationRow.Run(0.01, 1.5, 0.2, 0.05, 3), new AblationRow.Run(0.03, 2.5, 0.2, 0.05, 5)));
        // mean 2.0, sample sd |2.5 - 1.5| / sqrt 2 = 0.707
        assertThat(QtNetAblation.cells(List.of(some)).get(0)).containsExactly("rdpg", "2", "2.00% ± 1.41", "2.000 ± 0.707", "20.00% ± 0.00", "5.00% ± 0.00", "4.000 ± 1.414");
    }
}
