package dev.qforge.q.builtin;

import dev.qforge.q.eval.Interp;
import dev.qforge.q.eval.QError;
import dev.qforge.q.value.*;

import java.util.SplittableRandom;

/**
 * {@code n?m} roll and {@code -n?m} deal. Values cannot match q's generator; only shapes and ranges do.
 * The generator is the session's own ({@link Interp#rng}), so sessions are reproducible and independent.
 */
public final class Rand {
    private Rand() {}

    public static QObj roll(Interp in, QObj x, QObj y) {
        long n = Lists.lng(x);
        boolean deal = n < 0;
        n = Math.abs(n);
        in.checkSize(n);
        if (y instanceof Vec v) {
            long[] idx = deal ? perm(in.rng, (int) n, v.count()) : rolls(in.rng, (int) n, v.count());
            return Index.pick(v, idx);
        }
        if (y instanceof DAtom d) {
            double[] r = new double[(int) n];
            for (int i = 0; i < r.length; i++) r[i] = in.rng.nextDouble() * d.v;
            return DVec.f(r);
        }
        if (y instanceof LAtom m) {
            long[] r = deal ? perm(in.rng, (int) n, (int) m.v) : rolls(in.rng, (int) n, m.v);
            return new LVec(m.t == -T.LONG ? T.LONG : -m.t, r);
        }
        throw new QError("type");
    }

    private static long[] rolls(SplittableRandom rng, int n, long m) {
        long[] r = new long[n];
        for (int i = 0; i < n; i++) r[i] = rng.nextLong(m);
        return r;
    }

    private static long[] perm(SplittableRandom rng, int n, int m) {
        if (n > m) throw new QError("length");
        long[] all = new long[m];
        for (int i = 0; i < m; i++) all[i] = i;
        for (int i = 0; i < n; i++) { int j = i + rng.nextInt(m - i); long t = all[i]; all[i] = all[j]; all[j] = t; }
        return java.util.Arrays.copyOf(all, n);
    }
}
