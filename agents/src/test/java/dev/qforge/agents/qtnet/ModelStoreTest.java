package dev.qforge.agents.qtnet;

import dev.qforge.agents.env.EnvConfig;
import dev.qforge.agents.env.SyntheticIntraday;
import dev.qforge.agents.env.TradingData;
import dev.qforge.data.BarSeries;
import dev.qforge.data.Instrument;
import dev.qforge.data.Timeframe;
import dev.qforge.data.store.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ModelStoreTest {

    @TempDir
    Path dir;

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

    static BarSeries series() {
        return SyntheticIntraday.momentum(Instrument.usEquity("SYN"), Timeframe.M15, LocalDate.of(2024, 1, 2), 26 * 10, 0.4, 0.002, 3);
    }

    static TrainConfig config(int epochs) {
        EnvConfig env = EnvConfig.defaults().withDualThrust(1, 0.5, 0.5).withWindow(4);
        return TrainConfig.paper(Variant.FULL, 5).withEnv(env).withNetwork(NetworkConfig.small(6))
                .withSchedule(epochs, 8, 3, 0.3, 0.05).withParallel(2).withCheckpointEvery(1);
    }

    /** The greedy positions of a policy over every bar of the series. */
    static List<Integer> actions(QtNetAgent agent, BarSeries s, EnvConfig env) {
        QtNetPolicy p = new QtNetPolicy(agent, new TradingData(s, env));
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) out.add(p.positionAt(i));
        return out;
    }

    static float[] probabilities(QtNetAgent agent, int obsSize) {
        float[] obs = new float[obsSize];
        for (int i = 0; i < obsSize; i++) obs[i] = (float) Math.sin(i);
        return agent.act(obs, new float[agent.stateSize()], 1);
    }

    @Test
    void savedModelLoadsWithIdenticalActions() {
        BarSeries s = series();
        TrainConfig cfg = config(1);
        AtomicReference<QtNetAgent> trained = new AtomicReference<>();
        try (Database db = Database.inMemory("qtnet-save")) {
            ModelStore store = new ModelStore(db, dir, CLOCK);
            StoredModel m = QtNetTraining.train(store, s, "synthetic", cfg, Long.MIN_VALUE, Long.MAX_VALUE, new TrainListener() {
                @Override
                public void onCheckpoint(TrainCheckpoint c) {
                    trained.set(c.agent());
                }
            });
            assertThat(m.complete()).isTrue();
            assertThat(m.config()).usingRecursiveComparison().isEqualTo(cfg);
            assertThat(m.seed()).isEqualTo(5);
            assertThat(m.updates()).isPositive();
            QtNetAgent loaded = store.loadAgent(store.find(m.id()).orElseThrow());
            assertThat(actions(loaded, s, cfg.env())).isEqualTo(actions(trained.get(), s, cfg.env())).containsAnyOf(1, -1);
            assertThat(probabilities(loaded, cfg.env().observationSize())).containsExactly(probabilities(trained.get(), cfg.env().observationSize()));
            // the SameDiff graph and the plain forward pass agree
            float[] obs = new float[cfg.env().observationSize()];
            assertThat(loaded.act(obs, new float[loaded.stateSize()], 1))
                    .containsExactly(loaded.actWithGraph(obs, new float[loaded.stateSize()], 1), org.assertj.core.data.Offset.offset(1e-5f));
        }
    }

    @Test
    void anInterruptedRunResumesFromItsLastCheckpoint() {
        BarSeries s = series();
        TrainConfig cfg = config(2);
        try (Database db = Database.inMemory("qtnet-resume")) {
            ModelStore store = new ModelStore(db, dir, CLOCK);
            AtomicReference<TrainCheckpoint> saved = new AtomicReference<>();
            assertThatThrownBy(() -> QtNetTraining.train(store, s, "synthetic", cfg, Long.MIN_VALUE, Long.MAX_VALUE, new TrainListener() {
                @Override
                public void onCheckpoint(TrainCheckpoint c) {
                    saved.set(c);
                    throw new IllegalStateException("interrupted");
                }
            })).hasMessage("interrupted");
            StoredModel half = store.list().get(0);
            assertThat(half.complete()).isFalse();
            TrainCheckpoint cp = store.loadCheckpoint(half).orElseThrow();
            assertThat(cp.epoch()).isEqualTo(saved.get().epoch());
            assertThat(cp.group()).isEqualTo(saved.get().group());
            assertThat(cp.updates()).isEqualTo(saved.get().updates());
            // the checkpoint holds the networks as they were
            assertThat(actions(cp.agent(), s, cfg.env())).isEqualTo(actions(saved.get().agent(), s, cfg.env()));
            assertThat(cp.agent().criticOptimizer().steps()).isEqualTo(saved.get().agent().criticOptimizer().steps());

            List<Long> progress = new ArrayList<>();
            StoredModel done = QtNetTraining.train(store, s, "synthetic", cfg, Long.MIN_VALUE, Long.MAX_VALUE, new TrainListener() {
                @Override
                public void onUpdate(TrainProgress p) {
                    progress.add(p.updates());
                }
            });
            assertThat(done.id()).isEqualTo(half.id());
            assertThat(done.complete()).isTrue();
            assertThat(progress.get(0)).isEqualTo(cp.updates() + 1); // continued, not restarted
            // the run resumed above and a second resume from the same checkpoint end with the same networks
            TradingData data = new TradingData(s, cfg.env());
            QtNetAgent again = new RdpgTrainer(cfg, data, data.tradableSessions()).resume(cp, TrainListener.NONE);
            QtNetAgent stored = store.loadAgent(done);
            assertThat(probabilities(again, cfg.env().observationSize())).containsExactly(probabilities(stored, cfg.env().observationSize()));
            assertThat(actions(again, s, cfg.env())).isEqualTo(actions(stored, s, cfg.env()));
        }
    }

    @Test
    void aFinishedModelWhoseRowLostItsProgressIsRecordedFromItsFinalCheckpoint() throws Exception {
        BarSeries s = series();
        TrainConfig cfg = config(1);
        try (Database db = Database.inMemory("qtnet-lost-row")) {
            ModelStore store = new ModelStore(db, dir, CLOCK);
            StoredModel done = QtNetTraining.train(store, s, "synthetic", cfg, Long.MIN_VALUE, Long.MAX_VALUE, TrainListener.NONE);
            List<Integer> before = actions(store.loadAgent(done), s, cfg.env());
            // what an ablation found after a long process ended: the weights and final checkpoint on disk, the row back
            // at its registration values
            try (var c = db.connect(); var st = c.createStatement()) {
                st.executeUpdate("UPDATE qtnet_model SET status = 'training', epochs_done = 0, updates = 0, env_steps = 0");
            }
            assertThat(store.find(done.id()).orElseThrow().complete()).isFalse();
            List<Long> progress = new ArrayList<>();
            StoredModel again = QtNetTraining.train(store, s, "synthetic", cfg, Long.MIN_VALUE, Long.MAX_VALUE, new TrainListener() {
                @Override
                public void onUpdate(TrainProgress p) {
                    progress.add(p.updates());
                }
            });
            assertThat(progress).as("no training step").isEmpty();
            assertThat(again.complete()).isTrue();
            assertThat(again.epochsDone()).isEqualTo(1);
            assertThat(again.updates()).isEqualTo(done.updates());
            assertThat(again.envSteps()).isEqualTo(done.envSteps());
            assertThat(actions(store.loadAgent(again), s, cfg.env())).isEqualTo(before);
        }
    }
}
