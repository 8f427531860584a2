package dev.qforge.agents.qtnet;

import dev.qforge.agents.env.EnvConfig;
import dev.qforge.agents.env.SessionEpisode;
import dev.qforge.agents.env.SyntheticIntraday;
import dev.qforge.agents.env.TradingData;
import dev.qforge.agents.replay.Episode;
import dev.qforge.agents.replay.SequenceReplay;
import dev.qforge.data.BarSeries;
import dev.qforge.data.Instrument;
import dev.qforge.data.Timeframe;
import org.nd4j.linalg.factory.Nd4j;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

/**
 * Throughput of QTNet's parts, each next to a peer measured in the same run: environment steps (observation +
 * step) against a bare loop over the same closes; the policy's plain-Java forward pass against the same pass
 * through SameDiff; training updates of the paper-sized and a small network with hand-written gradients
 * ({@link GradientPath#NATIVE}) against the same updates through SameDiff, on the same batches; the phases of
 * those updates are kept as a profile ({@link Result#profiles()}). Timings use
 * {@link System#nanoTime()} and are reported, never asserted.
 */
public final class QtNetBench {

    private QtNetBench() {
    }

    /** The ND4J backend in use, e.g. {@code CpuBackend} or {@code CudaBackend}. */
    public static String backend() {
        return Nd4j.getBackend().getClass().getSimpleName() + " (" + Nd4j.getExecutioner().getClass().getSimpleName() + ", "
                + Nd4j.getEnvironment().maxMasterThreads() + " threads)";
    }

    /**
     * Measures everything: {@code sessions} traded synthetic sessions (after Dual Thrust's warm-up) for the
     * environment, {@code updates} timed training updates per network and gradient path (after one untimed update
     * that builds the graphs or buffers).
     */
    public static Result run(int sessions, int updates) {
        if (sessions < 1 || updates < 1) throw new IllegalArgumentException("bench needs >= 1 session and >= 1 update");
        Map<String, Double> m = new LinkedHashMap<>();
        Map<String, Map<String, Double>> profiles = new LinkedHashMap<>();
        EnvConfig env = EnvConfig.defaults();
        BarSeries s = SyntheticIntraday.momentum(Instrument.usEquity("BENCH"), Timeframe.M1, LocalDate.of(2024, 1, 2),
                390 * (sessions + env.dtSessions()), 0.2, 0.001, 1);
        TradingData data = new TradingData(s, env);
        float[] obs = new float[env.observationSize()];
        long steps = 0;
        long t0 = System.nanoTime();
        for (int rep = 0; rep < 3; rep++) {
            for (int sess : data.tradableSessions()) {
                SessionEpisode e = new SessionEpisode(data, sess);
                int k = 0;
                while (!e.done()) {
                    e.observe(obs, 0);
                    e.step((k++ & 4) == 0 ? SessionEpisode.LONG : SessionEpisode.SHORT);
                    steps++;
                }
            }
        }
        m.put("env steps/s", steps / ((System.nanoTime() - t0) / 1e9));
        double[] c = s.closes();
        double eq = 1, sink = 0;
        long bare = 0;
        t0 = System.nanoTime();
        for (int rep = 0; rep < 30; rep++) {
            for (int i = 1; i < c.length; i++) {
                eq *= 1 + ((i & 4) == 0 ? 1 : -1) * (c[i] / c[i - 1] - 1);
                bare++;
            }
            sink += eq;
        }
        m.put("bare return loop steps/s", bare / ((System.nanoTime() - t0) / 1e9) + (sink == 0 ? 1 : 0));
        QtNetAgent paper = new QtNetAgent(NetworkConfig.paper(), env.observationSize(), 16, 1);
        float[] state = new float[paper.stateSize()];
        java.util.Arrays.fill(obs, 0.1f);
        for (int i = 0; i < 20; i++) paper.act(obs, state, 1);
        t0 = System.nanoTime();
        for (int i = 0; i < 300; i++) paper.act(obs, state, 1);
        m.put("policy steps/s (plain Java, paper size)", 300 / ((System.nanoTime() - t0) / 1e9));
        for (int i = 0; i < 5; i++) paper.actWithGraph(obs, state, 1);
        t0 = System.nanoTime();
        for (int i = 0; i < 30; i++) paper.actWithGraph(obs, state, 1);
        m.put("policy steps/s (SameDiff, paper size)", 30 / ((System.nanoTime() - t0) / 1e9));
        for (GradientPath path : GradientPath.values()) {
            QtNetAgent a = new QtNetAgent(NetworkConfig.paper(), env.observationSize(), 16, 1);
            m.put(updatesKey("paper", path), updatesPerSecond(a, path, 100, 16, updates, PAPER, profiles));
        }
        for (GradientPath path : GradientPath.values()) {
            QtNetAgent a = new QtNetAgent(NetworkConfig.small(32), env.observationSize(), 8, 1);
            m.put(updatesKey("small", path), updatesPerSecond(a, path, 32, 8, updates, SMALL, profiles));
        }
        return new Result(m, profiles);
    }

    /** The name of an update rate in {@link Result#rates()}: {@code size} is {@code paper} or {@code small}. */
    public static String updatesKey(String size, GradientPath path) {
        return "updates/s (" + size + ", " + path.name().toLowerCase(java.util.Locale.ROOT) + " gradients)";
    }

    /** Sizes of the two networks whose updates are timed. */
    public static final String PAPER = "paper: GRU 2x128, batch 100 x 16", SMALL = "small: GRU 1x32, batch 32 x 8";

    /**
     * A bench run: {@code rates} by measure (per second), and {@code profiles}, the seconds per update spent in each
     * phase of the timed updates by network and gradient path (e.g. {@code PAPER + " / NATIVE"}).
     */
    public record Result(Map<String, Double> rates, Map<String, Map<String, Double>> profiles) {
    }

    private static double updatesPerSecond(QtNetAgent a, GradientPath path, int batch, int seqLen, int updates, String size,
                                           Map<String, Map<String, Double>> profiles) {
        a.useGradients(path);
        SequenceReplay r = SequenceReplay.uniform(4000, a.observationSize(), 2, a.stateSize());
        Random rnd = new Random(1);
        Episode e = new Episode(a.observationSize(), 2, a.stateSize());
        float[] o = new float[a.observationSize()];
        for (int i = 0; i < 2000; i++) {
            for (int j = 0; j < o.length; j++) o[j] = (float) rnd.nextGaussian();
            e.add(o, new float[]{i % 2, 1 - i % 2}, (float) rnd.nextGaussian(), i == 1999, i % 2, new float[a.stateSize()]);
        }
        r.add(e);
        a.update(r.sample(batch, seqLen + 1, rnd), 0.95, 0.002, 0.7, 0.3, true); // builds graphs or buffers
        Map<String, Double> before = a.phaseSeconds();
        long t0 = System.nanoTime();
        for (int i = 0; i < updates; i++) a.update(r.sample(batch, seqLen + 1, rnd), 0.95, 0.002, 0.7, 0.3, true);
        double seconds = (System.nanoTime() - t0) / 1e9;
        Map<String, Double> perUpdate = new LinkedHashMap<>();
        a.phaseSeconds().forEach((k, v) -> perUpdate.put(k, (v - before.getOrDefault(k, 0.0)) / updates));
        profiles.put(size + " / " + path.name().toLowerCase(java.util.Locale.ROOT), perUpdate);
        return updates / seconds;
    }
}
