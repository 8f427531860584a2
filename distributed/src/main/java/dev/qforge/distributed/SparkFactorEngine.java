package dev.qforge.distributed;

import dev.qforge.factors.eval.FactorData;
import dev.qforge.factors.eval.FactorEngine;
import dev.qforge.factors.expr.Expression;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Factor expressions over a universe on Spark, handing blocks to the same {@link FactorEngine.BlockSink} the
 * local engine feeds (an {@link dev.qforge.factors.io.ArrowFactorWriter}, a matrix).
 *
 * <p>Work units are blocks of {@code taskInstruments} instruments: each task reads the universe from its
 * reference and computes every expression for its instruments ({@link FactorBlockJob}). The values come back
 * as rows (first column, columns, raw double bits), a wave of two blocks per task slot at a time (the driver
 * holds a wave, not the whole result), and
 * are handed to the sink in blocks of {@code sinkInstruments} columns, as the local engine with that block
 * size hands them: an Arrow file written from them is the same file, byte for byte.
 *
 * <p>Cross-sectional operators (CSRank, CSZScore) need every instrument of a date at once: their argument is
 * computed per instrument block, then regrouped by date through a Spark shuffle ({@link CrossSectionJob}).
 * As the local engine computes a set with such an expression in one block of every instrument, the sink
 * then gets one block too.
 */
public final class SparkFactorEngine {

    private final SparkEngine engine;
    private final UniverseRef universe;
    private final FactorData data;
    private final int taskInstruments;
    private final int sinkInstruments;

    /**
     * @param data            the driver's copy of the universe (for its shape and fields; the values are computed remotely)
     * @param taskInstruments instruments per Spark task
     * @param sinkInstruments instruments per block handed to the sink (the local engine's block size, 32 in the CLI)
     */
    public SparkFactorEngine(SparkEngine engine, UniverseRef universe, FactorData data, int taskInstruments, int sinkInstruments) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.universe = Objects.requireNonNull(universe, "universe");
        this.data = Objects.requireNonNull(data, "data");
        if (taskInstruments < 1 || sinkInstruments < 1) throw new IllegalArgumentException("block sizes must be at least 1");
        this.taskInstruments = taskInstruments;
        this.sinkInstruments = sinkInstruments;
    }

    /** Computes every expression for every instrument; {@code sink} gets the blocks in column order, from this thread. */
    public void run(List<Expression> exprs, FactorEngine.BlockSink sink) {
        for (Expression e : exprs) e.checkFields(data.fieldNames());
        List<Expression> cs = exprs.stream().filter(Expression::crossSectional).toList();
        if (cs.isEmpty()) {
            runBlocks(exprs, sink, sinkInstruments);
            return;
        }
        int cols = data.cols(), rows = data.rows();
        CrossSectionJob job = CrossSectionJob.of(universe, cs, rows, cols, 4 * engine.parallelism());
        double[][] csValues;
        try {
            csValues = job.run(blocks());
        } catch (Exception e) { // Spark throws its checked SparkException undeclared
            throw SparkFailures.unwrap(e, "cross-sectional factor computation");
        }
        List<Expression> ts = exprs.stream().filter(e -> !e.crossSectional()).toList();
        FactorEngine.BlockSink splice = (c0, n, tsValues) -> {
            double[][] all = new double[exprs.size()][];
            int t = 0, c = 0;
            for (int k = 0; k < all.length; k++) all[k] = exprs.get(k).crossSectional() ? csValues[c++] : tsValues[t++];
            sink.accept(c0, n, all);
        };
        if (ts.isEmpty()) splice.accept(0, cols, new double[0][]);
        else runBlocks(ts, splice, cols); // one block of every instrument, as the local engine hands it
    }

    private JavaRDD<Row> blocks() {
        int cols = data.cols();
        List<Row> blocks = new ArrayList<>();
        for (int c0 = 0; c0 < cols; c0 += taskInstruments) blocks.add(RowFactory.create(c0, Math.min(taskInstruments, cols - c0)));
        return engine.context().parallelize(blocks, blocks.size());
    }

    private void runBlocks(List<Expression> exprs, FactorEngine.BlockSink sink, int sinkBlock) {
        int cols = data.cols(), rows = data.rows();
        FactorBlockJob job = new FactorBlockJob(universe, exprs.stream().map(Expression::text).toList());
        JavaRDD<Row> out = blocks().mapPartitions(job::run);
        Regrouper g = new Regrouper(exprs.size(), rows, sinkBlock, sink);
        int parts = out.getNumPartitions(), wave = 2 * engine.parallelism();
        try {
            // a wave of partitions per job: every slot busy, yet the driver holds a wave's blocks, not all of them
            // (toLocalIterator would run one partition at a time)
            for (int p0 = 0; p0 < parts; p0 += wave) {
                int[] ids = java.util.stream.IntStream.range(p0, Math.min(parts, p0 + wave)).toArray();
                for (List<Row> part : out.collectPartitions(ids)) {
                    for (Row r : part) g.add(r.getInt(0), r.getInt(1), FactorBlockJob.decode((byte[]) r.get(2)));
                }
            }
        } catch (Exception e) { // Spark throws its checked SparkException undeclared
            throw SparkFailures.unwrap(e, "factor computation");
        }
        g.flush();
        if (g.next != cols) throw new IllegalStateException("Spark returned " + g.next + " of " + cols + " instruments");
    }

    /** Joins task blocks (arriving in column order) into sink blocks of {@code size} columns. */
    private final class Regrouper {
        final int k, rows, size;
        final FactorEngine.BlockSink sink;
        final List<double[][]> parts = new ArrayList<>();
        int start, pending, next;

        Regrouper(int k, int rows, int size, FactorEngine.BlockSink sink) {
            this.k = k;
            this.rows = rows;
            this.size = size;
            this.sink = sink;
        }

        void add(int c0, int n, double[][] values) {
            if (c0 != next) throw new IllegalStateException("Spark returned instrument block " + c0 + " where " + next + " was due");
            next += n;
            int off = 0;
            while (off < n) { // a task block may straddle a sink block boundary
                int take = Math.min(n - off, size - pending);
                double[][] part = new double[k][];
                for (int e = 0; e < k; e++) part[e] = java.util.Arrays.copyOfRange(values[e], off * rows, (off + take) * rows);
                parts.add(part);
                pending += take;
                off += take;
                if (pending == size) flush();
            }
        }

        void flush() {
            if (pending == 0) return;
            double[][] merged = new double[k][pending * rows];
            for (int e = 0; e < k; e++) {
                int at = 0;
                for (double[][] p : parts) {
                    System.arraycopy(p[e], 0, merged[e], at, p[e].length);
                    at += p[e].length;
                }
            }
            sink.accept(start, pending, merged);
            start += pending;
            pending = 0;
            parts.clear();
        }
    }
}
