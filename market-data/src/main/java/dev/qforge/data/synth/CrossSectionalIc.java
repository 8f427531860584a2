package dev.qforge.data.synth;

import dev.qforge.data.BarSeries;
import dev.qforge.data.Panel;
import java.util.Arrays;

/**
 * Cross-sectional information coefficient: on each date, the correlation across instruments between a
 * factor known at that date's close and the next bar's log return {@code ln(close[t+1] / close[t])}.
 *
 * <p>Pearson IC is the ordinary correlation; rank IC is Spearman's (Pearson on ranks, ties get their average
 * rank). Pairs with a NaN on either side are left out; a date with fewer than three pairs, or with no spread
 * in either variable, has a NaN IC, and {@link #mean} skips NaN dates. This is the ground-truth check for the
 * synthetic universe, kept deliberately plain; factor evaluation proper lives in the factors module.
 */
public final class CrossSectionalIc {

    /** Which correlation. */
    public enum Kind {
        PEARSON, RANK
    }

    private CrossSectionalIc() {
    }

    public static double of(Kind kind, double[] x, double[] y) {
        return kind == Kind.RANK ? spearman(x, y) : pearson(x, y);
    }

    /** Pearson correlation over the pairs where both values are numbers. */
    public static double pearson(double[] x, double[] y) {
        if (x.length != y.length) throw new IllegalArgumentException("lengths differ: " + x.length + " vs " + y.length);
        int n = 0;
        double sx = 0, sy = 0;
        for (int i = 0; i < x.length; i++) {
            if (Double.isNaN(x[i]) || Double.isNaN(y[i])) continue;
            n++;
            sx += x[i];
            sy += y[i];
        }
        if (n < 3) return Double.NaN;
        double mx = sx / n, my = sy / n, sxx = 0, syy = 0, sxy = 0;
        for (int i = 0; i < x.length; i++) {
            if (Double.isNaN(x[i]) || Double.isNaN(y[i])) continue;
            double dx = x[i] - mx, dy = y[i] - my;
            sxx += dx * dx;
            syy += dy * dy;
            sxy += dx * dy;
        }
        return sxx > 0 && syy > 0 ? sxy / Math.sqrt(sxx * syy) : Double.NaN;
    }

    /** Spearman rank correlation over the pairs where both values are numbers, ties at their average rank. */
    public static double spearman(double[] x, double[] y) {
        if (x.length != y.length) throw new IllegalArgumentException("lengths differ: " + x.length + " vs " + y.length);
        int n = 0;
        for (int i = 0; i < x.length; i++) if (!Double.isNaN(x[i]) && !Double.isNaN(y[i])) n++;
        double[] a = new double[n], b = new double[n];
        for (int i = 0, k = 0; i < x.length; i++) {
            if (Double.isNaN(x[i]) || Double.isNaN(y[i])) continue;
            a[k] = x[i];
            b[k++] = y[i];
        }
        return pearson(ranks(a), ranks(b));
    }

    /** 1-based ranks, ties at their average rank. */
    static double[] ranks(double[] v) {
        Integer[] order = new Integer[v.length];
        for (int i = 0; i < v.length; i++) order[i] = i;
        Arrays.sort(order, (p, q) -> Double.compare(v[p], v[q]));
        double[] r = new double[v.length];
        for (int i = 0; i < v.length; ) {
            int j = i;
            while (j + 1 < v.length && v[order[j + 1]] == v[order[i]]) j++;
            double avg = (i + j) / 2.0 + 1;
            for (int k = i; k <= j; k++) r[order[k]] = avg;
            i = j + 1;
        }
        return r;
    }

    /**
     * IC of {@code factorField} at each row {@code t} against the log return from close {@code t} to close
     * {@code t+1}; {@code timeCount() - 1} values.
     */
    public static double[] daily(Panel panel, String factorField, Kind kind) {
        double[] factor = panel.matrix(factorField);
        double[] close = panel.matrix(BarSeries.Field.CLOSE.label());
        int n = panel.instrumentCount();
        int t = panel.timeCount();
        double[] out = new double[Math.max(0, t - 1)];
        double[] f = new double[n], r = new double[n];
        for (int row = 0; row + 1 < t; row++) {
            for (int j = 0; j < n; j++) {
                f[j] = factor[row * n + j];
                r[j] = Math.log(close[(row + 1) * n + j] / close[row * n + j]);
            }
            out[row] = of(kind, f, r);
        }
        return out;
    }

    /** Mean of the non-NaN values; NaN when there are none. */
    public static double mean(double[] values) {
        double s = 0;
        int n = 0;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                s += v;
                n++;
            }
        }
        return n == 0 ? Double.NaN : s / n;
    }
}
