package dev.qforge.q.value;

import java.util.Arrays;

/** Symbol vector. */
public final class SVec extends Vec {
    public final String[] a;
    public SVec(String... a) { this.a = a; }
    @Override public int type() { return T.SYM; }
    @Override public int count() { return a.length; }
    @Override public QObj at(int i) { return new SAtom(a[i]); }
    @Override public Vec pick(int[] idx) {
        String[] r = new String[idx.length];
        for (int i = 0; i < idx.length; i++) r[i] = a[idx[i]];
        return new SVec(r);
    }
    @Override public boolean equals(Object o) { return o instanceof SVec v && Arrays.equals(v.a, a); }
    @Override public int hashCode() { return Arrays.hashCode(a); }
}
