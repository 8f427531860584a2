package dev.qforge.q.value;

import java.util.Arrays;

/** General (mixed) list, type 0. */
public final class GList extends Vec {
    public static final GList EMPTY = new GList();
    public final QObj[] a;
    public GList(QObj... a) { this.a = a; }
    @Override public int type() { return T.LIST; }
    @Override public int count() { return a.length; }
    @Override public QObj at(int i) { return a[i]; }
    @Override public Vec pick(int[] idx) {
        QObj[] r = new QObj[idx.length];
        for (int i = 0; i < idx.length; i++) r[i] = a[idx[i]];
        return new GList(r);
    }
    @Override public boolean equals(Object o) { return o instanceof GList v && Arrays.equals(v.a, a); }
    @Override public int hashCode() { return Arrays.hashCode(a); }
}
