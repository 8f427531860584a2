package dev.qforge.q.builtin;

import dev.qforge.q.eval.Interp;
import dev.qforge.q.eval.QError;
import dev.qforge.q.value.*;

/** Indexing data: lists by position (out of range gives the type's null), dictionaries by key, tables. */
public final class Index {
    private Index() {}

    public static QObj at(Interp in, QObj x, QObj i) {
        if (i == Nil.NIL) return x;
        if (x instanceof QFn || x == Nil.NIL) return in.monad(x, i);
        if (x instanceof Dict d) return dictAt(in, d, i);
        if (x instanceof Table t) return tableAt(in, t, i);
        if (x instanceof Vec v) {
            if (i instanceof LAtom a && a.t != -T.SYM) {
                long k = a.v;
                return k >= 0 && k < v.count() ? v.at((int) k) : nullItem(v);
            }
            if (i instanceof LVec iv) return pick(v, iv.a);
            if (i instanceof GList g) {
                QObj[] r = new QObj[g.a.length];
                for (int k = 0; k < r.length; k++) r[k] = at(in, x, g.a[k]);
                return Lists.fromItems(r);
            }
            if (i instanceof Dict d) return new Dict(d.k, at(in, x, d.v));
            throw new QError("type");
        }
        throw new QError("rank");
    }

    static QObj pick(Vec v, long[] idx) {
        int n = v.count();
        if (v instanceof LVec l) {
            long[] r = new long[idx.length];
            long[] a = l.a;
            int k = 0;
            for (; k < idx.length; k++) { long p = idx[k]; if (p < 0 || p >= n) break; r[k] = a[(int) p]; }
            if (k == idx.length) return new LVec(l.t, r);
        } else if (v instanceof DVec d) {
            double[] r = new double[idx.length];
            double[] a = d.a;
            int k = 0;
            for (; k < idx.length; k++) { long p = idx[k]; if (p < 0 || p >= n) break; r[k] = a[(int) p]; }
            if (k == idx.length) return new DVec(d.t, r);
        }
        boolean ok = true;
        int[] ii = new int[idx.length];
        for (int k = 0; k < idx.length; k++) { if (idx[k] < 0 || idx[k] >= n) { ok = false; break; } ii[k] = (int) idx[k]; }
        if (ok) {
            Vec r = v.pick(ii);
            return r instanceof GList g ? Lists.fromItems(g.a) : r;
        }
        QObj[] r = new QObj[idx.length];
        for (int k = 0; k < r.length; k++) r[k] = idx[k] >= 0 && idx[k] < n ? v.at((int) idx[k]) : nullItem(v);
        if (r.length == 0) return Lists.empty(v.type());
        QObj c = Lists.fromItems(r);
        return c;
    }

    /**
     * What indexing {@code v} out of range gives: the null of its type; for a general list, the null of its first
     * item's type, which for a simple vector item is an empty vector of that type ({@code (1 2;3 4) 5} is
     * {@code `long$()}, so a missing key of a dictionary of vectors counts 0).
     */
    public static QObj nullItem(QObj v) {
        if (v instanceof GList g) {
            if (g.a.length == 0) return Nil.NIL;
            int t = g.a[0].type();
            return t > 0 && t < 20 ? Lists.empty(t) : Lists.nullAtom(t);
        }
        return Lists.nullAtom(v.type());
    }

    public static QObj row(Table t, int r) {
        QObj[] v = new QObj[t.cols.length];
        for (int c = 0; c < v.length; c++) v[c] = t.data[c].at(r);
        return new Dict(new SVec(t.cols), Lists.fromItems(v));
    }

    static QObj tableAt(Interp in, Table t, QObj i) {
        if (i instanceof SAtom s) {
            int c = t.col(s.v);
            if (c < 0) throw new QError(s.v);
            return t.data[c];
        }
        if (i instanceof SVec sv) {
            QObj[] r = new QObj[sv.a.length];
            for (int k = 0; k < r.length; k++) r[k] = tableAt(in, t, new SAtom(sv.a[k]));
            return new GList(r);
        }
        if (i instanceof LAtom a) {
            if (a.v < 0 || a.v >= t.count()) {
                QObj[] v = new QObj[t.cols.length];
                for (int c = 0; c < v.length; c++) v[c] = nullItem(t.data[c]);
                return new Dict(new SVec(t.cols), Lists.fromItems(v));
            }
            return row(t, (int) a.v);
        }
        if (i instanceof LVec iv) {
            QObj[] cols = new QObj[t.cols.length];
            for (int c = 0; c < cols.length; c++) cols[c] = pick((Vec) t.data[c], iv.a);
            return new Table(t.cols, cols);
        }
        throw new QError("type");
    }

    static QObj dictAt(Interp in, Dict d, QObj i) {
        if (d.isKeyedTable()) {
            Table kt = (Table) d.k;
            if (i instanceof Table it) {
                QObj[] rows = Lists.items(it);
                QObj[] r = new QObj[rows.length];
                for (int k = 0; k < r.length; k++) r[k] = dictAt(in, d, rows[k]);
                return Lists.fromItemsTab(r);
            }
            QObj key = i instanceof Dict di ? di.v : i;
            int r = Find.indexOfRow(kt, key);
            return r < kt.count() ? row((Table) d.v, r) : tableAt(in, (Table) d.v, LAtom.j(-1));
        }
        QObj keys = d.k;
        if (keys.type() == 0 || i.isAtom() || keys.type() != i.type() && !(i instanceof GList)) {
            int p = Find.indexOf(keys, i);
            if (p < keys.count()) return d.v.at(p);
            if (i.isAtom()) return nullItem(d.v);
        }
        if (i instanceof Vec iv) {
            QObj[] r = new QObj[iv.count()];
            for (int k = 0; k < r.length; k++) r[k] = dictAt(in, d, iv.at(k));
            return Lists.fromItems(r);
        }
        return nullItem(d.v);
    }

    /** {@code x[i;j;...]}: index at depth; a generic-null index selects everything at that level. */
    public static QObj atDepth(Interp in, QObj x, QObj[] args) {
        if (args.length == 1) return at(in, x, args[0]);
        if (x instanceof QFn) return in.apply(x, args);
        QObj i = args[0];
        QObj[] rest = java.util.Arrays.copyOfRange(args, 1, args.length);
        if (x instanceof Table t && i instanceof LAtom && rest.length == 1) return at(in, row(t, (int) ((LAtom) i).v), rest[0]);
        if (i == Nil.NIL) {
            if (x instanceof Dict d) return new Dict(d.k, atDepthEach(in, d.v, rest));
            return atDepthEach(in, x, rest);
        }
        if (i.isAtom()) return atDepth(in, at(in, x, i), rest);
        return atDepthEach(in, at(in, x, i), rest);
    }

    private static QObj atDepthEach(Interp in, QObj x, QObj[] rest) {
        if (x instanceof Table t) {
            QObj r = atDepth(in, new Dict(new SVec(t.cols), new GList(t.data)), new QObj[]{rest[0]});
            return r;
        }
        QObj[] items = Lists.items(x);
        QObj[] r = new QObj[items.length];
        for (int k = 0; k < r.length; k++) r[k] = atDepth(in, items[k], rest);
        return Lists.fromItems(r);
    }
}
