package dev.qforge.q.builtin;

import dev.qforge.q.eval.QError;
import dev.qforge.q.value.*;

/** Helpers for building and taking apart lists. */
public final class Lists {
    private Lists() {}

    /** Items to a list: uniform atoms collapse into a typed vector (as q does for each/list results). */
    public static QObj fromItems(QObj[] v) {
        if (v.length == 0) return GList.EMPTY;
        int t = v[0].type();
        if (t >= 0 || t == -T.TABLE) return new GList(v);
        for (QObj o : v) if (o.type() != t) return new GList(v);
        if (v[0] instanceof LAtom) {
            long[] a = new long[v.length];
            for (int i = 0; i < a.length; i++) a[i] = ((LAtom) v[i]).v;
            return new LVec(-t, a);
        }
        if (v[0] instanceof DAtom) {
            double[] a = new double[v.length];
            for (int i = 0; i < a.length; i++) a[i] = ((DAtom) v[i]).v;
            return new DVec(-t, a);
        }
        if (v[0] instanceof SAtom) {
            String[] a = new String[v.length];
            for (int i = 0; i < a.length; i++) a[i] = ((SAtom) v[i]).v;
            return new SVec(a);
        }
        return new GList(v);
    }

    /** Tables collapse a list of same-keyed dictionaries; otherwise as {@link #fromItems}. */
    public static QObj fromItemsTab(QObj[] v) {
        if (v.length > 0 && v[0] instanceof Dict d0 && d0.k instanceof SVec ks) {
            for (QObj o : v) if (!(o instanceof Dict d && d.k.equals(ks))) return fromItems(v);
            QObj[] cols = new QObj[ks.a.length];
            for (int c = 0; c < cols.length; c++) {
                QObj[] col = new QObj[v.length];
                for (int r = 0; r < v.length; r++) col[r] = ((Dict) v[r]).v.at(c);
                cols[c] = fromItems(col);
            }
            return new Table(ks.a, cols);
        }
        return fromItems(v);
    }

    public static QObj[] items(QObj x) {
        if (x instanceof GList g) return g.a;
        if (x instanceof Dict d) return items(d.v);
        if (x instanceof Table t) {
            QObj[] r = new QObj[t.count()];
            for (int i = 0; i < r.length; i++) r[i] = Index.row(t, i);
            return r;
        }
        int n = x.count();
        if (x.isAtom() || x.isFn()) return new QObj[]{x};
        QObj[] r = new QObj[n];
        for (int i = 0; i < n; i++) r[i] = x.at(i);
        return r;
    }

    public static boolean isList(QObj x) { return x instanceof Vec; }

    public static boolean isStr(QObj x) { return x instanceof LVec v && v.t == T.CHAR; }

    public static String str(QObj x) {
        if (x instanceof LVec v && v.t == T.CHAR) return v.asString();
        if (x instanceof LAtom a && a.t == -T.CHAR) return String.valueOf((char) a.v);
        if (x instanceof SAtom s) return s.v;
        if (x instanceof GList g && g.a.length == 0) return "";
        throw new QError("type");
    }

    /** The null atom of a type (0 for general lists gives the empty list). */
    public static QObj nullAtom(int t) {
        t = Math.abs(t);
        if (t == T.SYM) return new SAtom("");
        if (t == T.REAL || t == T.FLOAT) return new DAtom(-t, Double.NaN);
        if (t == 0 || t > 19) return GList.EMPTY;
        return new LAtom(-t, T.nullOf(t));
    }

    /** An empty list of a type. */
    public static Vec empty(int t) {
        t = Math.abs(t);
        if (t == T.SYM) return new SVec();
        if (t == T.REAL || t == T.FLOAT) return new DVec(t, new double[0]);
        if (t == 0 || t > 19) return new GList();
        return new LVec(t, new long[0]);
    }

    /** Enlists an atom (one-item vector); lists become a one-item general list. */
    public static QObj enlist(QObj x) {
        if (x instanceof LAtom a) return new LVec(-a.t, new long[]{a.v});
        if (x instanceof DAtom a) return new DVec(-a.t, new double[]{a.v});
        if (x instanceof SAtom a) return new SVec(a.v);
        if (x instanceof Dict d && d.k instanceof SVec) return fromItemsTab(new QObj[]{x});
        return new GList(x);
    }

    public static long lng(QObj x) {
        if (x instanceof LAtom a) return a.v;
        if (x instanceof DAtom d) return (long) d.v;
        throw new QError("type");
    }

    public static int[] toIdx(QObj x) {
        if (x instanceof LVec v) {
            int[] r = new int[v.a.length];
            for (int i = 0; i < r.length; i++) r[i] = (int) v.a[i];
            return r;
        }
        if (x instanceof GList g && g.a.length == 0) return new int[0];
        throw new QError("type");
    }
}
