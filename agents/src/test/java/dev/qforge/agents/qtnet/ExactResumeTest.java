package dev.qforge.agents.qtnet;

import dev.qforge.agents.env.TradingData;
import dev.qforge.data.BarSeries;
import dev.qforge.data.store.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A run interrupted after a checkpoint and started again (what happens when {@code qforge agent train} is killed
 * and re-run: the same model id, {@link QtNetTraining} finds the checkpoint in a database opened afresh) ends
 * bit-identical to the same run made in one go: same networks, targets, Adam moments, replay memories and actions.
 */
class ExactResumeTest {

    @TempDir
    Path dir;

    /** The full variant (demonstrations, cloning) with memories small enough that both rings wrap. */
    static TrainConfig config() {
        TrainConfig c = ModelStoreTest.config(2);
        return new TrainConfig(c.variant(), c.network(), c.env(), c.gamma(), c.tau(), c.batch(), c.seqLen(), c.epochs(),
                c.parallelSessions(), c.updatesPerStep(), c.noiseStart(), c.noiseEnd(), 70, 30, c.demoFraction(),
                c.priorityAlpha(), c.priorityBeta(), c.rlWeight(), c.bcWeight(), c.checkpointEvery(), c.seed());
    }

    static final class Interrupted extends RuntimeException {
        Interrupted() {
            super("killed");
        }
    }

    /** Trains in a database under {@code home}, dying right after the {@code dieAfter}-th checkpoint was written (0: never). */
    static StoredModel run(Path home, BarSeries s, TrainConfig cfg, int dieAfter, AtomicInteger checkpoints) {
        try (Database db = Database.openUrl("jdbc:h2:file:" + home.resolve("db").toAbsolutePath())) {
            ModelStore store = new ModelStore(db, home.resolve("models"), ModelStoreTest.CLOCK);
            return QtNetTraining.train(store, s, "synthetic", cfg, Long.MIN_VALUE, Long.MAX_VALUE, new TrainListener() {
                @Override
                public void onCheckpoint(TrainCheckpoint c) {
                    if (checkpoints.incrementAndGet() == dieAfter) throw new Interrupted();
                }
            });
        }
    }

    static QtNetAgent load(Path home, StoredModel m) {
        try (Database db = Database.openUrl("jdbc:h2:file:" + home.resolve("db").toAbsolutePath())) {
            return new ModelStore(db, home.resolve("models"), ModelStoreTest.CLOCK).loadAgent(m);
        }
    }

    static byte[] file(Path dir, String glob) throws IOException {
        try (Stream<Path> l = Files.list(dir)) {
            List<Path> m = l.filter(p -> p.getFileSystem().getPathMatcher("glob:" + glob).matches(p.getFileName())).toList();
            assertThat(m).as(glob + " in " + dir).hasSize(1);
            return Files.readAllBytes(m.get(0));
        }
    }

    @Test
    void aRunKilledTwiceAndRestartedEqualsTheUninterruptedRunBitForBit() throws IOException {
        BarSeries s = ModelStoreTest.series();
        TrainConfig cfg = config();
        Path straightHome = dir.resolve("straight"), resumedHome = dir.resolve("resumed");

        AtomicInteger total = new AtomicInteger();
        StoredModel straight = run(straightHome, s, cfg, 0, total);
        assertThat(total.get()).as("checkpoints of the whole run").isGreaterThanOrEqualTo(8);

        AtomicInteger seen = new AtomicInteger();
        assertThatThrownBy(() -> run(resumedHome, s, cfg, 3, seen)).isInstanceOf(Interrupted.class);
        TrainCheckpoint third = checkpoint(resumedHome);
        assertThat(third.memory()).isNotNull();
        int killAt = total.get() - 2; // late in the second epoch, after both rings wrapped
        assertThatThrownBy(() -> run(resumedHome, s, cfg, killAt, seen)).isInstanceOf(Interrupted.class);
        StoredModel resumed = run(resumedHome, s, cfg, 0, seen);
        assertThat(seen.get()).as("each checkpoint is reached once over the three runs").isEqualTo(total.get());

        assertThat(resumed.id()).isEqualTo(straight.id());
        assertThat(resumed.complete()).isTrue();
        assertThat(resumed.updates()).isEqualTo(straight.updates());
        assertThat(resumed.envSteps()).isEqualTo(straight.envSteps());
        // the final checkpoints hold online and target networks, both Adam states and counters: byte for byte equal
        Path a = straight.weightsDir(), b = resumed.weightsDir();
        assertThat(file(b, "checkpoint.bin")).isEqualTo(file(a, "checkpoint.bin"));
        assertThat(file(b, "memory-*.bin.gz")).as("replay memories").isEqualTo(file(a, "memory-*.bin.gz"));
        assertThat(file(b, "model.bin")).isEqualTo(file(a, "model.bin"));
        QtNetAgent x = load(straightHome, straight), y = load(resumedHome, resumed);
        assertThat(ModelStoreTest.actions(y, s, cfg.env())).isEqualTo(ModelStoreTest.actions(x, s, cfg.env())).containsAnyOf(1, -1);
        int obs = cfg.env().observationSize();
        assertThat(ModelStoreTest.probabilities(y, obs)).containsExactly(ModelStoreTest.probabilities(x, obs));

        // the control that shows this test can fail: the third checkpoint resumed with refilled memories drifts
        TradingData data = new TradingData(s, cfg.env());
        TrainCheckpoint forgetful = new TrainCheckpoint(third.agent(), third.epoch(), third.group(), third.updates(), third.envSteps());
        QtNetAgent drifted = new RdpgTrainer(cfg, data, data.tradableSessions()).resume(forgetful, TrainListener.NONE);
        assertThat(ModelStoreTest.probabilities(drifted, obs)).isNotEqualTo(ModelStoreTest.probabilities(x, obs));
    }

    static TrainCheckpoint checkpoint(Path home) {
        try (Database db = Database.openUrl("jdbc:h2:file:" + home.resolve("db").toAbsolutePath())) {
            ModelStore store = new ModelStore(db, home.resolve("models"), ModelStoreTest.CLOCK);
            return store.loadCheckpoint(store.list().get(0)).orElseThrow();
        }
    }

    static byte[] memoryFile(Path home) throws IOException {
        try (Stream<Path> models = Files.list(home.resolve("models"))) {
            return file(models.findFirst().orElseThrow(), "memory-*.bin.gz");
        }
    }

    @Test
    void aDamagedCheckpointIsRefusedNamingTheFile() throws IOException {
        BarSeries s = ModelStoreTest.series();
        TrainConfig cfg = config();
        Path home = dir.resolve("damaged");
        AtomicInteger seen = new AtomicInteger();
        assertThatThrownBy(() -> run(home, s, cfg, 1, seen)).isInstanceOf(Interrupted.class);
        byte[] earlier = memoryFile(home);
        assertThatThrownBy(() -> run(home, s, cfg, 2, seen)).isInstanceOf(Interrupted.class);
        try (Database db = Database.openUrl("jdbc:h2:file:" + home.resolve("db").toAbsolutePath())) {
            ModelStore store = new ModelStore(db, home.resolve("models"), ModelStoreTest.CLOCK);
            StoredModel m = store.list().get(0);
            Path ckpt = m.weightsDir().resolve("checkpoint.bin");
            Path memory;
            try (Stream<Path> l = Files.list(m.weightsDir())) {
                memory = l.filter(p -> p.getFileName().toString().startsWith("memory-")).findFirst().orElseThrow();
            }
            byte[] ck = Files.readAllBytes(ckpt), mem = Files.readAllBytes(memory);

            Files.write(ckpt, java.util.Arrays.copyOf(ck, ck.length / 2));
            assertThatThrownBy(() -> store.loadCheckpoint(m)).isInstanceOf(UncheckedIOException.class)
                    .hasMessageContaining(ckpt.toString()).hasMessageContaining("truncated");
            Files.write(ckpt, ck);

            Files.write(memory, java.util.Arrays.copyOf(mem, mem.length - 9)); // cut into the gzip trailer
            assertThatThrownBy(() -> store.loadCheckpoint(m)).hasMessageContaining(memory.toString());
            Files.write(memory, java.util.Arrays.copyOf(mem, mem.length / 2));
            assertThatThrownBy(() -> store.loadCheckpoint(m)).hasMessageContaining(memory.toString()).hasMessageContaining("truncated");
            Files.delete(memory);
            assertThatThrownBy(() -> store.loadCheckpoint(m)).hasMessageContaining(memory.toString()).hasMessageContaining("missing");
            Files.write(memory, mem);

            // a checkpoint of the format before replay memories (it began with the epoch)
            byte[] old = ck.clone();
            old[0] = 0;
            old[1] = 0;
            old[2] = 0;
            old[3] = 1;
            Files.write(ckpt, old);
            assertThatThrownBy(() -> store.loadCheckpoint(m)).hasMessageContaining(ckpt.toString()).hasMessageContaining("older");
            Files.write(ckpt, ck);

            // the memory file of an earlier checkpoint under this checkpoint's name
            Files.write(memory, earlier);
            assertThatThrownBy(() -> store.loadCheckpoint(m)).hasMessageContaining(memory.toString()).hasMessageContaining("belongs to epoch");
            Files.write(memory, mem);
            assertThat(store.loadCheckpoint(m)).isPresent();
        }
    }
}
