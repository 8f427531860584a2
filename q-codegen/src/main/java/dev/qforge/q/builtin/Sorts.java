package dev.qforge.q.builtin;

import dev.qforge.q.eval.QError;
import dev.qforge.q.value.*;

import java.util.Arrays;
import java.util.Comparator;

/** Sorting: stable grades {@code iasc}/{@code idesc}, and {@code asc} (sets {@code `s#}) / {@code desc}. Nulls sort first. */
public final class Sorts {
    private Sorts() {}

    public static final Comparator<QObj> ORDER = Sorts::cmp;

    public static int cmp(QObj a, QObj b) {
        if (a instanceof LAtom x && b instanceof LAtom y) return Long.compare(x.v, y.v);
        if (a instanceof SAtom x && b instanceof SAtom y) return x.v.compareTo(y.v);
        if ((a instanceof DAtom || a instanceof LAtom) && (b instanceof DAtom || b instanceof LAtom)) return Double.compare(nz(Arith.dget(a, 0)), nz(Arith.dget(b, 0)));
        if (a instanceof Vec x && b instanceof Vec y) {
            int n = Math.min(x.count(), y.count());
            for (int i = 0; i < n; i++) { int c = cmp(x.at(i), y.at(i)); if (c != 0) return c; }
            return Integer.compare(x.count(), y.count());
        }
        if (a.isAtom() && b instanceof Vec) return -1;
        if (a instanceof Vec && b.isAtom()) return 1;
        return Integer.compare(a.type(), b.type());
    }
    private static double nz(double d) { return Double.isNaN(d) ? Double.NEGATIVE_INFINITY : d; }

    public static QObj grade(QObj x, boolean up) {
        if (x instanceof Dict d) return Index.at(null, d.k, grade(d.v, up));
        if (!(x instanceof Vec v)) throw new QError("type");
        int n = v.count();
        Integer[] idx = new Integer[n];
        for (int i = 0; i < n; i++) idx[i] = i;
        if (v instanceof LVec l) Arrays.sort(idx, up ? (p, q) -> Long.compare(l.a[p], l.a[q]) : (p, q) -> Long.compare(l.a[q], l.a[p]));
        else if (v instanceof DVec d) Arrays.sort(idx, up ? (p, q) -> Double.compare(nz(d.a[p]), nz(d.a[q])) : (p, q) -> Double.compare(nz(d.a[q]), nz(d.a[p])));
        else if (v instanceof SVec s) Arrays.sort(idx, up ? (p, q) -> s.a[p].compareTo(s.a[q]) : (p, q) -> s.a[q].compareTo(s.a[p]));
        else Arrays.sort(idx, up ? (p, q) -> cmp(v.at(p), v.at(q)) : (p, q) -> cmp(v.at(q), v.at(p)));
        long[] r = new long[n];
        for (int i = 0; i < n; i++) r[i] = idx[i];
        return LVec.j(r);
    }

    public static QObj asc(QObj x) {
        if (x instanceof Dict d) { QObj g = grade(d.v, true); return new Dict(Index.at(null, d.k, g), Index.at(null, d.v, g)); }
        if (x instanceof DVec d) {
            double[] r = d.a.clone();
            Arrays.sort(r);
            int nan = 0;
            for (int i = r.length - 1; i >= 0 && Double.isNaN(r[i]); i--) nan++;
            if (nan > 0) { System.arraycopy(r, 0, r, nan, r.length - nan); Arrays.fill(r, 0, nan, Double.NaN); }
            DVec o = new DVec(d.t, r);
            o.sorted = true;
            return o;
        }
        if (x instanceof LVec l) {
            long[] r = l.a.clone();
            Arrays.sort(r);
            LVec o = new LVec(l.t, r);
            o.sorted = true;
            return o;
        }
        if (!(x instanceof Vec v)) return x;
        Vec o = (Vec) Index.pick(v, ((LVec) grade(v, true)).a);
        if (o instanceof GList g) o = new GList(g.a);
        o.sorted = true;
        return o;
    }

    public static QObj desc(QObj x) {
        if (x instanceof Dict d) { QObj g = grade(d.v, false); return new Dict(Index.at(null, d.k, g), Index.at(null, d.v, g)); }
        if (!(x instanceof Vec v)) return x;
        return Index.pick(v, ((LVec) grade(v, false)).a);
    }

    /** {@code rank}: position of each item in the sorted order. */
    public static QObj rank(QObj x) { return grade(grade(x, true), true); }
}
