package dev.qforge.agents.qtnet;

import dev.qforge.agents.replay.Episode;
import dev.qforge.agents.replay.SequenceReplay;
import org.junit.jupiter.api.Test;

import java.util.Random;

class TimingProbeTest {
    @Test
    void probe() {
        int obs = 210;
        for (int T : new int[]{2, 9}) {
        QtNetAgent a = new QtNetAgent(NetworkConfig.small(16), obs, T - 1, 1);
        float[] o = new float[12 * obs];
        float[] st = new float[12 * a.stateSize()];
        for (int i = 0; i < 20; i++) a.act(o, st, 12);
        long t0 = System.nanoTime();
        for (int i = 0; i < 100; i++) a.act(o, st, 12);
        System.out.printf("act %.2f ms%n", (System.nanoTime() - t0) / 1e6 / 100);
        t0 = System.nanoTime();
        for (int i = 0; i < 10; i++) a.actWithGraph(o, st, 12);
        System.out.printf("act graph %.2f ms%n", (System.nanoTime() - t0) / 1e6 / 10);
        SequenceReplay r = SequenceReplay.uniform(1000, obs, 2, a.stateSize());
        Episode e = new Episode(obs, 2, a.stateSize());
        for (int i = 0; i < 200; i++) e.add(new float[obs], new float[]{1, 0}, 0.1f, i == 199, 1, new float[a.stateSize()]);
        r.add(e);
        Random rnd = new Random(1);
        for (int i = 0; i < 5; i++) a.update(r.sample(16, T, rnd), 0.95, 0.01, 0.7, 0.3, true);
        t0 = System.nanoTime();
        for (int i = 0; i < 10; i++) a.update(r.sample(16, T, rnd), 0.95, 0.01, 0.7, 0.3, true);
        System.out.printf("T %d update %.2f ms%n", T, (System.nanoTime() - t0) / 1e6 / 10);
        }
    }
}
