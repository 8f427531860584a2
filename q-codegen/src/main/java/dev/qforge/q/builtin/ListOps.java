package dev.qforge.q.builtin;

import dev.qforge.q.eval.Interp;
import dev.qforge.q.eval.QError;
import dev.qforge.q.value.*;

import java.util.*;

/** List primitives: take, drop, join, where, reverse, distinct, group, find, til. */
public final class ListOps {
    private ListOps() {}

    public static QObj first(QObj x) {
        if (x instanceof Dict d) return first(d.v);
        if (x instanceof Table t) return Index.row(t, 0);
        if (x.isAtom() || x.isFn()) return x;
        return x.count() == 0 ? Index.nullItem(x) : x.at(0);
    }

    public static QObj til(Interp in, QObj x) {
        if (!(x instanceof LAtom a) || a.t == -T.SYM) throw new QError("type");
        in.checkSize(a.v);
        long[] r = new long[(int) a.v];
        for (int i = 0; i < r.length; i++) r[i] = i;
        return new LVec(T.LONG, r);
    }

    public static QObj where(Interp in, QObj x) {
        if (x instanceof Dict d) return Index.at(in, d.k, where(in, d.v));
        if (x instanceof LAtom a) x = Lists.enlist(a);
        if (!(x instanceof LVec v) || v.t == T.CHAR || v.t == T.SYM) {
            if (x instanceof GList g && g.a.length == 0) return LVec.j();
            throw new QError("type");
        }
        long n = 0;
        if (v.t == T.BOOL) for (long c : v.a) n += c;
        else for (long c : v.a) { if (c < 0) throw new QError("domain"); n += c; }
        in.checkSize(n);
        long[] r = new long[(int) n];
        int k = 0;
        if (v.t == T.BOOL) { for (int i = 0; i < v.a.length; i++) if (v.a[i] != 0) r[k++] = i; }
        else for (int i = 0; i < v.a.length; i++) for (long c = 0; c < v.a[i]; c++) r[k++] = i;
        return LVec.j(r);
    }

    public static QObj reverse(QObj x) {
        if (x instanceof Dict d) return new Dict(reverse(d.k), reverse(d.v));
        if (!(x instanceof Vec v)) return x;
        int n = v.count();
        int[] idx = new int[n];
        for (int i = 0; i < n; i++) idx[i] = n - 1 - i;
        return v.pick(idx);
    }

    public static QObj distinct(QObj x) {
        if (x instanceof Table t) {
            QObj[] rows = Lists.items(t);
            LinkedHashSet<QObj> s = new LinkedHashSet<>(Arrays.asList(rows));
            return Lists.fromItemsTab(s.toArray(QObj[]::new));
        }
        if (!(x instanceof Vec v)) return x;
        int n = v.count();
        LinkedHashMap<QObj, Integer> seen = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) seen.putIfAbsent(v.at(i), i);
        int[] idx = new int[seen.size()];
        int k = 0;
        for (int i : seen.values()) idx[k++] = i;
        return v.pick(idx);
    }

    /** {@code =x}: dictionary of distinct items to the indices where each occurs. */
    public static QObj group(QObj x) {
        if (!(x instanceof Vec v)) throw new QError("type");
        LinkedHashMap<QObj, List<Integer>> g = new LinkedHashMap<>();
        int n = v.count();
        int[] firsts = new int[n];
        int nf = 0;
        for (int i = 0; i < n; i++) {
            List<Integer> l = g.get(v.at(i));
            if (l == null) { g.put(v.at(i), l = new ArrayList<>()); firsts[nf++] = i; }
            l.add(i);
        }
        QObj keys = v.pick(Arrays.copyOf(firsts, nf));
        QObj[] vals = new QObj[nf];
        int k = 0;
        for (List<Integer> l : g.values()) {
            long[] a = new long[l.size()];
            for (int i = 0; i < a.length; i++) a[i] = l.get(i);
            vals[k++] = LVec.j(a);
        }
        return new Dict(keys, new GList(vals));
    }

    public static QObj bang(Interp in, QObj x, QObj y) {
        if (x instanceof LAtom n && n.t == -T.LONG && y instanceof Table t) return Tables.xkey(t, (int) n.v);
        if (x.isAtom() && !y.isAtom() || !x.isAtom() && y.isAtom() && !(x.count() == 1)) throw new QError("length");
        if (x.isAtom() && y.isAtom()) return new Dict(Lists.enlist(x), Lists.enlist(y));
        if (x.count() != y.count()) throw new QError("length");
        return new Dict(x, y);
    }

    public static QObj take(Interp in, long n, QObj y) {
        if (y instanceof Dict d) return new Dict(take(in, n, d.k), take(in, n, d.v));
        if (y instanceof Table t) {
            QObj[] cols = new QObj[t.data.length];
            for (int c = 0; c < cols.length; c++) cols[c] = take(in, n, t.data[c]);
            return new Table(t.cols, cols);
        }
        Vec v = y instanceof Vec vv ? vv : (Vec) Lists.enlist(y);
        int len = v.count();
        if (n == len && !v.sorted) return v;
        in.checkSize(Math.abs(n));
        int m = (int) Math.abs(n);
        if (len > 0 && n >= 0 && v instanceof LVec l) return new LVec(l.t, cycle(l.a, new long[m]));
        if (len > 0 && n >= 0 && v instanceof DVec d) return new DVec(d.t, cycle(d.a, new double[m]));
        int[] idx = new int[m];
        if (len == 0) return m == 0 ? v : Index.pick(v, new long[m]);
        if (n >= 0) for (int i = 0; i < m; i++) idx[i] = i % len;
        else for (int i = 0; i < m; i++) idx[i] = Math.floorMod(len - m + i, len);
        return v.pick(idx);
    }

    /** Fills dst with src repeated cyclically (array copies, no per-item modulo). */
    private static <A> A cycle(A src, A dst) {
        int len = java.lang.reflect.Array.getLength(src), m = java.lang.reflect.Array.getLength(dst);
        for (int o = 0; o < m; o += len) System.arraycopy(src, 0, dst, o, Math.min(len, m - o));
        return dst;
    }

    static QObj reshape(Interp in, LVec shape, QObj y) {
        if (shape.a.length != 2) throw new QError("nyi");
        long r = shape.a[0], c = shape.a[1];
        long total = r * c;
        QObj flat = take(in, total, y);
        QObj[] rows = new QObj[(int) r];
        for (int i = 0; i < r; i++) {
            int[] idx = new int[(int) c];
            for (int j = 0; j < c; j++) idx[j] = (int) (i * c + j);
            rows[i] = ((Vec) flat).pick(idx);
        }
        return new GList(rows);
    }

    static QObj dictTake(Interp in, QObj keys, Dict d) {
        return new Dict(keys, Index.at(in, d, keys));
    }

    public static QObj drop(Interp in, QObj x, QObj y) {
        if (x instanceof LAtom n && !(y.isAtom())) {
            if (y instanceof Dict d) return new Dict(drop(in, x, d.k), drop(in, x, d.v));
            if (y instanceof Table t) {
                QObj[] cols = new QObj[t.data.length];
                for (int c = 0; c < cols.length; c++) cols[c] = drop(in, x, t.data[c]);
                return new Table(t.cols, cols);
            }
            Vec v = (Vec) y;
            int len = v.count();
            long k = Math.min(Math.abs(n.v), len);
            int m = (int) (len - k);
            int[] idx = new int[m];
            int off = n.v >= 0 ? (int) k : 0;
            for (int i = 0; i < m; i++) idx[i] = off + i;
            return v.pick(idx);
        }
        if (x instanceof LVec cuts && y instanceof Vec v) return cut(in, cuts.a, v);
        if (y instanceof LAtom i && x instanceof Vec v) {
            int len = v.count();
            if (i.v < 0 || i.v >= len) return x;
            int[] idx = new int[len - 1];
            for (int k = 0, j = 0; k < len; k++) if (k != i.v) idx[j++] = k;
            return v.pick(idx);
        }
        if (x instanceof Dict d) {
            QObj ks = y.isAtom() ? Lists.enlist(y) : y;
            List<Integer> keep = new ArrayList<>();
            for (int k = 0; k < d.k.count(); k++) if (Find.indexOf(ks, d.k.at(k)) >= ks.count()) keep.add(k);
            int[] idx = keep.stream().mapToInt(Integer::intValue).toArray();
            return new Dict(((Vec) d.k).pick(idx), ((Vec) d.v).pick(idx));
        }
        throw new QError("type");
    }

    public static QObj cut(Interp in, long[] cuts, Vec v) {
        int len = v.count();
        QObj[] r = new QObj[cuts.length];
        for (int k = 0; k < cuts.length; k++) {
            long s = cuts[k], e = k + 1 < cuts.length ? cuts[k + 1] : len;
            if (s < 0 || s > len || e < s) throw new QError("domain");
            int[] idx = new int[(int) (e - s)];
            for (int i = 0; i < idx.length; i++) idx[i] = (int) s + i;
            r[k] = v.pick(idx);
        }
        return new GList(r);
    }

    /**
     * Whether Find in the general list {@code x} treats the simple vector {@code y} as one item (rather than
     * seeking each of its items): true where x's first item has y's type, so {@code ("ab";"cd")?"cd"} is 1.
     */
    static boolean wholeItem(QObj x, QObj y) {
        return x instanceof GList g && g.a.length > 0 && y instanceof Vec && !(y instanceof GList)
                && y.type() > 0 && g.a[0].type() == y.type();
    }

    public static QObj find(Interp in, QObj x, QObj y) {
        if (x instanceof LAtom n && y instanceof LAtom || x instanceof LAtom && y instanceof DAtom || x instanceof LAtom && y instanceof Vec && x.type() == -T.LONG && !(y instanceof GList)) return Rand.roll(in, x, y);
        if (x instanceof Dict d) {
            int p = Find.indexOf(d.v, y);
            return p < d.v.count() ? d.k.at(p) : Index.nullItem(d.k);
        }
        if (!(x instanceof Vec)) throw new QError("type");
        if (y.isAtom() || x.type() == 0 && !(y instanceof Vec) || wholeItem(x, y)) return LAtom.j(Find.indexOf(x, y));
        if (x.type() == 0 && y.type() == 0) {
            QObj[] ys = Lists.items(y);
            long[] r = new long[ys.length];
            for (int i = 0; i < r.length; i++) r[i] = Find.indexOf(x, ys[i]);
            return LVec.j(r);
        }
        return LVec.j(Find.indexOfAll(x, y));
    }

    public static QObj join(Interp in, QObj x, QObj y) {
        if (x instanceof Dict dx && y instanceof Dict dy) {
            QObj r = dx;
            for (int i = 0; i < dy.count(); i++) r = dev.qforge.q.eval.Amend.at(in, r, new QObj[]{dy.k.at(i)}, null, dy.v.at(i));
            return r;
        }
        if (x instanceof Table tx && y instanceof Table ty) {
            QObj[] cols = new QObj[tx.data.length];
            for (int c = 0; c < cols.length; c++) cols[c] = join(in, tx.data[c], ty.data[ty.col(tx.cols[c])]);
            return new Table(tx.cols, cols);
        }
        if (x instanceof Table tx && y instanceof Dict) return join(in, x, Lists.enlist(y));
        Vec a = x instanceof Vec v ? v : (Vec) Lists.enlist(x);
        Vec b = y instanceof Vec v ? v : (Vec) Lists.enlist(y);
        in.checkSize((long) a.count() + b.count());
        if (a instanceof LVec la && b instanceof LVec lb && la.t == lb.t) {
            long[] r = Arrays.copyOf(la.a, la.a.length + lb.a.length);
            System.arraycopy(lb.a, 0, r, la.a.length, lb.a.length);
            return new LVec(la.t, r);
        }
        if (a instanceof DVec la && b instanceof DVec lb && la.t == lb.t) {
            double[] r = Arrays.copyOf(la.a, la.a.length + lb.a.length);
            System.arraycopy(lb.a, 0, r, la.a.length, lb.a.length);
            return new DVec(la.t, r);
        }
        if (a instanceof SVec la && b instanceof SVec lb) {
            String[] r = Arrays.copyOf(la.a, la.a.length + lb.a.length);
            System.arraycopy(lb.a, 0, r, la.a.length, lb.a.length);
            return new SVec(r);
        }
        QObj[] ia = Lists.items(a), ib = Lists.items(b);
        QObj[] r = Arrays.copyOf(ia, ia.length + ib.length);
        System.arraycopy(ib, 0, r, ia.length, ib.length);
        if (a.count() == 0) return b.count() == 0 ? a : b;
        if (b.count() == 0) return a;
        return new GList(r);
    }
}
