package dev.qforge.agents.qtnet;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Named float arrays in a small backend-independent binary format (magic, count, then per array: name, rank,
 * shape, values as big-endian floats), so weights written on CPU load on CUDA and back.
 */
final class ParamsIO {

    private static final int MAGIC = 0x51544E31; // "QTN1"

    private ParamsIO() {
    }

    static void write(DataOutputStream out, Map<String, INDArray> arrays) throws IOException {
        out.writeInt(MAGIC);
        out.writeInt(arrays.size());
        for (Map.Entry<String, INDArray> e : arrays.entrySet()) {
            INDArray a = e.getValue();
            out.writeUTF(e.getKey());
            long[] shape = a.shape();
            out.writeInt(shape.length);
            for (long d : shape) out.writeLong(d);
            float[] v = a.dup('c').reshape(a.length()).toFloatVector();
            for (float f : v) out.writeFloat(f);
        }
    }

    static Map<String, INDArray> read(DataInputStream in, String source) throws IOException {
        if (in.readInt() != MAGIC) throw new IOException(source + " is not a QTNet weights file");
        int n = in.readInt();
        Map<String, INDArray> out = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            String name = in.readUTF();
            int rank = in.readInt();
            if (rank < 0 || rank > 8) throw new IOException(source + " is corrupt (" + name + " has rank " + rank + ")");
            long[] shape = new long[rank];
            long len = 1;
            for (int d = 0; d < rank; d++) {
                shape[d] = in.readLong();
                len *= shape[d];
            }
            if (len < 0 || len > Integer.MAX_VALUE) throw new IOException(source + " is corrupt (" + name + " has shape " + java.util.Arrays.toString(shape) + ")");
            float[] v = new float[(int) len];
            for (int k = 0; k < len; k++) v[k] = in.readFloat();
            out.put(name, Nd4j.create(v, shape, 'c'));
        }
        return out;
    }

    /** Copies {@code values} into {@code params}, which must have exactly the same names and shapes. */
    static void assign(QtNetParams params, Map<String, INDArray> values, String source) throws IOException {
        if (!values.keySet().equals(params.arrays().keySet())) {
            throw new IOException(source + " holds parameters " + values.keySet() + ", the network has " + params.arrays().keySet());
        }
        for (var e : values.entrySet()) {
            INDArray target = params.get(e.getKey());
            if (!java.util.Arrays.equals(target.shape(), e.getValue().shape())) {
                throw new IOException(source + ": " + e.getKey() + " has shape " + java.util.Arrays.toString(e.getValue().shape())
                        + ", the network expects " + java.util.Arrays.toString(target.shape()));
            }
            target.assign(e.getValue());
        }
    }
}
