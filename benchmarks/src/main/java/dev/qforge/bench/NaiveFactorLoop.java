package dev.qforge.bench;

import dev.qforge.data.Panel;
import dev.qforge.factors.eval.FactorData;
import dev.qforge.factors.expr.Node;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The peer of the factor benchmark: a per-window evaluator, the way {@code rolling(N).apply(f)} works. Each
 * instrument is evaluated on its own; every rolling operator collects each window afresh and computes its
 * statistic from scratch (two-pass moments, sorting for quantiles and ranks, a full scan for extremes), so a
 * window of N costs O(N) or O(N log N) per row. Same NaN rules as the engine (non-NaN values of the window,
 * history from the listing on), so the values agree and the benchmark checks that they do.
 */
final class NaiveFactorLoop {

    private final FactorData data;

    NaiveFactorLoop(FactorData data) {
        this.data = data;
    }

    /** Values of {@code node} for instrument column {@code col} over its span (index 0 = its first row). */
    double[] eval(Node node, int col) {
        int f = data.first(col), l = data.last(col);
        int n = f < 0 ? 0 : l - f + 1;
        return eval(node, col, f, n);
    }

    private double[] eval(Node node, int col, int f, int n) {
        double[] out = new double[n];
        switch (node) {
            case Node.Constant k -> Arrays.fill(out, k.value());
            case Node.Field fl -> {
                double[] m = data.matrix(fl.name());
                int cols = data.cols();
                for (int i = 0; i < n; i++) out[i] = m[(f + i) * cols + col];
            }
            case Node.Apply a -> {
                List<double[]> args = new ArrayList<>();
                for (Node c : a.args()) args.add(eval(c, col, f, n));
                double[] x = args.get(0);
                for (int i = 0; i < n; i++) out[i] = cell(a, args, x, i);
            }
        }
        return out;
    }

    private static double cell(Node.Apply a, List<double[]> args, double[] x, int i) {
        double y = args.size() > 1 ? args.get(1)[i] : Double.NaN;
        switch (a.op()) {
            case ADD: return x[i] + y;
            case SUB: return x[i] - y;
            case MUL: return x[i] * y;
            case DIV: return x[i] / y;
            case GT: return x[i] > y ? 1 : 0;
            case LT: return x[i] < y ? 1 : 0;
            case GREATER: return Math.max(x[i], y);
            case LESS: return Math.min(x[i], y);
            case ABS: return Math.abs(x[i]);
            case LOG: return Math.log(x[i]);
            case NEG: return -x[i];
            case REF: {
                int j = i - a.window();
                return j >= 0 && j < x.length ? x[j] : Double.NaN;
            }
            default: break;
        }
        int w = a.window(), lo = Math.max(0, i - w + 1);
        double[] v = window(x, lo, i);
        int m = v.length;
        switch (a.op()) {
            case MEAN: return m == 0 || hasInf(v) ? Double.NaN : sum(v) / m;
            case SUM: return m == 0 || hasInf(v) ? Double.NaN : sum(v);
            case STD: {
                if (m < 2 || hasInf(v)) return Double.NaN;
                double mean = sum(v) / m, ss = 0;
                for (double d : v) ss += (d - mean) * (d - mean);
                return Math.sqrt(ss / (m - 1));
            }
            case MAX: case MIN: case IDXMAX: case IDXMIN: {
                boolean max = a.op() == dev.qforge.factors.expr.Operator.MAX || a.op() == dev.qforge.factors.expr.Operator.IDXMAX;
                int best = -1;
                for (int j = lo; j <= i; j++) {
                    if (Double.isNaN(x[j])) continue;
                    if (best < 0 || (max ? x[j] > x[best] : x[j] < x[best])) best = j;
                }
                if (best < 0) return Double.NaN;
                boolean idx = a.op() == dev.qforge.factors.expr.Operator.IDXMAX || a.op() == dev.qforge.factors.expr.Operator.IDXMIN;
                return idx ? best - lo + 1 : x[best];
            }
            case QUANTILE: {
                if (m == 0) return Double.NaN;
                Arrays.sort(v);
                double pos = a.params()[1] * (m - 1);
                int k = (int) Math.floor(pos);
                return k >= m - 1 ? v[m - 1] : v[k] + (v[k + 1] - v[k]) * (pos - k);
            }
            case RANK: {
                if (Double.isNaN(x[i]) || m == 0) return Double.NaN;
                int less = 0, eq = 0;
                for (double d : v) {
                    if (d < x[i]) less++;
                    else if (d == x[i]) eq++;
                }
                return (less + (eq + 1) / 2.0) / m;
            }
            case SLOPE: case RSQUARE: case RESI: return regression(a, x, lo, i);
            case CORR: return corr(x, args.get(1), lo, i, w);
            default: throw new IllegalArgumentException("the naive loop does not implement " + a.op().qlibName());
        }
    }

    private static double[] window(double[] x, int lo, int hi) {
        int m = 0;
        for (int j = lo; j <= hi; j++) if (!Double.isNaN(x[j])) m++;
        double[] v = new double[m];
        m = 0;
        for (int j = lo; j <= hi; j++) if (!Double.isNaN(x[j])) v[m++] = x[j];
        return v;
    }

    private static boolean hasInf(double[] v) {
        for (double d : v) if (Double.isInfinite(d)) return true;
        return false;
    }

    private static double sum(double[] v) {
        double s = 0;
        for (double d : v) s += d;
        return s;
    }

    private static double regression(Node.Apply a, double[] y, int lo, int i) {
        double sx = 0, sy = 0;
        int n = 0;
        for (int j = lo; j <= i; j++) {
            if (Double.isNaN(y[j])) continue;
            if (Double.isInfinite(y[j])) return Double.NaN;
            sx += j;
            sy += y[j];
            n++;
        }
        if (n < 2) return Double.NaN;
        double mx = sx / n, my = sy / n, sxx = 0, sxy = 0, syy = 0;
        for (int j = lo; j <= i; j++) {
            if (Double.isNaN(y[j])) continue;
            sxx += (j - mx) * (j - mx);
            sxy += (j - mx) * (y[j] - my);
            syy += (y[j] - my) * (y[j] - my);
        }
        double slope = sxy / sxx;
        return switch (a.op()) {
            case SLOPE -> slope;
            case RSQUARE -> Math.sqrt(syy / (n - 1)) <= 2e-5 || syy <= 1e-12 * (syy + n * my * my) ? Double.NaN : sxy * sxy / (sxx * syy);
            default -> Double.isNaN(y[i]) ? Double.NaN : y[i] - (my + slope * (i - mx));
        };
    }

    private static double corr(double[] x, double[] y, int lo, int i, int w) {
        int n = 0;
        double sx = 0, sy = 0;
        for (int j = lo; j <= i; j++) {
            if (Double.isNaN(x[j]) || Double.isNaN(y[j])) continue;
            if (Double.isInfinite(x[j]) || Double.isInfinite(y[j])) return Double.NaN;
            sx += x[j];
            sy += y[j];
            n++;
        }
        if (n < 2) return Double.NaN;
        double mx = sx / n, my = sy / n, sxx = 0, syy = 0, sxy = 0;
        for (int j = lo; j <= i; j++) {
            if (Double.isNaN(x[j]) || Double.isNaN(y[j])) continue;
            sxx += (x[j] - mx) * (x[j] - mx);
            syy += (y[j] - my) * (y[j] - my);
            sxy += (x[j] - mx) * (y[j] - my);
        }
        if (sxx <= 1e-12 * (sxx + n * mx * mx) || syy <= 1e-12 * (syy + n * my * my)) return Double.NaN;
        if (std(x, lo, i) <= 2e-5 || std(y, lo, i) <= 2e-5) return Double.NaN;
        return sxy / Math.sqrt(sxx * syy);
    }

    private static double std(double[] x, int lo, int i) {
        double[] v = window(x, lo, i);
        if (v.length < 2) return Double.NaN;
        double m = sum(v) / v.length, ss = 0;
        for (double d : v) ss += (d - m) * (d - m);
        return Math.sqrt(ss / (v.length - 1));
    }

    static Panel subset(Panel p, int instruments) {
        List<String> syms = p.symbols().subList(0, Math.min(instruments, p.instrumentCount()));
        java.util.Map<String, double[]> fields = new java.util.LinkedHashMap<>();
        int cols = p.instrumentCount(), k = syms.size();
        for (String f : p.fieldNames()) {
            double[] m = p.matrix(f), s = new double[p.timeCount() * k];
            for (int r = 0; r < p.timeCount(); r++) System.arraycopy(m, r * cols, s, r * k, k);
            fields.put(f, s);
        }
        return Panel.ofMatrices(p.times(), syms, fields);
    }
}
