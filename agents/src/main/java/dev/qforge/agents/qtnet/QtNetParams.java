package dev.qforge.agents.qtnet;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * QTNet's trainable parameters by name, in three groups updated separately: the GRU encoder ({@code enc.*}), the
 * actor head ({@code actor.*}) and the critic head ({@code critic.*}). Weights start Glorot-uniform and biases at 0,
 * the output layers uniform in ±3e-3 (as in DDPG), drawn from a {@link Random} with the given seed so that a seed
 * gives the same network on every backend and thread count.
 */
public final class QtNetParams {

    private final Map<String, INDArray> arrays = new LinkedHashMap<>();
    private final List<String> encoder = new ArrayList<>();
    private final List<String> actor = new ArrayList<>();
    private final List<String> critic = new ArrayList<>();

    private QtNetParams() {
    }

    public static QtNetParams init(NetworkConfig c, int inputSize, long seed) {
        QtNetParams p = new QtNetParams();
        Random rnd = new Random(seed);
        int in = inputSize;
        int h = c.gruUnits();
        for (int l = 0; l < c.gruLayers(); l++) {
            for (String g : new String[]{"z", "r", "n"}) {
                p.add(p.encoder, "enc" + l + ".W" + g, glorot(rnd, in, h));
                p.add(p.encoder, "enc" + l + ".U" + g, glorot(rnd, h, h));
                p.add(p.encoder, "enc" + l + ".b" + g, Nd4j.zeros(DataType.FLOAT, 1, h));
            }
            in = h;
        }
        int prev = h;
        int[] a = c.actorLayers();
        for (int i = 0; i < a.length; i++) {
            p.add(p.actor, "actor.W" + i, glorot(rnd, prev, a[i]));
            p.add(p.actor, "actor.b" + i, Nd4j.zeros(DataType.FLOAT, 1, a[i]));
            prev = a[i];
        }
        p.add(p.actor, "actor.Wout", uniform(rnd, prev, 2, 3e-3));
        p.add(p.actor, "actor.bout", Nd4j.zeros(DataType.FLOAT, 1, 2));
        p.add(p.critic, "critic.Ws", glorot(rnd, h, c.criticBranch()));
        p.add(p.critic, "critic.Wa", glorot(rnd, 2, c.criticBranch()));
        p.add(p.critic, "critic.b", Nd4j.zeros(DataType.FLOAT, 1, c.criticBranch()));
        prev = c.criticBranch();
        int[] q = c.criticLayers();
        for (int i = 0; i < q.length; i++) {
            p.add(p.critic, "critic.W" + i, glorot(rnd, prev, q[i]));
            p.add(p.critic, "critic.b" + i, Nd4j.zeros(DataType.FLOAT, 1, q[i]));
            prev = q[i];
        }
        p.add(p.critic, "critic.Wout", uniform(rnd, prev, 1, 3e-3));
        p.add(p.critic, "critic.bout", Nd4j.zeros(DataType.FLOAT, 1, 1));
        return p;
    }

    private void add(List<String> group, String name, INDArray arr) {
        group.add(name);
        arrays.put(name, arr);
    }

    private static INDArray glorot(Random rnd, int in, int out) {
        return uniform(rnd, in, out, Math.sqrt(6.0 / (in + out)));
    }

    private static INDArray uniform(Random rnd, int rows, int cols, double limit) {
        float[] v = new float[rows * cols];
        for (int i = 0; i < v.length; i++) v[i] = (float) ((rnd.nextDouble() * 2 - 1) * limit);
        return Nd4j.create(v, new long[]{rows, cols}, 'c');
    }

    /** A deep copy (same names and groups, copied arrays): the target networks. */
    public QtNetParams copy() {
        QtNetParams p = new QtNetParams();
        p.encoder.addAll(encoder);
        p.actor.addAll(actor);
        p.critic.addAll(critic);
        arrays.forEach((k, v) -> p.arrays.put(k, v.dup()));
        return p;
    }

    /** A deep copy in another floating-point type (double precision for gradient checks). */
    public QtNetParams castTo(DataType type) {
        QtNetParams p = copy();
        p.arrays.replaceAll((k, v) -> v.castTo(type));
        return p;
    }

    public DataType dataType() {
        return arrays.values().iterator().next().dataType();
    }

    /** Soft update towards {@code online}: {@code θ ← τ·θ_online + (1 − τ)·θ}. */
    public void softUpdate(QtNetParams online, double tau) {
        arrays.forEach((k, v) -> v.muli(1 - tau).addi(online.get(k).mul(tau)));
    }

    /** Overwrites every array with the values of {@code other} (same names), keeping these array objects. */
    public void assign(QtNetParams other) {
        arrays.forEach((k, v) -> v.assign(other.get(k)));
    }

    public INDArray get(String name) {
        INDArray a = arrays.get(name);
        if (a == null) throw new IllegalArgumentException("no QTNet parameter named " + name);
        return a;
    }

    public Map<String, INDArray> arrays() {
        return Collections.unmodifiableMap(arrays);
    }

    public List<String> encoderNames() {
        return Collections.unmodifiableList(encoder);
    }

    public List<String> actorNames() {
        return Collections.unmodifiableList(actor);
    }

    public List<String> criticNames() {
        return Collections.unmodifiableList(critic);
    }

    /** Total number of scalars. */
    public long count() {
        long n = 0;
        for (INDArray a : arrays.values()) n += a.length();
        return n;
    }
}
