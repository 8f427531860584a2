package dev.qforge.q.value;

import java.util.Arrays;

/** Real or float vector on a primitive double[]. */
public final class DVec extends Vec {
    public final int t;
    public final double[] a;
    public DVec(int t, double[] a) { this.t = t; this.a = a; }
    public static DVec f(double... a) { return new DVec(T.FLOAT, a); }
    @Override public int type() { return t; }
    @Override public int count() { return a.length; }
    @Override public QObj at(int i) { return new DAtom(-t, a[i]); }
    @Override public Vec pick(int[] idx) {
        double[] r = new double[idx.length];
        for (int i = 0; i < idx.length; i++) r[i] = a[idx[i]];
        return new DVec(t, r);
    }
    @Override public boolean equals(Object o) {
        if (!(o instanceof DVec v) || v.t != t || v.a.length != a.length) return false;
        for (int i = 0; i < a.length; i++) if (!(a[i] == v.a[i] || Double.isNaN(a[i]) && Double.isNaN(v.a[i]))) return false;
        return true;
    }
    @Override public int hashCode() { return Arrays.hashCode(a) + t; }
}
