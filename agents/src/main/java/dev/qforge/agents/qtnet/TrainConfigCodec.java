package dev.qforge.agents.qtnet;

import dev.qforge.agents.env.EnvConfig;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Properties;
import java.util.TreeMap;

/** A {@link TrainConfig} as sorted {@code key=value} lines (stored with a model) and back. */
public final class TrainConfigCodec {

    private TrainConfigCodec() {
    }

    public static String encode(TrainConfig c) {
        TreeMap<String, String> m = new TreeMap<>();
        m.put("variant", c.variant().label());
        NetworkConfig n = c.network();
        m.put("net.gruUnits", "" + n.gruUnits());
        m.put("net.gruLayers", "" + n.gruLayers());
        m.put("net.actorLayers", ints(n.actorLayers()));
        m.put("net.criticBranch", "" + n.criticBranch());
        m.put("net.criticLayers", ints(n.criticLayers()));
        m.put("net.learningRate", "" + n.learningRate());
        EnvConfig e = c.env();
        m.put("env.window", "" + e.window());
        m.put("env.feeRate", "" + e.feeRate());
        m.put("env.slippageBps", "" + e.slippageBps());
        m.put("env.dsrEta", "" + e.dsrEta());
        m.put("env.dsrClip", "" + e.dsrClip());
        m.put("env.priceScale", "" + e.priceScale());
        m.put("env.dtSessions", "" + e.dtSessions());
        m.put("env.dtK1", "" + e.dtK1());
        m.put("env.dtK2", "" + e.dtK2());
        m.put("gamma", "" + c.gamma());
        m.put("tau", "" + c.tau());
        m.put("batch", "" + c.batch());
        m.put("seqLen", "" + c.seqLen());
        m.put("epochs", "" + c.epochs());
        m.put("parallelSessions", "" + c.parallelSessions());
        m.put("updatesPerStep", "" + c.updatesPerStep());
        m.put("noiseStart", "" + c.noiseStart());
        m.put("noiseEnd", "" + c.noiseEnd());
        m.put("replayCapacity", "" + c.replayCapacity());
        m.put("demoCapacity", "" + c.demoCapacity());
        m.put("demoFraction", "" + c.demoFraction());
        m.put("priorityAlpha", "" + c.priorityAlpha());
        m.put("priorityBeta", "" + c.priorityBeta());
        m.put("rlWeight", "" + c.rlWeight());
        m.put("bcWeight", "" + c.bcWeight());
        m.put("checkpointEvery", "" + c.checkpointEvery());
        m.put("seed", "" + c.seed());
        StringBuilder sb = new StringBuilder();
        m.forEach((k, v) -> sb.append(k).append('=').append(v).append('\n'));
        return sb.toString();
    }

    public static TrainConfig decode(String text) {
        Properties p = new Properties();
        try {
            p.load(new StringReader(text));
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        NetworkConfig n = new NetworkConfig(i(p, "net.gruUnits"), i(p, "net.gruLayers"), intArray(p, "net.actorLayers"),
                i(p, "net.criticBranch"), intArray(p, "net.criticLayers"), d(p, "net.learningRate"));
        EnvConfig e = new EnvConfig(i(p, "env.window"), d(p, "env.feeRate"), d(p, "env.slippageBps"), d(p, "env.dsrEta"),
                d(p, "env.dsrClip"), d(p, "env.priceScale"), i(p, "env.dtSessions"), d(p, "env.dtK1"), d(p, "env.dtK2"));
        return new TrainConfig(Variant.parse(get(p, "variant")), n, e, d(p, "gamma"), d(p, "tau"), i(p, "batch"),
                i(p, "seqLen"), i(p, "epochs"), i(p, "parallelSessions"), d(p, "updatesPerStep"), d(p, "noiseStart"),
                d(p, "noiseEnd"), i(p, "replayCapacity"), i(p, "demoCapacity"), d(p, "demoFraction"),
                d(p, "priorityAlpha"), d(p, "priorityBeta"), d(p, "rlWeight"), d(p, "bcWeight"), i(p, "checkpointEvery"),
                Long.parseLong(get(p, "seed")));
    }

    private static String ints(int[] v) {
        return String.join(",", Arrays.stream(v).mapToObj(String::valueOf).toList());
    }

    private static int[] intArray(Properties p, String k) {
        String s = get(p, k);
        return s.isEmpty() ? new int[0] : Arrays.stream(s.split(",")).mapToInt(Integer::parseInt).toArray();
    }

    private static String get(Properties p, String k) {
        String v = p.getProperty(k);
        if (v == null) throw new IllegalArgumentException("stored QTNet config lacks '" + k + "'");
        return v.trim();
    }

    private static int i(Properties p, String k) {
        return Integer.parseInt(get(p, k));
    }

    private static double d(Properties p, String k) {
        return Double.parseDouble(get(p, k));
    }
}
