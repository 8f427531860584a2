package dev.qforge.q.builtin;

import dev.qforge.q.value.*;

import java.util.HashMap;
import java.util.Map;

/** Search by q match semantics ({@code ~}); absent items give the list count. */
public final class Find {
    private Find() {}

    public static int indexOf(QObj list, QObj item) {
        int n = list.count();
        if (list instanceof LVec v && item instanceof LAtom a && -a.t == v.t) {
            for (int i = 0; i < n; i++) if (v.a[i] == a.v) return i;
            return n;
        }
        if (list instanceof SVec v && item instanceof SAtom s) {
            for (int i = 0; i < n; i++) if (v.a[i].equals(s.v)) return i;
            return n;
        }
        if (list instanceof LVec || list instanceof DVec || list instanceof SVec) {
            if (!item.isAtom()) return n;
        }
        for (int i = 0; i < n; i++) if (Match.match(list.at(i), item)) return i;
        return n;
    }

    public static int indexOfRow(Table t, QObj key) {
        int n = t.count();
        for (int r = 0; r < n; r++) {
            QObj row = Index.row(t, r);
            QObj rv = ((Dict) row).v;
            if (Match.match(rv, key) || t.cols.length == 1 && Match.match(rv.at(0), key)) return r;
        }
        return n;
    }

    /** {@code x?y} for a list y: positions of each y item in x. */
    public static long[] indexOfAll(QObj x, QObj y) {
        int n = y.count();
        long[] r = new long[n];
        Map<Object, Integer> pos = new HashMap<>();
        int xn = x.count();
        for (int i = xn - 1; i >= 0; i--) pos.put(key(x.at(i)), i);
        for (int i = 0; i < n; i++) r[i] = pos.getOrDefault(key(y.at(i)), xn);
        return r;
    }

    /** A hash key with match semantics. */
    public static Object key(QObj o) { return o; }
}
