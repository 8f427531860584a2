package dev.qforge.q.builtin;

import dev.qforge.q.eval.Interp;
import dev.qforge.q.eval.QError;
import dev.qforge.q.value.*;

import java.util.*;

/**
 * Table joins (code.kx.com/q/ref/lj, ij, uj, aj). {@code x lj y}: y keyed, one result row per x row, common
 * columns replaced from the matching y row, new columns null where unmatched. {@code x ij y}: only matched
 * rows. {@code x uj y}: union of columns; unkeyed tables are catenated, keyed tables are left-joined and
 * unmatched y rows appended. {@code aj[c;t1;t2]}: for each t1 row the last t2 row (in row order) whose
 * {@code c[0..n-2]} columns equal and whose {@code c[n-1]} is at or before the t1 value; the time is t1's
 * ({@code aj0}, {@code ajf0}: the matched t2 row's). The f-variants ({@code ljf}, {@code ijf}, {@code ujf},
 * {@code ajf}, {@code ajf0}; code.kx.com/q/ref/lj etc.) behave as kdb+ 2.8's joins: where the value taken from
 * y is null, x's value of that common column is kept.
 */
public final class Joins {
    private Joins() {}

    /** A simple table seen as column names and per-column item arrays. */
    record Cols(List<String> names, List<QObj[]> items, int rows) {
        static Cols of(Table t) {
            List<QObj[]> it = new ArrayList<>();
            for (QObj c : t.data) it.add(Lists.items(c));
            return new Cols(new ArrayList<>(Arrays.asList(t.cols)), it, t.count());
        }
        int col(String n) { return names.indexOf(n); }
    }

    static Table unkey(Dict d) {
        Table k = (Table) d.k, v = (Table) d.v;
        String[] cols = new String[k.cols.length + v.cols.length];
        QObj[] data = new QObj[cols.length];
        System.arraycopy(k.cols, 0, cols, 0, k.cols.length);
        System.arraycopy(v.cols, 0, cols, k.cols.length, v.cols.length);
        System.arraycopy(k.data, 0, data, 0, k.data.length);
        System.arraycopy(v.data, 0, data, k.data.length, v.data.length);
        return new Table(cols, data);
    }

    /** The row of columns {@code cols} at r as one hashable key. */
    static QObj rowKey(Cols t, int[] cols, int r) {
        if (cols.length == 1) return t.items.get(cols[0])[r];
        QObj[] k = new QObj[cols.length];
        for (int i = 0; i < k.length; i++) k[i] = t.items.get(cols[i])[r];
        return new GList(k);
    }

    static int[] colIdx(Cols t, List<String> names) {
        int[] r = new int[names.size()];
        for (int i = 0; i < r.length; i++) { r[i] = t.col(names.get(i)); if (r[i] < 0) throw new QError(names.get(i)); }
        return r;
    }

    /** The null used to fill an unmatched cell of column {@code col}: {@code first 0#col}. */
    static QObj fillOf(QObj col) { return dev.qforge.q.eval.Derived.prototype(col); }

    public static QObj lj(Interp in, QObj x, QObj y) { return leftJoin(x, y, false, false); }

    public static QObj ij(Interp in, QObj x, QObj y) { return leftJoin(x, y, true, false); }

    /** {@code ljf}: as {@code lj}, but a null in y leaves x's value of a common column (kdb+ 2.8 {@code lj}). */
    public static QObj ljf(Interp in, QObj x, QObj y) { return leftJoin(x, y, false, true); }

    /** {@code ijf}: as {@code ij}, but a null in y leaves x's value of a common column. */
    public static QObj ijf(Interp in, QObj x, QObj y) { return leftJoin(x, y, true, true); }

    private static QObj leftJoin(QObj x, QObj y, boolean inner, boolean fill) {
        if (y instanceof GList g && g.a.length == 0) return x;
        if (!(y instanceof Dict yd) || !yd.isKeyedTable()) throw new QError("type");
        if (x instanceof Dict xd && xd.isKeyedTable()) {
            Table r = (Table) leftJoin(unkey(xd), y, inner, fill);
            return Tables.xkey(r, ((Table) xd.k).cols.length);
        }
        if (!(x instanceof Table xt)) throw new QError("type");
        Table yk = (Table) yd.k, yv = (Table) yd.v;
        Cols a = Cols.of(xt), b = Cols.of(unkey(yd));
        Map<QObj, Integer> index = index(b, colIdx(b, Arrays.asList(yk.cols)));
        int[] akeys = colIdx(a, Arrays.asList(yk.cols));
        List<Integer> rows = new ArrayList<>(), match = new ArrayList<>();
        for (int r = 0; r < a.rows; r++) {
            Integer m = index.get(rowKey(a, akeys, r));
            if (m == null && inner) continue;
            rows.add(r);
            match.add(m);
        }
        return merge(a, b, Arrays.asList(yv.cols), rows, match, yv.data, fill);
    }

    /** First row of each distinct key. */
    static Map<QObj, Integer> index(Cols t, int[] keys) {
        Map<QObj, Integer> m = new HashMap<>();
        for (int r = 0; r < t.rows; r++) m.putIfAbsent(rowKey(t, keys, r), r);
        return m;
    }

    /**
     * Rows {@code rows} of a, with the value columns {@code vcols} of b taken from row {@code match} (null:
     * common columns keep a's value, new columns get the fill of b's column {@code vdata}). With {@code fill}, a
     * null atom taken from b leaves a's value of a common column ({@code a^b}, as the f-joins do).
     */
    private static Table merge(Cols a, Cols b, List<String> vcols, List<Integer> rows, List<Integer> match, QObj[] vdata,
                               boolean fill) {
        List<String> names = new ArrayList<>(a.names);
        for (String c : vcols) if (!names.contains(c)) names.add(c);
        QObj[] data = new QObj[names.size()];
        for (int c = 0; c < data.length; c++) {
            String n = names.get(c);
            int ac = a.col(n), bc = b.col(n), vc = vcols.indexOf(n);
            QObj[] col = new QObj[rows.size()];
            for (int i = 0; i < col.length; i++) {
                Integer m = match.get(i);
                if (m != null && vc >= 0) {
                    QObj v = b.items.get(bc)[m];
                    col[i] = fill && ac >= 0 && isNullAtom(v) ? a.items.get(ac)[rows.get(i)] : v;
                } else if (ac >= 0) col[i] = a.items.get(ac)[rows.get(i)];
                else col[i] = fillOf(vdata[vc]);
            }
            data[c] = column(col, ac >= 0 ? null : vdata[vc]);
        }
        return new Table(names.toArray(String[]::new), data);
    }

    /** A null atom (what {@code ^} fills). */
    static boolean isNullAtom(QObj v) {
        return v.isAtom() && Math1.isNull(v) instanceof LAtom b && b.v != 0;
    }

    /** Items to a column; an empty column keeps the type of {@code like}. */
    static QObj column(QObj[] items, QObj like) {
        if (items.length == 0 && like != null) return Lists.empty(like.type());
        return Lists.fromItems(items);
    }

    public static QObj uj(Interp in, QObj x, QObj y) { return unionJoin(x, y, false); }

    /** {@code ujf}: as {@code uj}, but keyed rows matched in y keep x's values where y's are null. */
    public static QObj ujf(Interp in, QObj x, QObj y) { return unionJoin(x, y, true); }

    private static QObj unionJoin(QObj x, QObj y, boolean fill) {
        if (x instanceof Dict xd && xd.isKeyedTable() && y instanceof Dict yd && yd.isKeyedTable()) {
            Table xk = (Table) xd.k;
            Table left = (Table) leftJoin(unkey(xd), y, false, fill);
            Cols l = Cols.of(left), b = Cols.of(unkey(yd));
            Map<QObj, Integer> seen = index(l, colIdx(l, Arrays.asList(xk.cols)));
            int[] bkeys = colIdx(b, Arrays.asList(xk.cols));
            List<Integer> extra = new ArrayList<>();
            for (int r = 0; r < b.rows; r++) if (!seen.containsKey(rowKey(b, bkeys, r))) extra.add(r);
            return Tables.xkey(catenate(l, b, extra, left.data, unkey(yd).data), xk.cols.length);
        }
        if (!(x instanceof Table xt) || !(y instanceof Table yt)) throw new QError("type");
        Cols b = Cols.of(yt);
        List<Integer> all = new ArrayList<>();
        for (int r = 0; r < b.rows; r++) all.add(r);
        return catenate(Cols.of(xt), b, all, xt.data, yt.data);
    }

    /** All rows of a then rows {@code extra} of b, over the union of columns (a's first), nulls filling gaps. */
    private static Table catenate(Cols a, Cols b, List<Integer> extra, QObj[] adata, QObj[] bdata) {
        List<String> names = new ArrayList<>(a.names);
        for (String c : b.names) if (!names.contains(c)) names.add(c);
        QObj[] data = new QObj[names.size()];
        for (int c = 0; c < data.length; c++) {
            int ac = a.col(names.get(c)), bc = b.col(names.get(c));
            QObj[] col = new QObj[a.rows + extra.size()];
            for (int r = 0; r < a.rows; r++) col[r] = ac >= 0 ? a.items.get(ac)[r] : fillOf(bdata[bc]);
            for (int i = 0; i < extra.size(); i++) col[a.rows + i] = bc >= 0 ? b.items.get(bc)[extra.get(i)] : fillOf(adata[ac]);
            data[c] = column(col, ac >= 0 ? adata[ac] : bdata[bc]);
        }
        return new Table(names.toArray(String[]::new), data);
    }

    /** {@code aj[c;t1;t2]}. */
    public static QObj aj(Interp in, QObj c, QObj t1, QObj t2) { return asof(c, t1, t2, false, false); }

    /** {@code aj0[c;t1;t2]}: as {@code aj}, but a matched row takes its time (all of c) from t2. */
    public static QObj aj0(Interp in, QObj c, QObj t1, QObj t2) { return asof(c, t1, t2, true, false); }

    /** {@code ajf[c;t1;t2]}: as {@code aj}, but a null in t2 leaves t1's value of a common column. */
    public static QObj ajf(Interp in, QObj c, QObj t1, QObj t2) { return asof(c, t1, t2, false, true); }

    /** {@code ajf0[c;t1;t2]}: {@code aj0} with {@code ajf}'s fill. */
    public static QObj ajf0(Interp in, QObj c, QObj t1, QObj t2) { return asof(c, t1, t2, true, true); }

    /**
     * The asof joins. {@code joinCols}: c's columns are taken from the matched t2 row too (aj0, so the time is
     * t2's); otherwise they stay t1's. {@code fill}: nulls from t2 leave t1's values.
     */
    private static QObj asof(QObj c, QObj t1, QObj t2, boolean joinCols, boolean fill) {
        if (!(t1 instanceof Table x) || !(t2 instanceof Table y)) throw new QError("type");
        List<String> cs = c instanceof SAtom s ? List.of(s.v) : Arrays.asList(((SVec) c).a);
        Cols a = Cols.of(x), b = Cols.of(y);
        List<String> eq = cs.subList(0, cs.size() - 1);
        String time = cs.get(cs.size() - 1);
        int[] ak = colIdx(a, eq), bk = colIdx(b, eq);
        int at = a.col(time), bt = b.col(time);
        Map<QObj, List<Integer>> groups = new HashMap<>();
        for (int r = 0; r < b.rows; r++) groups.computeIfAbsent(eq.isEmpty() ? Nil.NIL : rowKey(b, bk, r), k -> new ArrayList<>()).add(r);
        List<Integer> rows = new ArrayList<>(), match = new ArrayList<>();
        for (int r = 0; r < a.rows; r++) {
            List<Integer> g = groups.get(eq.isEmpty() ? Nil.NIL : rowKey(a, ak, r));
            Integer m = null;
            if (g != null) for (int br : g) if (Sorts.cmp(b.items.get(bt)[br], a.items.get(at)[r]) <= 0) m = br;
            rows.add(r);
            match.add(m);
        }
        List<String> vcols = new ArrayList<>();
        List<QObj> vdata = new ArrayList<>();
        for (int i = 0; i < y.cols.length; i++) if (joinCols || !cs.contains(y.cols[i])) { vcols.add(y.cols[i]); vdata.add(y.data[i]); }
        QObj[] vd = new QObj[b.names.size()];
        for (int i = 0; i < vcols.size(); i++) vd[i] = vdata.get(i);
        Cols bv = new Cols(vcols, vcols.stream().map(n -> b.items.get(b.col(n))).toList(), b.rows);
        return merge(a, bv, vcols, rows, match, vd, fill);
    }
}
