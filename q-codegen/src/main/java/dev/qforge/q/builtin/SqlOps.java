package dev.qforge.q.builtin;

import dev.qforge.q.eval.Ctx;
import dev.qforge.q.eval.Interp;
import dev.qforge.q.eval.QError;
import dev.qforge.q.lang.Node;
import dev.qforge.q.lang.Sql.Query;
import dev.qforge.q.value.*;

import java.util.*;

/**
 * Evaluation of qSQL: columns are bound as local names; where-clauses filter in order; by groups rows
 * (groups in ascending key order, as q's select-by) into a keyed table. Atoms broadcast to the row count.
 */
public final class SqlOps {
    private SqlOps() {}

    public static QObj run(Ctx c, Query q) {
        Interp in = c.in;
        QObj src = q.from().eval(c);
        QObj keyed = null;
        if (src instanceof Dict d && d.isKeyedTable()) { keyed = d; src = merge((Table) d.k, (Table) d.v); }
        if (!(src instanceof Table t)) throw new QError("type");
        int n = t.count();
        int[] rows = new int[n];
        for (int i = 0; i < n; i++) rows[i] = i;
        for (Node w : q.where()) {
            QObj b = w.eval(ctx(c, t, rows));
            if (b instanceof LAtom a) { if (a.v == 0) rows = new int[0]; continue; }
            long[] bb = ((LVec) b).a;
            int k = 0;
            int[] nr = new int[rows.length];
            for (int i = 0; i < rows.length; i++) if (bb[i] != 0) nr[k++] = rows[i];
            rows = Arrays.copyOf(nr, k);
        }
        switch (q.kind()) {
            case "delete" -> {
                if (!q.names().isEmpty()) {
                    List<String> keep = new ArrayList<>();
                    for (String col : t.cols) if (!q.names().contains(col)) keep.add(col);
                    return Tables.takeCols(new SVec(keep.toArray(String[]::new)), t);
                }
                Set<Integer> del = new HashSet<>();
                for (int r : rows) del.add(r);
                long[] keep = new long[n - del.size()];
                int k = 0;
                for (int i = 0; i < n; i++) if (!del.contains(i)) keep[k++] = i;
                return Index.tableAt(in, t, LVec.j(keep));
            }
            case "update" -> { return update(c, q, t, rows); }
            default -> { }
        }
        if (!q.by().isEmpty()) return grouped(c, q, t, rows);
        Ctx cx = ctx(c, t, rows);
        if (q.cols().isEmpty()) return q.kind().equals("exec") ? Index.tableAt(in, t, idx(rows)) : keyed != null && rows.length == n ? keyed : Index.tableAt(in, t, idx(rows));
        QObj[] vals = new QObj[q.cols().size()];
        for (int i = vals.length - 1; i >= 0; i--) vals[i] = q.cols().get(i).eval(cx);
        if (q.kind().equals("exec")) return vals.length == 1 ? vals[0] : new Dict(new SVec(q.names().toArray(String[]::new)), new GList(vals));
        return table(in, q.names(), vals);
    }

    public static Table table(Interp in, List<String> names, QObj[] vals) {
        int len = -1;
        for (QObj v : vals) if (!v.isAtom()) len = v.count();
        for (int i = 0; i < vals.length; i++) if (vals[i].isAtom()) vals[i] = ListOps.take(in, Math.max(len, 1), vals[i]);
        return new Table(dedupe(names), vals);
    }

    /**
     * A name already in use gets the first of the suffixes 1, 2, ... that makes it unique (c1, c1 gives c1, c11).
     * A grouped query renames its by columns and its value columns each this way.
     */
    private static String[] dedupe(List<String> names) {
        String[] r = names.toArray(String[]::new);
        Set<String> used = new HashSet<>();
        for (int i = 0; i < r.length; i++) {
            if (used.contains(r[i])) {
                int k = 1;
                while (used.contains(r[i] + k)) k++;
                r[i] = r[i] + k;
            }
            used.add(r[i]);
        }
        return r;
    }

    private static LVec idx(int[] rows) { long[] a = new long[rows.length]; for (int i = 0; i < a.length; i++) a[i] = rows[i]; return LVec.j(a); }

    private static Ctx ctx(Ctx c, Table t, int[] rows) {
        Map<String, QObj> env = new HashMap<>();
        if (c.locals != null) env.putAll(c.locals);
        LVec ix = idx(rows);
        for (int i = 0; i < t.cols.length; i++) env.put(t.cols[i], rows.length == t.count() ? t.data[i] : Index.pick((Vec) t.data[i], ix.a));
        env.put("i", ix);
        return new Ctx(c.in, env, c.self, new HashSet<>(Arrays.asList(t.cols)));
    }

    private static Table merge(Table k, Table v) {
        String[] cols = new String[k.cols.length + v.cols.length];
        QObj[] data = new QObj[cols.length];
        System.arraycopy(k.cols, 0, cols, 0, k.cols.length);
        System.arraycopy(v.cols, 0, cols, k.cols.length, v.cols.length);
        System.arraycopy(k.data, 0, data, 0, k.data.length);
        System.arraycopy(v.data, 0, data, k.data.length, v.data.length);
        return new Table(cols, data);
    }

    private static List<int[]> groups(Ctx c, Query q, Table t, int[] rows, QObj[] keyVals) {
        Ctx cx = ctx(c, t, rows);
        for (int i = 0; i < keyVals.length; i++) keyVals[i] = q.by().get(i).eval(cx);
        QObj[] rowKeys = new QObj[rows.length];
        for (int r = 0; r < rows.length; r++) {
            QObj[] k = new QObj[keyVals.length];
            for (int i = 0; i < k.length; i++) k[i] = keyVals[i].at(r);
            rowKeys[r] = new GList(k);
        }
        Map<QObj, List<Integer>> g = new LinkedHashMap<>();
        for (int r = 0; r < rows.length; r++) g.computeIfAbsent(rowKeys[r], z -> new ArrayList<>()).add(r);
        List<QObj> keys = new ArrayList<>(g.keySet());
        if (!q.kind().equals("update")) keys.sort(Sorts.ORDER);
        List<int[]> out = new ArrayList<>();
        for (QObj k : keys) out.add(g.get(k).stream().mapToInt(r -> rows[r]).toArray());
        return out;
    }

    private static QObj grouped(Ctx c, Query q, Table t, int[] rows) {
        QObj[] keyVals = new QObj[q.by().size()];
        List<int[]> gs = groups(c, q, t, rows, keyVals);
        int ng = gs.size();
        QObj[][] keyCols = new QObj[keyVals.length][ng];
        int nc = q.cols().isEmpty() ? t.cols.length : q.cols().size();
        QObj[][] valCols = new QObj[nc][ng];
        for (int g = 0; g < ng; g++) {
            int[] gr = gs.get(g);
            Ctx cx = ctx(c, t, gr);
            int first = Arrays.binarySearch(rows, gr[0]);
            for (int i = 0; i < keyVals.length; i++) keyCols[i][g] = keyVals[i].at(first < 0 ? indexIn(rows, gr[0]) : first);
            for (int j = 0; j < nc; j++) valCols[j][g] = q.cols().isEmpty() ? t.data[j].at(gr[gr.length - 1]) : q.cols().get(j).eval(cx);
        }
        QObj[] kc = new QObj[keyVals.length], vc = new QObj[nc];
        for (int i = 0; i < kc.length; i++) kc[i] = Lists.fromItems(keyCols[i]);
        for (int j = 0; j < nc; j++) vc[j] = Lists.fromItems(valCols[j]);
        String[] vn = q.cols().isEmpty() ? t.cols : dedupe(q.names()), kn = dedupe(q.byNames());
        if (q.kind().equals("exec")) return new Dict(kc.length == 1 ? kc[0] : new Table(kn, kc), vc.length == 1 ? vc[0] : new Table(vn, vc));
        return new Dict(new Table(kn, kc), new Table(vn, vc));
    }

    private static int indexIn(int[] rows, int r) { for (int i = 0; i < rows.length; i++) if (rows[i] == r) return i; return 0; }

    private static QObj update(Ctx c, Query q, Table t, int[] rows) {
        Interp in = c.in;
        int n = t.count();
        List<int[]> gs = q.by().isEmpty() ? List.of(rows) : groups(c, q, t, rows, new QObj[q.by().size()]);
        List<String> cols = new ArrayList<>(Arrays.asList(t.cols));
        List<QObj[]> data = new ArrayList<>();
        for (QObj d : t.data) data.add(Lists.items(d).clone());
        for (int g = 0; g < gs.size(); g++) {
            int[] gr = gs.get(g);
            Ctx cx = ctx(c, t, gr);
            for (int j = 0; j < q.cols().size(); j++) {
                QObj v = q.cols().get(j).eval(cx);
                String name = q.names().get(j);
                int ci = cols.indexOf(name);
                if (ci < 0) {
                    cols.add(name);
                    QObj[] col = new QObj[n];
                    QObj nul = Index.nullItem(v.isAtom() ? Lists.enlist(v) : v);
                    Arrays.fill(col, nul);
                    data.add(col);
                    ci = cols.size() - 1;
                }
                QObj[] col = data.get(ci);
                for (int r = 0; r < gr.length; r++) col[gr[r]] = v.isAtom() ? v : v.at(r);
            }
        }
        QObj[] out = new QObj[cols.size()];
        for (int i = 0; i < out.length; i++) out[i] = n == 0 ? t.data[Math.min(i, t.data.length - 1)] : Lists.fromItems(data.get(i));
        return new Table(cols.toArray(String[]::new), out);
    }

    public static QObj sortBy(Interp in, QObj cols, QObj t, boolean up) {
        Table tb = (Table) t;
        String[] cs = cols instanceof SAtom s ? new String[]{s.v} : ((SVec) cols).a;
        QObj[] rows = new QObj[tb.count()];
        Integer[] ix = new Integer[rows.length];
        for (int i = 0; i < ix.length; i++) ix[i] = i;
        Arrays.sort(ix, (a, b) -> {
            for (String cn : cs) { QObj col = tb.data[tb.col(cn)]; int r = Sorts.cmp(col.at(a), col.at(b)); if (r != 0) return up ? r : -r; }
            return 0;
        });
        long[] l = new long[ix.length];
        for (int i = 0; i < l.length; i++) l[i] = ix[i];
        return Index.tableAt(in, tb, LVec.j(l));
    }

    public static QObj xkey(Interp in, QObj cols, QObj t) {
        String[] cs = cols instanceof SAtom s ? new String[]{s.v} : ((SVec) cols).a;
        Table tb = (Table) t;
        List<String> order = new ArrayList<>(Arrays.asList(cs));
        for (String c : tb.cols) if (!order.contains(c)) order.add(c);
        return Tables.xkey((Table) Tables.takeCols(new SVec(order.toArray(String[]::new)), tb), cs.length);
    }

    public static QObj xcol(QObj names, QObj t) {
        Table tb = (Table) t;
        String[] ns = tb.cols.clone();
        String[] nn = names instanceof SAtom s ? new String[]{s.v} : ((SVec) names).a;
        System.arraycopy(nn, 0, ns, 0, Math.min(nn.length, ns.length));
        return new Table(ns, tb.data);
    }
}
