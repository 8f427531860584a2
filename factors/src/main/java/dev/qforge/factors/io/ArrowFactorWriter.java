package dev.qforge.factors.io;

import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.Float4Vector;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.TimeStampMilliTZVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.ipc.ArrowFileWriter;
import org.apache.arrow.vector.types.FloatingPointPrecision;
import org.apache.arrow.vector.types.TimeUnit;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.FieldType;
import org.apache.arrow.vector.types.pojo.Schema;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes factor values as an Apache Arrow IPC file in long format, the layout of a Qlib / pandas frame
 * indexed by (datetime, instrument): columns {@code datetime} (timestamp, ms, UTC: the bar close),
 * {@code instrument} (string), then one floating-point column per factor. Missing values (NaN, ±inf) are
 * written as nulls, which pandas reads as NaN and polars as null. One record batch per block of instruments;
 * rows outside an instrument's history are not written. Blocks may be handed in any order; they are written
 * in instrument order so that the same input gives the same file.
 *
 * <p>Open it with {@code pyarrow.ipc.open_file(path).read_pandas()} or {@code polars.read_ipc(path)}.
 * Arrow needs {@code --add-opens=java.base/java.nio=ALL-UNNAMED} on the JVM command line.
 */
public final class ArrowFactorWriter implements AutoCloseable {

    private final BufferAllocator allocator;
    private final VectorSchemaRoot root;
    private final FileChannel channel;
    private final ArrowFileWriter writer;
    private final long[] times;
    private final List<String> symbols;
    private final int factors;
    private final boolean float32;
    private final TreeMap<Integer, Object[]> pending = new TreeMap<>();
    private int nextCol;
    private long rowsWritten;

    public ArrowFactorWriter(Path file, long[] times, List<String> symbols, List<String> factorNames, boolean float32, Map<String, String> metadata) {
        this.times = times.clone();
        this.symbols = List.copyOf(symbols);
        this.factors = factorNames.size();
        this.float32 = float32;
        List<Field> fields = new ArrayList<>();
        fields.add(new Field("datetime", FieldType.notNullable(new ArrowType.Timestamp(TimeUnit.MILLISECOND, "UTC")), null));
        fields.add(new Field("instrument", FieldType.notNullable(new ArrowType.Utf8()), null));
        ArrowType fp = new ArrowType.FloatingPoint(float32 ? FloatingPointPrecision.SINGLE : FloatingPointPrecision.DOUBLE);
        for (String n : factorNames) fields.add(new Field(n, FieldType.nullable(fp), null));
        Schema schema = new Schema(fields, metadata);
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) Files.createDirectories(parent);
            this.allocator = new RootAllocator();
            this.root = VectorSchemaRoot.create(schema, allocator);
            this.channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
            this.writer = new ArrowFileWriter(root, null, channel);
            writer.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Adds a block: columns {@code firstCol .. firstCol+cols-1}, {@code values[k][c * rows + r]} for factor k,
     * with {@code first[c]}/{@code last[c]} the block's instruments' history spans (rows) or -1.
     */
    public synchronized void add(int firstCol, int cols, double[][] values, int[] first, int[] last) {
        pending.put(firstCol, new Object[]{cols, values, first, last});
        while (!pending.isEmpty() && pending.firstKey() == nextCol) {
            Object[] b = pending.pollFirstEntry().getValue();
            write(nextCol, (Integer) b[0], (double[][]) b[1], (int[]) b[2], (int[]) b[3]);
            nextCol += (Integer) b[0];
        }
    }

    public long rowsWritten() {
        return rowsWritten;
    }

    private void write(int c0, int cols, double[][] values, int[] first, int[] last) {
        int rows = times.length, n = 0;
        for (int c = 0; c < cols; c++) if (first[c] >= 0) n += last[c] - first[c] + 1;
        TimeStampMilliTZVector dt = (TimeStampMilliTZVector) root.getVector(0);
        VarCharVector inst = (VarCharVector) root.getVector(1);
        List<FieldVector> vs = root.getFieldVectors();
        dt.allocateNew(n);
        inst.allocateNew((long) n * 8, n);
        int i = 0;
        for (int c = 0; c < cols; c++) {
            if (first[c] < 0) continue;
            byte[] sym = symbols.get(c0 + c).getBytes(StandardCharsets.UTF_8);
            for (int r = first[c]; r <= last[c]; r++, i++) {
                dt.set(i, times[r]);
                inst.setSafe(i, sym);
            }
        }
        // factor by factor: each factor's block is contiguous per instrument, so this walks memory in order
        for (int k = 0; k < factors; k++) {
            double[] v = values[k];
            FieldVector fv = vs.get(2 + k);
            if (float32) {
                Float4Vector f4 = (Float4Vector) fv;
                f4.allocateNew(n);
                i = 0;
                for (int c = 0; c < cols; c++) {
                    if (first[c] < 0) continue;
                    for (int r = first[c]; r <= last[c]; r++, i++) {
                        double x = v[c * rows + r];
                        if (Double.isFinite(x)) f4.set(i, (float) x);
                        else f4.setNull(i);
                    }
                }
            } else {
                Float8Vector f8 = (Float8Vector) fv;
                f8.allocateNew(n);
                i = 0;
                for (int c = 0; c < cols; c++) {
                    if (first[c] < 0) continue;
                    for (int r = first[c]; r <= last[c]; r++, i++) {
                        double x = v[c * rows + r];
                        if (Double.isFinite(x)) f8.set(i, x);
                        else f8.setNull(i);
                    }
                }
            }
        }
        for (FieldVector v : vs) v.setValueCount(n);
        root.setRowCount(n);
        try {
            writer.writeBatch();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write an Arrow batch: " + e.getMessage(), e);
        }
        rowsWritten += n;
    }

    @Override
    public void close() {
        try {
            if (!pending.isEmpty()) throw new IllegalStateException("blocks missing before column " + pending.firstKey());
            writer.end();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot finish the Arrow file: " + e.getMessage(), e);
        } finally {
            writer.close();
            root.close();
            allocator.close();
        }
    }
}
