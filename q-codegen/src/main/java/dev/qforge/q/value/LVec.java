package dev.qforge.q.value;

import java.util.Arrays;

/** Vector of an integral type (boolean, byte, short, int, long, char, temporal) on a primitive long[]. */
public final class LVec extends Vec {
    public final int t;
    public final long[] a;
    public LVec(int t, long[] a) { this.t = t; this.a = a; }
    public static LVec j(long... a) { return new LVec(T.LONG, a); }
    public static LVec str(String s) {
        long[] a = new long[s.length()];
        for (int i = 0; i < a.length; i++) a[i] = s.charAt(i);
        return new LVec(T.CHAR, a);
    }
    public String asString() {
        StringBuilder sb = new StringBuilder(a.length);
        for (long c : a) sb.append((char) c);
        return sb.toString();
    }
    @Override public int type() { return t; }
    @Override public int count() { return a.length; }
    @Override public QObj at(int i) { return t == T.LONG ? LAtom.j(a[i]) : new LAtom(-t, a[i]); }
    @Override public Vec pick(int[] idx) {
        long[] r = new long[idx.length];
        for (int i = 0; i < idx.length; i++) r[i] = a[idx[i]];
        return new LVec(t, r);
    }
    @Override public boolean equals(Object o) { return o instanceof LVec v && v.t == t && Arrays.equals(v.a, a); }
    @Override public int hashCode() { return Arrays.hashCode(a) + t; }
}
