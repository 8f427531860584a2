package dev.qforge.distributed;

import dev.qforge.data.Panel;
import dev.qforge.factors.eval.FactorData;
import dev.qforge.factors.eval.FactorEngine;
import dev.qforge.factors.expr.Expression;
import dev.qforge.factors.io.UniverseLoader;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

import java.io.Serializable;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The executor side of a factor block: the universe reference and the expressions as text. A block of
 * instruments is computed by the local {@link FactorEngine} over a panel of just those instruments on the
 * universe's full time axis; time-series operators read one instrument's history only, so every value
 * equals the whole-universe computation to the last bit.
 */
record FactorBlockJob(UniverseRef universe, List<String> expressions) implements Serializable {

    /** Rows of (first column, columns) in; rows of (first column, columns, values) out, see {@link #encode}. */
    Iterator<Row> run(Iterator<Row> blocks) {
        UniverseLoader.Universe u = universe.load();
        List<Expression> exprs = expressions.stream().map(Expression::parse).toList();
        List<Row> out = new ArrayList<>();
        while (blocks.hasNext()) {
            Row b = blocks.next();
            int c0 = b.getInt(0), n = b.getInt(1);
            Panel sub = columns(u.panel(), c0, n);
            double[][][] got = new double[1][][];
            new FactorEngine(new FactorData(sub), 1, n).run(exprs, (first, cols, values) -> got[0] = values, null);
            out.add(RowFactory.create(c0, n, encode(got[0])));
        }
        return out.iterator();
    }

    /** Instruments {@code c0 .. c0+n-1} of {@code p}, every field, on the same times. */
    static Panel columns(Panel p, int c0, int n) {
        int rows = p.timeCount(), cols = p.instrumentCount();
        Map<String, double[]> fields = new LinkedHashMap<>();
        for (String f : p.fieldNames()) {
            double[] all = p.matrix(f), m = new double[rows * n];
            for (int r = 0; r < rows; r++) System.arraycopy(all, r * cols + c0, m, r * n, n);
            fields.put(f, m);
        }
        return Panel.ofMatrices(p.times(), p.symbols().subList(c0, c0 + n), fields);
    }

    /** Expression-major doubles, raw bits (NaN payloads included), so the driver gets the very values. */
    static byte[] encode(double[][] values) {
        int len = values.length == 0 ? 0 : values[0].length;
        ByteBuffer buf = ByteBuffer.allocate(8 + values.length * len * 8);
        buf.putInt(values.length).putInt(len);
        for (double[] v : values) for (double x : v) buf.putLong(Double.doubleToRawLongBits(x));
        return buf.array();
    }

    static double[][] decode(byte[] bytes) {
        ByteBuffer buf = ByteBuffer.wrap(bytes);
        int k = buf.getInt(), len = buf.getInt();
        double[][] out = new double[k][len];
        for (double[] v : out) for (int i = 0; i < len; i++) v[i] = Double.longBitsToDouble(buf.getLong());
        return out;
    }
}
