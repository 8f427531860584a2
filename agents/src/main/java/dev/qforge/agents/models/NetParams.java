package dev.qforge.agents.models;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

/**
 * The trainable arrays of a network by name (float, row-major). Weights start Glorot-uniform and biases at a
 * constant, drawn from a {@link Random} with the model's seed, so a seed gives the same network on every backend
 * and thread count. Saved as plain arrays: per array its name, shape and floats.
 */
final class NetParams {

    private final Map<String, INDArray> arrays = new LinkedHashMap<>();

    Map<String, INDArray> arrays() {
        return arrays;
    }

    INDArray get(String name) {
        return arrays.get(name);
    }

    void glorot(Random rnd, String name, int in, int out) {
        uniform(rnd, name, in, out, Math.sqrt(6.0 / (in + out)));
    }

    void uniform(Random rnd, String name, int rows, int cols, double limit) {
        float[] v = new float[rows * cols];
        for (int i = 0; i < v.length; i++) v[i] = (float) ((rnd.nextDouble() * 2 - 1) * limit);
        arrays.put(name, Nd4j.create(v, new long[]{rows, cols}, 'c'));
    }

    void constant(String name, int cols, double value) {
        arrays.put(name, Nd4j.zeros(DataType.FLOAT, 1, cols).addi(value));
    }

    /** Copies of every array (a snapshot of the best epoch). */
    Map<String, INDArray> snapshot() {
        Map<String, INDArray> m = new LinkedHashMap<>();
        arrays.forEach((k, v) -> m.put(k, v.dup()));
        return m;
    }

    /** Overwrites the arrays in place from a snapshot (the graph holds these arrays by reference). */
    void restore(Map<String, INDArray> snapshot) {
        arrays.forEach((k, v) -> v.assign(snapshot.get(k)));
    }

    void write(OutputStream os) throws IOException {
        DataOutputStream out = new DataOutputStream(os);
        out.writeInt(arrays.size());
        for (Map.Entry<String, INDArray> e : arrays.entrySet()) {
            out.writeUTF(e.getKey());
            long[] shape = e.getValue().shape();
            out.writeInt(shape.length);
            for (long s : shape) out.writeLong(s);
            float[] v = e.getValue().dup('c').data().asFloat();
            for (float f : v) out.writeFloat(f);
        }
        out.flush();
    }

    /** Reads arrays written by {@link #write} over the ones of this (freshly initialised) set; names and shapes must match. */
    void read(InputStream is) throws IOException {
        DataInputStream in = new DataInputStream(is);
        int n = in.readInt();
        if (n != arrays.size()) throw new IOException("weights file has " + n + " arrays, the network " + arrays.size());
        for (int i = 0; i < n; i++) {
            String name = in.readUTF();
            INDArray target = arrays.get(name);
            long[] shape = new long[in.readInt()];
            for (int d = 0; d < shape.length; d++) shape[d] = in.readLong();
            if (target == null || !java.util.Arrays.equals(shape, target.shape())) {
                throw new IOException("weights file array " + name + " " + java.util.Arrays.toString(shape) + " does not fit the network");
            }
            float[] v = new float[(int) target.length()];
            for (int j = 0; j < v.length; j++) v[j] = in.readFloat();
            target.assign(Nd4j.create(v, shape, 'c'));
        }
    }
}
