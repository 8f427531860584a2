package dev.qforge.q.builtin;

import dev.qforge.q.eval.Interp;
import dev.qforge.q.eval.QError;
import dev.qforge.q.value.*;

import java.util.*;

/**
 * {@code insert}, {@code upsert} (code.kx.com/q/ref/insert, upsert) and {@code fby} (code.kx.com/q/ref/fby).
 * Records are given as one record (a list of atoms), as columns (one list per column, atoms repeated), as
 * a list of records, or as a table (missing columns are null). {@code `t insert y} appends to the global
 * table t (creating it from a table y when undefined) and returns the new row indices; a keyed table
 * signals {@code 'insert} for an existing key. {@code x upsert y} appends to a simple table and, for a keyed
 * table, replaces the rows whose key matches; a symbol x updates the global in place and returns the symbol.
 */
public final class Upsert {
    private Upsert() {}

    public static QObj insert(Interp in, QObj x, QObj y) {
        if (!(x instanceof SAtom name)) throw new QError("type");
        QObj cur = in.globals.get(name.v);
        if (cur == null) {
            if (!(y instanceof Table || y instanceof Dict d && d.isKeyedTable())) throw new QError(name.v);
            in.globals.put(name.v, y);
            return ListOps.til(in, LAtom.j(y.count()));
        }
        int before = cur.count();
        QObj r = add(in, cur, y, true);
        in.globals.put(name.v, r);
        long[] idx = new long[r.count() - before];
        for (int i = 0; i < idx.length; i++) idx[i] = before + i;
        return LVec.j(idx);
    }

    public static QObj upsert(Interp in, QObj x, QObj y) {
        if (x instanceof SAtom name) {
            QObj cur = in.globals.get(name.v);
            if (cur == null) throw new QError(name.v);
            in.globals.put(name.v, add(in, cur, y, false));
            return x;
        }
        return add(in, x, y, false);
    }

    private static QObj add(Interp in, QObj t, QObj y, boolean strict) {
        if (t instanceof Dict d && d.isKeyedTable()) {
            Table k = (Table) d.k;
            Table all = Joins.unkey(d);
            Table rows = records(all, y instanceof Dict yd && yd.isKeyedTable() ? Joins.unkey(yd) : y);
            Joins.Cols a = Joins.Cols.of(all), b = Joins.Cols.of(rows);
            int[] ak = Joins.colIdx(a, Arrays.asList(k.cols)), bk = Joins.colIdx(b, Arrays.asList(k.cols));
            Map<QObj, Integer> index = Joins.index(a, ak);
            List<QObj[]> cols = new ArrayList<>();
            for (QObj[] c : a.items()) cols.add(c.clone());
            int n = a.rows();
            for (int r = 0; r < b.rows(); r++) {
                QObj key = Joins.rowKey(b, bk, r);
                Integer m = index.get(key);
                if (m != null && strict) throw new QError("insert");
                if (m == null) {
                    m = n++;
                    index.put(key, m);
                    for (int c = 0; c < cols.size(); c++) cols.set(c, Arrays.copyOf(cols.get(c), n));
                }
                for (int c = 0; c < cols.size(); c++) cols.get(c)[m] = b.items().get(c)[r];
            }
            QObj[] data = new QObj[cols.size()];
            for (int c = 0; c < data.length; c++) data[c] = Joins.column(cols.get(c), all.data[c]);
            return Tables.xkey(new Table(all.cols, data), k.cols.length);
        }
        if (!(t instanceof Table tt)) throw new QError("type");
        Table rows = records(tt, y);
        QObj[] data = new QObj[tt.cols.length];
        for (int c = 0; c < data.length; c++) {
            QObj[] items = Lists.items(tt.data[c]), more = Lists.items(rows.data[c]);
            QObj[] all = Arrays.copyOf(items, items.length + more.length);
            System.arraycopy(more, 0, all, items.length, more.length);
            if (strict && items.length > 0 && more.length > 0 && tt.data[c].type() > 0 && more[0].type() != -tt.data[c].type()) throw new QError("type");
            data[c] = Joins.column(all, tt.data[c]);
        }
        return new Table(tt.cols, data);
    }

    /** The records y as a table with t's columns, in t's order. */
    private static Table records(Table t, QObj y) {
        int nc = t.cols.length;
        if (y instanceof Dict d && d.k instanceof SVec) y = Lists.enlist(d);
        if (y instanceof Table yt) {
            QObj[] data = new QObj[nc];
            for (int c = 0; c < nc; c++) {
                int yc = yt.col(t.cols[c]);
                if (yc >= 0) { data[c] = yt.data[yc]; continue; }
                QObj[] fill = new QObj[yt.count()];
                Arrays.fill(fill, Joins.fillOf(t.data[c]));
                data[c] = Joins.column(fill, t.data[c]);
            }
            return new Table(t.cols, data);
        }
        QObj[] items = Lists.items(y);
        boolean allAtoms = true, columns = items.length == nc;
        for (QObj o : items) {
            if (!o.isAtom()) allAtoms = false;
            if (o instanceof GList || o instanceof Dict || o instanceof Table) columns = false;
        }
        QObj[] data = new QObj[nc];
        if (allAtoms || columns) {
            if (items.length != nc) throw new QError("length");
            int n = 1;
            for (QObj o : items) if (!o.isAtom()) n = o.count();
            for (int c = 0; c < nc; c++) data[c] = items[c].isAtom() ? ListOps.take(new Interp(), n, items[c]) : items[c];
            return new Table(t.cols, data);
        }
        QObj[][] cols = new QObj[nc][items.length];
        for (int r = 0; r < items.length; r++) {
            if (items[r].count() != nc) throw new QError("length");
            for (int c = 0; c < nc; c++) cols[c][r] = items[r].at(c);
        }
        for (int c = 0; c < nc; c++) data[c] = Lists.fromItems(cols[c]);
        return new Table(t.cols, data);
    }

    /**
     * {@code (aggr;d) fby g}: aggr applied to the items of d grouped by g (a vector, or a table whose rows are
     * the groups), each result spread back to the positions of its group.
     */
    public static QObj fby(Interp in, QObj x, QObj g) {
        if (!(x instanceof GList p) || p.a.length != 2) throw new QError("type");
        QObj f = p.a[0], d = p.a[1];
        QObj[] keys = Lists.items(g instanceof Table t ? rowsOf(t) : g);
        Map<QObj, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < keys.length; i++) groups.computeIfAbsent(keys[i], k -> new ArrayList<>()).add(i);
        QObj[] out = new QObj[keys.length];
        for (List<Integer> idx : groups.values()) {
            long[] ix = idx.stream().mapToLong(Integer::longValue).toArray();
            QObj r = in.monad(f, Index.at(in, d, LVec.j(ix)));
            for (int k = 0; k < ix.length; k++) out[(int) ix[k]] = r.isAtom() ? r : r.at(k);
        }
        return Lists.fromItems(out);
    }

    private static QObj rowsOf(Table t) {
        QObj[] r = new QObj[t.count()];
        for (int i = 0; i < r.length; i++) {
            QObj[] k = new QObj[t.cols.length];
            for (int c = 0; c < k.length; c++) k[c] = t.data[c].at(i);
            r[i] = new GList(k);
        }
        return new GList(r);
    }

    /** {@code x mmu y} / {@code x$y} on float vectors and matrices: matrix product, or dot product of vectors. */
    public static QObj mmu(QObj x, QObj y) {
        boolean mx = x instanceof GList, my = y instanceof GList;
        double[][] a = mx ? rows(x) : new double[][]{Stats.dbl(x)};
        double[][] b = my ? rows(y) : col(Stats.dbl(y));
        int n = a.length, k = a[0].length, m = b[0].length;
        if (b.length != k) throw new QError("length");
        double[][] r = new double[n][m];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < m; j++) { double s = 0; for (int q = 0; q < k; q++) s += a[i][q] * b[q][j]; r[i][j] = s; }
        if (!mx && !my) return DAtom.f(r[0][0]);
        if (!my) { double[] v = new double[n]; for (int i = 0; i < n; i++) v[i] = r[i][0]; return DVec.f(v); }
        if (!mx) return DVec.f(r[0]);
        QObj[] out = new QObj[n];
        for (int i = 0; i < n; i++) out[i] = DVec.f(r[i]);
        return new GList(out);
    }

    private static double[][] rows(QObj x) {
        QObj[] it = Lists.items(x);
        double[][] r = new double[it.length][];
        for (int i = 0; i < r.length; i++) { r[i] = Stats.dbl(it[i]); if (r[i].length != r[0].length) throw new QError("length"); }
        if (r.length == 0) throw new QError("length");
        return r;
    }

    private static double[][] col(double[] v) {
        double[][] r = new double[v.length][1];
        for (int i = 0; i < v.length; i++) r[i][0] = v[i];
        return r;
    }
}
