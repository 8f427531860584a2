package dev.qforge.q.eval;

import dev.qforge.q.builtin.*;
import dev.qforge.q.value.*;

/**
 * Amend at depth: {@code x[i]:v}, {@code x[i]+:v}, {@code @[x;i;f;v]}, {@code .[x;i;f;v]}. A null f means
 * replace; a null v means apply f monadically. A list value with a list index is paired item by item.
 */
public final class Amend {
    private Amend() {}

    public static QObj at(Interp in, QObj x, QObj[] idx, QObj f, QObj v) {
        if (idx.length == 1) return one(in, x, idx[0], f, v);
        QObj i = idx[0];
        QObj[] rest = java.util.Arrays.copyOfRange(idx, 1, idx.length);
        if (i.isAtom() || i == Nil.NIL && false) {
            QObj item = Index.at(in, x, i);
            return one(in, x, i, null, at(in, item, rest, f, v));
        }
        QObj[] is = i == Nil.NIL ? Lists.items(allIdx(x)) : Lists.items(i);
        QObj r = x;
        for (int k = 0; k < is.length; k++) {
            QObj vk = v == null || v.isAtom() ? v : v.at(k);
            QObj item = Index.at(in, r, is[k]);
            r = one(in, r, is[k], null, at(in, item, rest, f, vk));
        }
        return r;
    }

    private static QObj allIdx(QObj x) {
        if (x instanceof Dict d) return d.k;
        long[] a = new long[x.count()];
        for (int k = 0; k < a.length; k++) a[k] = k;
        return LVec.j(a);
    }

    static QObj one(Interp in, QObj x, QObj i, QObj f, QObj v) {
        if (i == Nil.NIL) i = allIdx(x);
        if (x instanceof Table t && i instanceof SAtom s) {
            int c = t.col(s.v);
            QObj nv = f == null ? v : v == null ? in.call1(f, t.data[c]) : in.call2(f, t.data[c], v);
            String[] cols = c < 0 ? append(t.cols, s.v) : t.cols;
            QObj[] data = c < 0 ? java.util.Arrays.copyOf(t.data, t.data.length + 1) : t.data.clone();
            data[c < 0 ? data.length - 1 : c] = nv.isAtom() ? Verbs.take(in, LAtom.j(t.count()), nv) : nv;
            return new Table(cols, data);
        }
        if (x instanceof Dict d) {
            QObj keys = d.k;
            QObj[] vals = Lists.items(d.v).clone();
            boolean many = !i.isAtom() && !(keys.type() == 0);
            QObj[] is = many ? Lists.items(i) : new QObj[]{i};
            java.util.List<QObj> nk = new java.util.ArrayList<>(java.util.Arrays.asList(Lists.items(keys)));
            java.util.List<QObj> nvs = new java.util.ArrayList<>(java.util.Arrays.asList(vals));
            for (int k = 0; k < is.length; k++) {
                int p = Find.indexOf(keys, is[k]);
                if (p >= nk.size() || p >= keys.count()) {
                    p = nk.size();
                    nk.add(is[k]);
                    nvs.add(Index.nullItem(d.v));
                    keys = Lists.fromItems(nk.toArray(QObj[]::new));
                }
                QObj vk = v == null ? null : many && !v.isAtom() ? v.at(k) : v;
                nvs.set(p, f == null ? vk : vk == null ? in.call1(f, nvs.get(p)) : in.call2(f, nvs.get(p), vk));
            }
            QObj kk = Lists.fromItems(nk.toArray(QObj[]::new));
            if (nk.isEmpty()) kk = keys;
            return new Dict(kk, Lists.fromItems(nvs.toArray(QObj[]::new)));
        }
        if (!(x instanceof Vec)) throw new QError("type");
        int n = x.count();
        if (i instanceof LAtom a && x instanceof LVec lv && f == null && v instanceof LAtom va && -va.t == lv.t) {
            if (a.v < 0 || a.v >= n) throw new QError("index");
            long[] c = lv.a.clone();
            c[(int) a.v] = va.v;
            return new LVec(lv.t, c);
        }
        QObj[] items = Lists.items(x).clone();
        boolean many = !i.isAtom();
        QObj[] is = many ? Lists.items(i) : new QObj[]{i};
        for (int k = 0; k < is.length; k++) {
            if (!(is[k] instanceof LAtom ia) || ia.t == -T.SYM) {
                if (!is[k].isAtom()) { items = Lists.items(one(in, Lists.fromItems(items), is[k], f, v == null || v.isAtom() ? v : v.at(k))).clone(); continue; }
                throw new QError("type");
            }
            long p = ia.v;
            if (p < 0 || p >= n) throw new QError("index");
            QObj vk = v == null ? null : many && !v.isAtom() ? v.at(k) : v;
            if (many && v != null && !v.isAtom() && v.count() != is.length) throw new QError("length");
            items[(int) p] = f == null ? vk : vk == null ? in.call1(f, items[(int) p]) : in.call2(f, items[(int) p], vk);
        }
        if (items.length == 0) return x;
        QObj r = Lists.fromItems(items);
        return r;
    }

    private static String[] append(String[] a, String s) {
        String[] r = java.util.Arrays.copyOf(a, a.length + 1);
        r[a.length] = s;
        return r;
    }
}
