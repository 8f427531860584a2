package dev.qforge.q.display;

import dev.qforge.q.value.*;

import java.util.ArrayList;
import java.util.List;

/** Multi-line layouts: tables, keyed tables, dictionaries ({@code k| v}) and rectangular lists (aligned columns). */
final class TableFmt {
    private TableFmt() {}

    /** Cells of a column: bare atoms for simple vectors, one-line forms for general lists. */
    static String[] cells(QObj col, int max) { return cells(col, max, false); }

    /**
     * As {@link #cells(QObj, int)}; with {@code blankNulls} (table columns) null items of a simple vector show
     * as empty cells, as in the lj/ij/aj examples on code.kx.com ({@code 2 J 20} for a null {@code d}).
     */
    static String[] cells(QObj col, int max, boolean blankNulls) {
        int n = Math.min(col.count(), max);
        String[] r = new String[n];
        for (int i = 0; i < n; i++) {
            QObj it = col.at(i);
            if (blankNulls && !(col instanceof GList) && isNull(it)) { r[i] = ""; continue; }
            r[i] = col instanceof GList ? (it.isAtom() ? Atoms.atom(it) : Fmt.str(it)) : Atoms.cell(it);
        }
        return r;
    }

    private static boolean isNull(QObj a) {
        if (a instanceof DAtom d) return Double.isNaN(d.v);
        if (a instanceof LAtom l) return l.t != -T.CHAR && T.isNullL(l.t, l.v);
        return false;
    }

    static List<String> table(Table t) {
        return layout(t.cols, t.data, null, null);
    }

    static List<String> keyed(Dict d) {
        Table k = (Table) d.k, v = (Table) d.v;
        return layout(k.cols, k.data, v.cols, v.data);
    }

    private static List<String> layout(String[] kc, QObj[] kd, String[] vc, QObj[] vd) {
        int rows = kd.length == 0 ? 0 : kd[0].count();
        int max = Math.min(rows, Fmt.maxLines + 2);
        List<String[]> cols = new ArrayList<>();
        List<String> names = new ArrayList<>();
        int split = kc.length;
        for (int i = 0; i < kc.length; i++) { cols.add(cells(kd[i], max, true)); names.add(kc[i]); }
        if (vc != null) for (int i = 0; i < vc.length; i++) { cols.add(cells(vd[i], max, true)); names.add(vc[i]); }
        int[] w = new int[cols.size()];
        for (int c = 0; c < w.length; c++) {
            w[c] = names.get(c).length();
            for (String s : cols.get(c)) w[c] = Math.max(w[c], s.length());
        }
        List<String> out = new ArrayList<>();
        StringBuilder h = new StringBuilder(), dash = new StringBuilder();
        for (int c = 0; c < w.length; c++) {
            String sep = c == 0 ? "" : vc != null && c == split ? "| " : " ";
            h.append(sep).append(pad(names.get(c), w[c]));
            dash.append(sep.replace(' ', sep.equals("| ") ? ' ' : '-')).append("-".repeat(w[c]));
        }
        if (vc != null && split == w.length) { h.append("|"); dash.append("|"); }
        out.add(h.toString().stripTrailing());
        out.add(dash.toString());
        for (int r = 0; r < max; r++) {
            StringBuilder sb = new StringBuilder();
            for (int c = 0; c < w.length; c++) {
                String sep = c == 0 ? "" : vc != null && c == split ? "| " : " ";
                sb.append(sep).append(pad(cols.get(c)[r], w[c]));
            }
            out.add(sb.toString().stripTrailing());
        }
        if (rows > max) out.add("..");
        return out;
    }

    static List<String> dict(Dict d) {
        int n = d.k.count();
        int max = Math.min(n, Fmt.maxLines + 1);
        String[] ks = d.k instanceof Vec ? cells(d.k, max) : new String[]{Fmt.str(d.k)};
        String[] vs;
        if (d.v instanceof Table || d.v instanceof Dict) {
            vs = new String[max];
            for (int i = 0; i < max; i++) vs[i] = Fmt.str(dev.qforge.q.builtin.Index.at(null, d.v, LAtom.j(i)));
        } else vs = cells(d.v, max);
        int w = 0;
        for (String k : ks) w = Math.max(w, k.length());
        List<String> out = new ArrayList<>();
        for (int i = 0; i < Math.min(ks.length, vs.length); i++) out.add((pad(ks[i], w) + "| " + vs[i]).stripTrailing());
        if (n > max) out.add("..");
        return out;
    }

    static boolean isMatrix(GList g) { return matrix(g) != null; }

    /** A list of equal-length (2+ items) non-string vectors of one type prints as aligned columns. */
    static List<String> matrix(GList g) {
        int n = -1, t = g.a[0].type();
        if (g.a.length < 1) return null;
        for (QObj o : g.a) {
            if (!(o instanceof Vec) || o.type() != t || t == T.CHAR || t == T.BOOL || t == T.BYTE) return null;
            if (n >= 0 && o.count() != n) return null;
            n = o.count();
        }
        if (n < 2) return null;
        int rows = Math.min(g.a.length, Fmt.maxLines + 1);
        String[][] c = new String[rows][];
        int[] w = new int[n];
        for (int r = 0; r < rows; r++) {
            c[r] = cells(g.a[r], 80);
            for (int j = 0; j < c[r].length; j++) w[j] = Math.max(w[j], c[r][j].length());
        }
        List<String> out = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            StringBuilder sb = new StringBuilder();
            for (int j = 0; j < c[r].length; j++) { if (j > 0) sb.append(' '); sb.append(pad(c[r][j], w[j])); }
            out.add(sb.toString().stripTrailing());
        }
        return out;
    }

    static String pad(String s, int w) { return s.length() >= w ? s : s + " ".repeat(w - s.length()); }
}
