package dev.qforge.backtest.report;

/**
 * Charts of a million points are slow to draw and no clearer than of a few thousand: long series are
 * thinned to at most {@code max} points, keeping the first and last and every k-th in between. Trade
 * markers are always drawn at their exact times and prices.
 */
final class Thinning {

    private Thinning() {
    }

    static int step(int n, int max) {
        return n <= max ? 1 : (n + max - 1) / max;
    }

    static long[] thin(long[] a, int step) {
        if (step == 1) return a;
        int n = (a.length - 1) / step + 1 + ((a.length - 1) % step == 0 ? 0 : 1);
        long[] out = new long[n];
        for (int i = 0, k = 0; k < n; i += step, k++) out[k] = a[Math.min(i, a.length - 1)];
        return out;
    }

    static double[] thin(double[] a, int step) {
        if (step == 1) return a;
        int n = (a.length - 1) / step + 1 + ((a.length - 1) % step == 0 ? 0 : 1);
        double[] out = new double[n];
        for (int i = 0, k = 0; k < n; i += step, k++) out[k] = a[Math.min(i, a.length - 1)];
        return out;
    }
}
