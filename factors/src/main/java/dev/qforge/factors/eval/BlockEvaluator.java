package dev.qforge.factors.eval;

import dev.qforge.factors.expr.Node;
import dev.qforge.factors.expr.Operator;
import dev.qforge.factors.ops.CrossSection;
import dev.qforge.factors.ops.RollingExtremes;
import dev.qforge.factors.ops.RollingMoments;
import dev.qforge.factors.ops.RollingPairs;
import dev.qforge.factors.ops.RollingRegression;
import dev.qforge.factors.ops.Smoothing;
import dev.qforge.factors.ops.SortedWindow;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Evaluates expression trees over a block of instruments held instrument-major (one instrument's history
 * contiguous), so every time-series kernel runs over a plain slice of a {@code double[]}. Sub-expressions
 * named in {@code shared} are computed once per block and reused. Element-wise operators follow numpy:
 * division by zero gives ±inf or NaN, comparisons with NaN are false (and {@code !=} true), a NaN condition
 * of If is true; Greater/Less (numpy maximum/minimum) propagate NaN.
 */
final class BlockEvaluator {

    private final FactorData data;
    private final int rows;
    private final int c0;
    private final int cols;
    private final Set<String> shared;
    private final Map<String, double[]> cache = new HashMap<>();
    /** Arrays of intermediate results no longer needed, reused instead of allocating (a block evaluates ~1000 nodes). */
    private final java.util.ArrayDeque<double[]> free = new java.util.ArrayDeque<>();

    BlockEvaluator(FactorData data, int firstCol, int cols, Set<String> shared) {
        this.data = data;
        this.rows = data.rows();
        this.c0 = firstCol;
        this.cols = cols;
        this.shared = shared;
    }

    /** Values of {@code node}, instrument-major, NaN outside each instrument's span. */
    double[] evaluate(Node node) {
        double[] v = eval(node);
        double[] out = cache.containsValue(v) || node instanceof Node.Field ? v.clone() : v;
        for (int c = 0; c < cols; c++) {
            int f = data.first(c0 + c), l = data.last(c0 + c);
            if (f < 0) {
                Arrays.fill(out, c * rows, (c + 1) * rows, Double.NaN);
                continue;
            }
            Arrays.fill(out, c * rows, c * rows + f, Double.NaN);
            Arrays.fill(out, c * rows + l + 1, (c + 1) * rows, Double.NaN);
        }
        return out;
    }

    private boolean cached(Node node) {
        return node instanceof Node.Field || shared.contains(node.toString());
    }

    private double[] take() {
        double[] a = free.poll();
        return a != null ? a : new double[rows * cols];
    }

    /** Returns the value of {@code child} to the pool once its parent is computed, unless it is cached for reuse. */
    private void release(Node child, double[] value) {
        if (!cached(child)) free.push(value);
    }

    private double[] eval(Node node) {
        String key = cached(node) ? node.toString() : null;
        if (key != null) {
            double[] hit = cache.get(key);
            if (hit != null) return hit;
        }
        double[] v = switch (node) {
            case Node.Field f -> field(f.name());
            case Node.Constant k -> {
                double[] a = take();
                Arrays.fill(a, k.value());
                yield a;
            }
            case Node.Apply a -> apply(a);
        };
        if (key != null) cache.put(key, v);
        return v;
    }

    private double[] field(String name) {
        double[] m = data.matrix(name);
        int all = data.cols();
        double[] out = new double[rows * cols];
        for (int r = 0; r < rows; r++) {
            int base = r * all + c0;
            for (int c = 0; c < cols; c++) out[c * rows + r] = m[base + c];
        }
        return out;
    }

    private double[] apply(Node.Apply a) {
        Operator op = a.op();
        double[][] args = new double[a.args().size()][];
        for (int k = 0; k < args.length; k++) args[k] = eval(a.arg(k));
        double[] out = take();
        switch (op.shape()) {
            case UNARY -> unary(op, args[0], out);
            case BINARY -> binary(op, args[0], args[1], out);
            case IF -> {
                double[] c = args[0], x = args[1], y = args[2];
                for (int i = 0; i < out.length; i++) out[i] = c[i] != 0 ? x[i] : y[i];
            }
            default -> timeSeries(a, args[0], args.length > 1 ? args[1] : null, out);
        }
        for (int k = 0; k < args.length; k++) release(a.arg(k), args[k]);
        return out;
    }

    private void unary(Operator op, double[] x, double[] out) {
        switch (op) {
            case ABS -> { for (int i = 0; i < out.length; i++) out[i] = Math.abs(x[i]); }
            case SIGN -> { for (int i = 0; i < out.length; i++) out[i] = Math.signum(x[i]); }
            case LOG -> { for (int i = 0; i < out.length; i++) out[i] = Math.log(x[i]); }
            case NEG -> { for (int i = 0; i < out.length; i++) out[i] = -x[i]; }
            case NOT -> { for (int i = 0; i < out.length; i++) out[i] = x[i] != 0 ? 0 : 1; }
            case CSRANK -> CrossSection.rank(x, rows, cols, out);
            case CSZSCORE -> CrossSection.zscore(x, rows, cols, out);
            default -> throw new AssertionError(op);
        }
    }

    private static void binary(Operator op, double[] x, double[] y, double[] out) {
        int n = out.length;
        switch (op) {
            case ADD -> { for (int i = 0; i < n; i++) out[i] = x[i] + y[i]; }
            case SUB -> { for (int i = 0; i < n; i++) out[i] = x[i] - y[i]; }
            case MUL -> { for (int i = 0; i < n; i++) out[i] = x[i] * y[i]; }
            case DIV -> { for (int i = 0; i < n; i++) out[i] = x[i] / y[i]; }
            case POWER -> { for (int i = 0; i < n; i++) out[i] = Math.pow(x[i], y[i]); }
            case GREATER -> { for (int i = 0; i < n; i++) out[i] = Math.max(x[i], y[i]); }
            case LESS -> { for (int i = 0; i < n; i++) out[i] = Math.min(x[i], y[i]); }
            case GT -> { for (int i = 0; i < n; i++) out[i] = x[i] > y[i] ? 1 : 0; }
            case GE -> { for (int i = 0; i < n; i++) out[i] = x[i] >= y[i] ? 1 : 0; }
            case LT -> { for (int i = 0; i < n; i++) out[i] = x[i] < y[i] ? 1 : 0; }
            case LE -> { for (int i = 0; i < n; i++) out[i] = x[i] <= y[i] ? 1 : 0; }
            case EQ -> { for (int i = 0; i < n; i++) out[i] = x[i] == y[i] ? 1 : 0; }
            case NE -> { for (int i = 0; i < n; i++) out[i] = x[i] != y[i] ? 1 : 0; }
            case AND -> { for (int i = 0; i < n; i++) out[i] = x[i] != 0 && y[i] != 0 ? 1 : 0; }
            case OR -> { for (int i = 0; i < n; i++) out[i] = x[i] != 0 || y[i] != 0 ? 1 : 0; }
            default -> throw new AssertionError(op);
        }
    }

    private void timeSeries(Node.Apply a, double[] x, double[] y, double[] out) {
        Operator op = a.op();
        Arrays.fill(out, Double.NaN);
        for (int c = 0; c < cols; c++) {
            int f = data.first(c0 + c), l = data.last(c0 + c);
            if (f < 0) continue;
            int off = c * rows + f, len = l - f + 1;
            switch (op) {
                case REF, DELTA -> shift(op, x, off, len, (int) a.params()[0], out);
                case MEAN -> RollingMoments.apply(x, off, len, a.window(), RollingMoments.Stat.MEAN, out);
                case SUM -> RollingMoments.apply(x, off, len, a.window(), RollingMoments.Stat.SUM, out);
                case STD -> RollingMoments.apply(x, off, len, a.window(), RollingMoments.Stat.STD, out);
                case VAR -> RollingMoments.apply(x, off, len, a.window(), RollingMoments.Stat.VAR, out);
                case SKEW -> RollingMoments.apply(x, off, len, a.window(), RollingMoments.Stat.SKEW, out);
                case KURT -> RollingMoments.apply(x, off, len, a.window(), RollingMoments.Stat.KURT, out);
                case COUNT -> RollingMoments.apply(x, off, len, a.window(), RollingMoments.Stat.COUNT, out);
                case MAX -> RollingExtremes.apply(x, off, len, a.window(), RollingExtremes.Kind.MAX, out);
                case MIN -> RollingExtremes.apply(x, off, len, a.window(), RollingExtremes.Kind.MIN, out);
                case IDXMAX -> RollingExtremes.apply(x, off, len, a.window(), RollingExtremes.Kind.IDXMAX, out);
                case IDXMIN -> RollingExtremes.apply(x, off, len, a.window(), RollingExtremes.Kind.IDXMIN, out);
                case MED -> SortedWindow.apply(x, off, len, a.window(), SortedWindow.Kind.QUANTILE, 0.5, out);
                case QUANTILE -> SortedWindow.apply(x, off, len, a.window(), SortedWindow.Kind.QUANTILE, a.params()[1], out);
                case RANK -> SortedWindow.apply(x, off, len, a.window(), SortedWindow.Kind.RANK, 0, out);
                case MAD -> SortedWindow.apply(x, off, len, a.window(), SortedWindow.Kind.MAD, 0, out);
                case SLOPE -> RollingRegression.apply(x, off, len, a.window(), RollingRegression.Kind.SLOPE, out);
                case RSQUARE -> RollingRegression.apply(x, off, len, a.window(), RollingRegression.Kind.RSQUARE, out);
                case RESI -> RollingRegression.apply(x, off, len, a.window(), RollingRegression.Kind.RESI, out);
                case WMA -> Smoothing.wma(x, off, len, a.window(), out);
                case EMA -> Smoothing.ema(x, off, len, a.params()[0], out);
                case CORR -> RollingPairs.apply(x, y, off, len, a.window(), RollingPairs.Kind.CORR, out);
                case COV -> RollingPairs.apply(x, y, off, len, a.window(), RollingPairs.Kind.COV, out);
                default -> throw new AssertionError(op);
            }
        }
    }

    /** Ref: the value {@code k} rows earlier (later when negative); Delta: the change over {@code k} rows. */
    private static void shift(Operator op, double[] x, int off, int len, int k, double[] out) {
        for (int i = 0; i < len; i++) {
            int j = i - k;
            double past = j >= 0 && j < len ? x[off + j] : Double.NaN;
            out[off + i] = op == Operator.REF ? past : x[off + i] - past;
        }
    }
}
