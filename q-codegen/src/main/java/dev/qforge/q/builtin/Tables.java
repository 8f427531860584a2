package dev.qforge.q.builtin;

import dev.qforge.q.eval.QError;
import dev.qforge.q.value.*;

/** Table/dictionary shape operations: flip, xkey, column take. */
public final class Tables {
    private Tables() {}

    /**
     * {@code flip x} (code.kx.com/q/ref/flip): a dictionary of symbol keys becomes a table and a table a
     * dictionary; a list of conforming lists is transposed (atoms extend). Anything with nothing to transpose (an
     * atom, a simple vector, {@code ()}, a list of atoms) is returned as is, as k4 does
     * (wiki.k-language.dev/wiki/Transpose).
     */
    public static QObj flip(QObj x) {
        if (x instanceof Dict d && d.k instanceof SVec ks) {
            QObj[] cols = Lists.items(d.v).clone();
            int n = -1;
            for (QObj c : cols) if (!c.isAtom()) n = c.count();
            for (int i = 0; i < cols.length; i++) {
                if (cols[i].isAtom()) cols[i] = ListOps.take(new dev.qforge.q.eval.Interp(), Math.max(n, 1), cols[i]);
                else if (cols[i].count() != n) throw new QError("length");
            }
            return new Table(ks.a, cols);
        }
        if (x instanceof Table t) return new Dict(new SVec(t.cols), new GList(t.data));
        if (x instanceof Dict d && d.isKeyedTable()) throw new QError("type");
        if (!(x instanceof GList g)) return x;
        int n = -1;
        for (QObj r : g.a) if (!r.isAtom()) { if (n >= 0 && r.count() != n) throw new QError("length"); n = r.count(); }
        if (n < 0) return x;
        QObj[] out = new QObj[n];
        for (int j = 0; j < n; j++) {
            QObj[] col = new QObj[g.a.length];
            for (int i = 0; i < col.length; i++) col[i] = g.a[i].isAtom() ? g.a[i] : g.a[i].at(j);
            out[j] = Lists.fromItems(col);
        }
        return new GList(out);
    }

    public static QObj xkey(Table t, int n) {
        String[] kc = java.util.Arrays.copyOf(t.cols, n), vc = java.util.Arrays.copyOfRange(t.cols, n, t.cols.length);
        QObj[] kd = java.util.Arrays.copyOf(t.data, n), vd = java.util.Arrays.copyOfRange(t.data, n, t.data.length);
        return new Dict(new Table(kc, kd), new Table(vc, vd));
    }

    static QObj takeCols(QObj x, QObj y) {
        String[] names = x instanceof SAtom s ? new String[]{s.v} : ((SVec) x).a;
        if (y instanceof Table t) {
            QObj[] d = new QObj[names.length];
            for (int i = 0; i < names.length; i++) { int c = t.col(names[i]); if (c < 0) throw new QError(names[i]); d[i] = t.data[c]; }
            return new Table(names, d);
        }
        throw new QError("type");
    }
}
