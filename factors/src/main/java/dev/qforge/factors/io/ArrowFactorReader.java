package dev.qforge.factors.io;

import dev.qforge.factors.eval.FactorMatrix;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.Float4Vector;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.TimeStampVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.ipc.ArrowFileReader;
import org.apache.arrow.vector.types.pojo.Field;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Reads a long-format factor file written by {@link ArrowFactorWriter} (or by pandas/polars in the same
 * layout: {@code datetime}, {@code instrument}, float columns) back into time x instrument matrices; nulls
 * become NaN. Times are the sorted union of the file's datetimes, instruments in order of first appearance.
 */
public final class ArrowFactorReader {

    private ArrowFactorReader() {
    }

    /** The file's schema metadata (e.g. the expression and data fingerprint of a cached factor). */
    public static Map<String, String> metadata(Path file) {
        try (BufferAllocator a = new RootAllocator(); FileChannel ch = FileChannel.open(file, StandardOpenOption.READ);
             ArrowFileReader reader = new ArrowFileReader(ch, a)) {
            Map<String, String> m = reader.getVectorSchemaRoot().getSchema().getCustomMetadata();
            return m == null ? Map.of() : Map.copyOf(m);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    public static Map<String, FactorMatrix> read(Path file) {
        List<long[]> timeCols = new ArrayList<>();
        List<String[]> instCols = new ArrayList<>();
        Map<String, List<double[]>> valueCols = new LinkedHashMap<>();
        try (BufferAllocator a = new RootAllocator(); FileChannel ch = FileChannel.open(file, StandardOpenOption.READ);
             ArrowFileReader reader = new ArrowFileReader(ch, a)) {
            VectorSchemaRoot root = reader.getVectorSchemaRoot();
            List<Field> fields = root.getSchema().getFields();
            if (fields.size() < 3 || !fields.get(0).getName().equals("datetime") || !fields.get(1).getName().equals("instrument")) {
                throw new IllegalArgumentException(file + ": expected columns datetime, instrument, then factors; found "
                        + fields.stream().map(Field::getName).toList());
            }
            for (int k = 2; k < fields.size(); k++) valueCols.put(fields.get(k).getName(), new ArrayList<>());
            while (reader.loadNextBatch()) {
                int n = root.getRowCount();
                TimeStampVector dt = (TimeStampVector) root.getVector(0);
                VarCharVector inst = (VarCharVector) root.getVector(1);
                long[] t = new long[n];
                String[] s = new String[n];
                for (int i = 0; i < n; i++) {
                    t[i] = dt.get(i);
                    s[i] = new String(inst.get(i), java.nio.charset.StandardCharsets.UTF_8);
                }
                timeCols.add(t);
                instCols.add(s);
                for (int k = 2; k < fields.size(); k++) {
                    FieldVector v = root.getVector(k);
                    double[] d = new double[n];
                    for (int i = 0; i < n; i++) {
                        if (v.isNull(i)) d[i] = Double.NaN;
                        else d[i] = v instanceof Float4Vector f4 ? f4.get(i) : ((Float8Vector) v).get(i);
                    }
                    valueCols.get(fields.get(k).getName()).add(d);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        TreeSet<Long> ts = new TreeSet<>();
        LinkedHashMap<String, Integer> col = new LinkedHashMap<>();
        for (int b = 0; b < timeCols.size(); b++) {
            for (long t : timeCols.get(b)) ts.add(t);
            for (String s : instCols.get(b)) col.putIfAbsent(s, col.size());
        }
        long[] times = ts.stream().mapToLong(Long::longValue).toArray();
        Map<Long, Integer> row = new HashMap<>();
        for (int i = 0; i < times.length; i++) row.put(times[i], i);
        int cols = col.size();
        List<String> symbols = List.copyOf(col.keySet());
        // the cell of every row, computed once and shared by all factor columns
        List<int[]> cells = new ArrayList<>();
        for (int b = 0; b < timeCols.size(); b++) {
            long[] t = timeCols.get(b);
            String[] s = instCols.get(b);
            int[] cell = new int[t.length];
            for (int i = 0; i < t.length; i++) cell[i] = row.get(t[i]) * cols + col.get(s[i]);
            cells.add(cell);
        }
        Map<String, FactorMatrix> out = new LinkedHashMap<>();
        for (Map.Entry<String, List<double[]>> e : valueCols.entrySet()) {
            double[] m = new double[times.length * cols];
            Arrays.fill(m, Double.NaN);
            for (int b = 0; b < timeCols.size(); b++) {
                int[] cell = cells.get(b);
                double[] d = e.getValue().get(b);
                for (int i = 0; i < cell.length; i++) m[cell[i]] = d[i];
            }
            out.put(e.getKey(), new FactorMatrix(e.getKey(), times, symbols, m));
        }
        return out;
    }
}
