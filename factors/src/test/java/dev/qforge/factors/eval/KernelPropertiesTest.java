package dev.qforge.factors.eval;

import dev.qforge.factors.ops.RollingExtremes;
import dev.qforge.factors.ops.RollingMoments;
import dev.qforge.factors.ops.RollingPairs;
import dev.qforge.factors.ops.RollingRegression;
import dev.qforge.factors.ops.SortedWindow;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The O(1)-per-row kernels equal the naive per-window references for any length (also shorter than the window),
 * window, NaN density and offset into a larger array, including runs of NaN longer than the window and ties.
 */
class KernelPropertiesTest {

    static double[] series(long seed, int len, double nanShare, int pad) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] x = new double[len + 2 * pad];
        double p = 50 + 50 * r.nextDouble();
        boolean gap = false;
        for (int i = 0; i < x.length; i++) {
            p *= Math.exp(0.03 * r.nextGaussian());
            if (r.nextDouble() < 0.02) gap = !gap; // occasional long NaN stretches
            boolean nan = gap || r.nextDouble() < nanShare;
            x[i] = nan ? Double.NaN : (r.nextDouble() < 0.2 ? Math.round(p) : p); // some ties
        }
        return x;
    }

    static void same(double[] actual, int off, double[] expected, double tol) {
        for (int i = 0; i < expected.length; i++) {
            double a = actual[off + i], e = expected[i];
            if (Double.isNaN(e)) assertThat(a).as("row %d", i).isNaN();
            else assertThat(a).as("row %d", i).isCloseTo(e, org.assertj.core.data.Offset.offset(tol * Math.max(1, Math.abs(e))));
        }
    }

    @Property(tries = 60)
    void kernelsEqualNaiveWindows(@ForAll @IntRange(min = 1, max = 120) int len, @ForAll @IntRange(min = 1, max = 70) int w,
                                  @ForAll @DoubleRange(min = 0, max = 0.6) double nanShare, @ForAll long seed) {
        int pad = 7;
        double[] x = series(seed, len, nanShare, pad), y = series(seed + 1, len, nanShare, pad);
        double[] xs = java.util.Arrays.copyOfRange(x, pad, pad + len), ys = java.util.Arrays.copyOfRange(y, pad, pad + len);
        double[] out = new double[x.length];
        RollingMoments.apply(x, pad, len, w, RollingMoments.Stat.MEAN, out);
        same(out, pad, NaiveOperators.rolling("Mean", xs, ys, w, 0), 1e-10);
        RollingMoments.apply(x, pad, len, w, RollingMoments.Stat.STD, out);
        same(out, pad, NaiveOperators.rolling("Std", xs, ys, w, 0), 1e-8);
        RollingMoments.apply(x, pad, len, w, RollingMoments.Stat.COUNT, out);
        same(out, pad, NaiveOperators.rolling("Count", xs, ys, w, 0), 0);
        RollingExtremes.apply(x, pad, len, w, RollingExtremes.Kind.IDXMIN, out);
        same(out, pad, NaiveOperators.rolling("IdxMin", xs, ys, w, 0), 0);
        RollingExtremes.apply(x, pad, len, w, RollingExtremes.Kind.MAX, out);
        same(out, pad, NaiveOperators.rolling("Max", xs, ys, w, 0), 0);
        SortedWindow.apply(x, pad, len, w, SortedWindow.Kind.QUANTILE, 0.3, out);
        same(out, pad, NaiveOperators.rolling("Quantile", xs, ys, w, 0.3), 1e-12);
        SortedWindow.apply(x, pad, len, w, SortedWindow.Kind.RANK, 0, out);
        same(out, pad, NaiveOperators.rolling("Rank", xs, ys, w, 0), 1e-12);
        RollingRegression.apply(x, pad, len, w, RollingRegression.Kind.RESI, out);
        same(out, pad, NaiveOperators.rolling("Resi", xs, ys, w, 0), 1e-8);
        if (w >= 2) {
            RollingPairs.apply(x, y, pad, len, w, RollingPairs.Kind.CORR, out);
            same(out, pad, NaiveOperators.rolling("Corr", xs, ys, w, 0), 1e-7);
        }
    }
}
