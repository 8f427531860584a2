package dev.qforge.factors.analysis;

import java.util.Arrays;

/** Pearson and Spearman correlation of paired cross-sections, and average ranks, on primitive arrays. */
public final class CrossSectionStats {

    private CrossSectionStats() {
    }

    /** Pearson correlation of the first {@code n} pairs; NaN when n < 2 or either side has no spread. */
    public static double pearson(double[] x, double[] y, int n) {
        if (n < 2) return Double.NaN;
        double mx = 0, my = 0;
        for (int i = 0; i < n; i++) {
            mx += x[i];
            my += y[i];
        }
        mx /= n;
        my /= n;
        double sxx = 0, syy = 0, sxy = 0;
        for (int i = 0; i < n; i++) {
            double a = x[i] - mx, b = y[i] - my;
            sxx += a * a;
            syy += b * b;
            sxy += a * b;
        }
        return sxx > 0 && syy > 0 ? sxy / Math.sqrt(sxx * syy) : Double.NaN;
    }

    /** Spearman correlation: Pearson of the average ranks (ties share their mean rank). */
    public static double spearman(double[] x, double[] y, int n) {
        double[] rx = new double[n], ry = new double[n];
        ranks(x, n, rx, new double[n]);
        ranks(y, n, ry, new double[n]);
        return pearson(rx, ry, n);
    }

    /** 1-based average ranks of {@code v[0..n)} into {@code out}; {@code scratch} has room for n values. */
    public static void ranks(double[] v, int n, double[] out, double[] scratch) {
        System.arraycopy(v, 0, scratch, 0, n);
        Arrays.sort(scratch, 0, n);
        for (int i = 0; i < n; i++) {
            int lo = lower(scratch, n, v[i]), hi = lo + 1;
            while (hi < n && scratch[hi] == v[i]) hi++; // ties are rare: scan instead of a second search
            out[i] = (lo + 1 + hi) / 2.0;
        }
    }

    static int lower(double[] s, int n, double v) {
        int a = 0, b = n;
        while (a < b) {
            int m = (a + b) >>> 1;
            if (s[m] < v) a = m + 1;
            else b = m;
        }
        return a;
    }

    /**
     * Runs {@code body(from, to)} over row ranges covering {@code [rowFrom, rowTo)} in parallel (rows are
     * independent cross-sections); each call gets a contiguous chunk so it can reuse scratch arrays.
     */
    static void parallelRows(int rowFrom, int rowTo, java.util.function.BiConsumer<Integer, Integer> body) {
        int n = Math.max(0, rowTo - rowFrom);
        int chunks = Math.max(1, Math.min(16, n / 64));
        java.util.stream.IntStream.range(0, chunks).parallel().forEach(k -> {
            int a = rowFrom + (int) ((long) n * k / chunks), b = rowFrom + (int) ((long) n * (k + 1) / chunks);
            body.accept(a, b);
        });
    }

    static int upper(double[] s, int n, double v) {
        int a = 0, b = n;
        while (a < b) {
            int m = (a + b) >>> 1;
            if (s[m] <= v) a = m + 1;
            else b = m;
        }
        return a;
    }
}
