package dev.qforge.factors.eval;

import dev.qforge.data.Panel;
import dev.qforge.factors.expr.Expression;
import dev.qforge.factors.expr.Node;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;

/**
 * Computes factor expressions over a {@link Panel}.
 *
 * <p>Instruments are processed in blocks (each block's histories laid out contiguously), so memory stays
 * bounded when many factors are computed at once, and blocks run in parallel on {@code threads} workers.
 * Expressions with cross-sectional operators (CSRank, CSZScore) need every instrument at once and are
 * computed as one block. See {@code dev.qforge.factors.ops} for each operator's NaN rule (Qlib's
 * {@code min_periods=1} convention) and {@link BlockEvaluator} for the element-wise rules.
 */
public final class FactorEngine {

    /**
     * Version of the operator rules (NaN rules, windows, parsing). Cached factor values record it and are
     * recomputed when it differs: bump it with any change that alters a value an expression evaluates to.
     */
    public static final String RULES_VERSION = "3";

    /** Receives one block: {@code values[k]} is expression k's values, instrument-major ({@code [c * rows + r]}). */
    public interface BlockSink {
        void accept(int firstCol, int cols, double[][] values);
    }

    private final FactorData data;
    private final int threads;
    private final int blockSize;

    public FactorEngine(FactorData data, int threads, int blockSize) {
        if (threads < 1 || blockSize < 1) throw new IllegalArgumentException("threads and block size must be at least 1");
        this.data = data;
        this.threads = threads;
        this.blockSize = blockSize;
    }

    public FactorEngine(Panel panel) {
        this(new FactorData(panel), Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors())), 32);
    }

    public FactorData data() {
        return data;
    }

    /** One factor as a row-major matrix. */
    public FactorMatrix evaluate(String name, Expression e) {
        int rows = data.rows(), cols = data.cols();
        double[] rowMajor = new double[rows * cols];
        run(List.of(e), (c0, n, v) -> {
            double[] m = v[0];
            for (int c = 0; c < n; c++) {
                for (int r = 0; r < rows; r++) rowMajor[r * cols + c0 + c] = m[c * rows + r];
            }
        }, null);
        return new FactorMatrix(name, data.panel().times(), data.panel().symbols(), rowMajor);
    }

    public FactorMatrix evaluate(Expression e) {
        return evaluate(e.text(), e);
    }

    /**
     * Computes all expressions block by block and hands each block to {@code sink} (called from one thread
     * at a time, in block order is not guaranteed). {@code progress} receives the number of instruments done.
     */
    public void run(List<Expression> exprs, BlockSink sink, IntConsumer progress) {
        for (Expression e : exprs) e.checkFields(data.fieldNames());
        boolean whole = exprs.stream().anyMatch(Expression::crossSectional);
        int size = whole ? data.cols() : blockSize;
        Set<String> shared = repeated(exprs);
        List<int[]> blocks = new ArrayList<>();
        for (int c0 = 0; c0 < data.cols(); c0 += size) blocks.add(new int[]{c0, Math.min(size, data.cols() - c0)});
        Object lock = new Object();
        int[] done = {0};
        Runnable[] tasks = new Runnable[blocks.size()];
        for (int b = 0; b < blocks.size(); b++) {
            int[] blk = blocks.get(b);
            tasks[b] = () -> {
                BlockEvaluator ev = new BlockEvaluator(data, blk[0], blk[1], shared);
                double[][] out = new double[exprs.size()][];
                for (int k = 0; k < out.length; k++) out[k] = ev.evaluate(exprs.get(k).root());
                synchronized (lock) {
                    sink.accept(blk[0], blk[1], out);
                    done[0] += blk[1];
                    if (progress != null) progress.accept(done[0]);
                }
            };
        }
        if (threads == 1 || tasks.length == 1) {
            for (Runnable t : tasks) t.run();
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, tasks.length), r -> {
            Thread t = new Thread(r, "factor-block");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> fs = new ArrayList<>();
            for (Runnable t : tasks) fs.add(pool.submit(t));
            for (Future<?> f : fs) f.get();
        } catch (java.util.concurrent.ExecutionException ex) {
            Throwable c = ex.getCause();
            if (c instanceof RuntimeException re) throw re;
            if (c instanceof Error er) throw er;
            throw new IllegalStateException(c);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while computing factors", ex);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Canonical texts of operator nodes that occur more than once across the expressions. */
    static Set<String> repeated(List<Expression> exprs) {
        Map<String, Integer> counts = new HashMap<>();
        for (Expression e : exprs) count(e.root(), counts);
        Set<String> out = new HashSet<>();
        counts.forEach((k, v) -> {
            if (v > 1) out.add(k);
        });
        return out;
    }

    private static void count(Node n, Map<String, Integer> counts) {
        if (n instanceof Node.Apply a) {
            counts.merge(a.toString(), 1, Integer::sum);
            for (Node c : a.args()) count(c, counts);
        }
    }
}
