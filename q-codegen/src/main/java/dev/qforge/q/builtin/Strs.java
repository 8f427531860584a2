package dev.qforge.q.builtin;

import dev.qforge.q.eval.Interp;
import dev.qforge.q.eval.QError;
import dev.qforge.q.value.*;


import java.util.ArrayList;
import java.util.List;

/** String and list utilities: raze, like, ss, ssr, vs, sv, in, except, cross, rotate, fills, differ... */
public final class Strs {
    private Strs() {}

    public static QObj raze(Interp in, QObj x) {
        if (x instanceof Dict d) return raze(in, d.v);
        if (!(x instanceof GList g)) return x.isAtom() ? Lists.enlist(x) : x;
        if (g.a.length == 0) return x;
        QObj acc = g.a[0].isAtom() ? Lists.enlist(g.a[0]) : g.a[0];
        if (g.a.length == 1) return acc;
        boolean same = true;
        long n = 0;
        for (QObj o : g.a) { if (o.type() != g.a[0].type() || o.isAtom()) same = false; n += o.count(); }
        in.checkSize(n);
        if (same && acc instanceof LVec l0) {
            long[] r = new long[(int) n];
            int k = 0;
            for (QObj o : g.a) { long[] a = ((LVec) o).a; System.arraycopy(a, 0, r, k, a.length); k += a.length; }
            return new LVec(l0.t, r);
        }
        if (same && acc instanceof SVec) {
            String[] r = new String[(int) n];
            int k = 0;
            for (QObj o : g.a) { String[] a = ((SVec) o).a; System.arraycopy(a, 0, r, k, a.length); k += a.length; }
            return new SVec(r);
        }
        List<QObj> items = new ArrayList<>();
        for (QObj o : g.a) { if (o.isAtom() || o instanceof Dict) items.add(o); else for (QObj i : Lists.items(o)) items.add(i); }
        if (same && acc instanceof Table) { QObj r = acc; for (int i = 1; i < g.a.length; i++) r = ListOps.join(in, r, g.a[i]); return r; }
        QObj r = Lists.fromItems(items.toArray(QObj[]::new));
        if (same && r.count() == 0) return acc;
        return r;
    }

    public static QObj fills(Interp in, QObj x) {
        if (x instanceof LVec v) {
            long[] r = v.a.clone();
            for (int i = 1; i < r.length; i++) if (T.isNullL(v.t, r[i])) r[i] = r[i - 1];
            return new LVec(v.t, r);
        }
        if (x instanceof DVec v) {
            double[] r = v.a.clone();
            for (int i = 1; i < r.length; i++) if (Double.isNaN(r[i])) r[i] = r[i - 1];
            return new DVec(v.t, r);
        }
        return x;
    }

    public static QObj shift(Interp in, QObj x, int dir) {
        if (!(x instanceof Vec v)) return x;
        int n = v.count();
        long[] idx = new long[n];
        for (int i = 0; i < n; i++) idx[i] = i + dir;
        return Index.pick(v, idx);
    }

    public static QObj differ(Interp in, QObj x) {
        QObj[] items = Lists.items(x);
        long[] r = new long[items.length];
        for (int i = 0; i < r.length; i++) r[i] = i == 0 || !Match.match(items[i], items[i - 1]) ? 1 : 0;
        return new LVec(T.BOOL, r);
    }

    public static QObj mapChars(QObj x, boolean up) {
        if (x instanceof SAtom s) return new SAtom(up ? s.v.toUpperCase() : s.v.toLowerCase());
        if (x instanceof SVec s) { String[] r = s.a.clone(); for (int i = 0; i < r.length; i++) r[i] = up ? r[i].toUpperCase() : r[i].toLowerCase(); return new SVec(r); }
        return Math1.mapAtoms(x, a -> a instanceof LAtom c && c.t == -T.CHAR ? LAtom.c(up ? Character.toUpperCase((char) c.v) : Character.toLowerCase((char) c.v)) : a);
    }

    public static QObj trim(QObj x, boolean l, boolean r) {
        if (x instanceof GList g) { QObj[] o = new QObj[g.a.length]; for (int i = 0; i < o.length; i++) o[i] = trim(g.a[i], l, r); return new GList(o); }
        String s = Lists.str(x);
        if (l) s = s.replaceAll("^ +", "");
        if (r) s = s.replaceAll(" +$", "");
        return LVec.str(s);
    }

    /**
     * {@code any}/{@code all}: an aggregate like {@code |/} / {@code &/} on booleans, so over a list of lists it
     * combines the items elementwise ({@code all (01b;11b)} is {@code 01b}, as {@code all flip} of pairs in
     * boggle.md's {@code both}); otherwise a boolean atom.
     */
    public static QObj anyAllOf(Interp in, QObj x, boolean any) {
        if (x instanceof GList g && g.a.length > 0 && java.util.Arrays.stream(g.a).noneMatch(QObj::isAtom)) {
            QObj acc = Math1.not(Math1.not(g.a[0]));
            for (int i = 1; i < g.a.length; i++) acc = Arith.op(in, any ? '|' : '&', acc, Math1.not(Math1.not(g.a[i])));
            return acc;
        }
        return LAtom.b(anyAll(x, any));
    }

    public static boolean anyAll(QObj x, boolean any) {
        if (x.isAtom()) return ((LAtom) Math1.not(Math1.not(x))).v != 0;
        QObj b = Math1.not(Math1.not(x instanceof Dict d ? d.v : x));
        for (QObj o : Lists.items(b)) { boolean t = ((LAtom) o).v != 0; if (any == t) return any; }
        return !any;
    }

    /**
     * {@code x in y}: whether x is an item of y, for each item of x; but where y is a general list whose first
     * item has the type of the vector x, x itself is sought as one item and the result is an atom
     * ({@code "barfoo" in ("foobar";"barfoo")} is {@code 1b}), matching Find's {@code y?x}.
     */
    public static QObj in(QObj x, QObj y) {
        if (x.isAtom() || ListOps.wholeItem(y, x)) return LAtom.b(Find.indexOf(y.isAtom() ? Lists.enlist(y) : y, x) < y.count());
        if (x instanceof GList g && !(y instanceof GList)) {
            QObj[] r = new QObj[g.a.length];
            for (int i = 0; i < r.length; i++) r[i] = in(g.a[i], y);
            return Lists.fromItems(r);
        }
        QObj ys = y.isAtom() ? Lists.enlist(y) : y;
        long[] pos = Find.indexOfAll(ys, x);
        long[] r = new long[pos.length];
        for (int i = 0; i < r.length; i++) r[i] = pos[i] < ys.count() ? 1 : 0;
        return new LVec(T.BOOL, r);
    }

    public static QObj except(Interp in, QObj x, QObj y, boolean keep) {
        QObj m = in(x, y);
        if (m instanceof LAtom b) return (b.v != 0) == keep ? Lists.enlist(x) : Lists.empty(x.type());
        long[] b = ((LVec) m).a;
        int n = 0;
        for (long v : b) if ((v != 0) == keep) n++;
        int[] idx = new int[n];
        for (int i = 0, k = 0; i < b.length; i++) if ((b[i] != 0) == keep) idx[k++] = i;
        return ((Vec) x).pick(idx);
    }

    public static QObj like(QObj x, QObj p) {
        String pat = Lists.str(p);
        StringBuilder re = new StringBuilder();
        for (int i = 0; i < pat.length(); i++) {
            char c = pat.charAt(i);
            if (c == '*') re.append(".*");
            else if (c == '?') re.append('.');
            else if (c == '[') { int j = pat.indexOf(']', i); String cls = pat.substring(i + 1, j); re.append('[').append(cls.startsWith("^") ? cls : java.util.regex.Pattern.quote(cls).replace("\\Q", "").replace("\\E", "")).append(']'); i = j; }
            else re.append(java.util.regex.Pattern.quote(String.valueOf(c)));
        }
        java.util.regex.Pattern rp = java.util.regex.Pattern.compile(re.toString(), java.util.regex.Pattern.DOTALL);
        if (x instanceof GList || x instanceof SVec) {
            QObj[] it = Lists.items(x);
            long[] r = new long[it.length];
            for (int i = 0; i < r.length; i++) r[i] = rp.matcher(Lists.str(it[i])).matches() ? 1 : 0;
            return new LVec(T.BOOL, r);
        }
        return LAtom.b(rp.matcher(Lists.str(x)).matches());
    }

    public static QObj ss(QObj x, QObj y) {
        String s = Lists.str(x), p = Lists.str(y);
        List<Long> r = new ArrayList<>();
        for (int i = s.indexOf(p); i >= 0 && !p.isEmpty(); i = s.indexOf(p, i + p.length())) r.add((long) i);
        return LVec.j(r.stream().mapToLong(Long::longValue).toArray());
    }

    public static QObj ssr(Interp in, QObj x, QObj y, QObj z) {
        String s = Lists.str(x), p = Lists.str(y);
        StringBuilder b = new StringBuilder();
        int i = 0;
        for (int j = s.indexOf(p); j >= 0 && !p.isEmpty(); j = s.indexOf(p, i)) {
            b.append(s, i, j);
            b.append(z.isFn() ? Lists.str(in.call1(z, LVec.str(p))) : Lists.str(z));
            i = j + p.length();
        }
        b.append(s.substring(i));
        return LVec.str(b.toString());
    }

    public static QObj vs(Interp in, QObj[] a) {
        QObj x = a[0], y = a[1];
        if (x instanceof LAtom b && b.t != -T.CHAR) {
            if (b.t == -T.BOOL || b.v == 0) throw new QError("domain");
            if (!y.isAtom()) return vsEach(in, x, Lists.items(y));
            long v = Lists.lng(y);
            int k = 0;
            for (long w = v; ; ) { if (++k > 64) throw new QError("domain"); w = Math.floorDiv(w, b.v); if (w <= 0) break; }
            long[] d = new long[k];
            for (int i = k - 1; i >= 0; i--) { d[i] = Math.floorMod(v, b.v); v = Math.floorDiv(v, b.v); }
            return LVec.j(d);
        }
        String s = Lists.str(y), sep = Lists.str(x);
        List<QObj> parts = new ArrayList<>();
        int i = 0;
        if (!sep.isEmpty()) for (int j = s.indexOf(sep); j >= 0; j = s.indexOf(sep, i)) { parts.add(LVec.str(s.substring(i, j))); i = j + sep.length(); }
        parts.add(LVec.str(s.substring(i)));
        return new GList(parts.toArray(QObj[]::new));
    }

    /**
     * {@code b vs v} for a vector {@code v}: a matrix with one row per digit position and one column per item,
     * every item padded with leading zeros to the width of the longest ({@code 2 vs 1 2 3} is
     * {@code (0 1 1;1 0 1)}).
     */
    private static QObj vsEach(Interp in, QObj x, QObj[] it) {
        long[][] d = new long[it.length][];
        int w = 0;
        for (int i = 0; i < it.length; i++) { d[i] = ((LVec) vs(in, new QObj[]{x, it[i]})).a; w = Math.max(w, d[i].length); }
        QObj[] rows = new QObj[w];
        for (int r = 0; r < w; r++) {
            long[] row = new long[it.length];
            for (int i = 0; i < it.length; i++) { int k = r - (w - d[i].length); row[i] = k >= 0 ? d[i][k] : 0; }
            rows[r] = LVec.j(row);
        }
        return new GList(rows);
    }

    public static QObj sv(Interp in, QObj[] a) {
        QObj x = a[0], y = a[1];
        if (x instanceof LAtom b && b.t != -T.CHAR) {
            if (y instanceof GList) { return Math1.mapAtoms(Tables.flip(y), q -> q) == null ? null : svEach(in, x, Tables.flip(y)); }
            long r = 0;
            for (QObj d : Lists.items(y)) r = r * b.v + Lists.lng(d);
            return LAtom.j(r);
        }
        if (y instanceof GList g && charsJoin(Lists.str(x), g.a) instanceof LVec r) return r;
        String sep = Lists.str(x);
        StringBuilder sb = new StringBuilder();
        QObj[] it = Lists.items(y);
        for (int i = 0; i < it.length; i++) { if (i > 0) sb.append(sep); sb.append(Lists.str(it[i])); }
        return LVec.str(sb.toString());
    }
    /** {@code sep sv strings} straight on the char codes; null when an item is not a string. */
    private static LVec charsJoin(String sep, QObj[] it) {
        int n = Math.max(0, it.length - 1) * sep.length();
        for (QObj o : it) {
            if (!(o instanceof LVec v) || v.t != T.CHAR) return null;
            n += v.a.length;
        }
        long[] r = new long[n];
        for (int i = 0, at = 0; i < it.length; i++) {
            if (i > 0) for (int k = 0; k < sep.length(); k++) r[at++] = sep.charAt(k);
            long[] a = ((LVec) it[i]).a;
            System.arraycopy(a, 0, r, at, a.length);
            at += a.length;
        }
        return new LVec(T.CHAR, r);
    }
    private static QObj svEach(Interp in, QObj x, QObj cols) {
        QObj[] it = Lists.items(cols);
        QObj[] r = new QObj[it.length];
        for (int i = 0; i < r.length; i++) r[i] = sv(in, new QObj[]{x, it[i]});
        return Lists.fromItems(r);
    }

    public static QObj rotate(QObj x, QObj y) {
        if (!(y instanceof Vec v) || v.count() == 0) return y;
        int n = v.count();
        long k = Lists.lng(x);
        int[] idx = new int[n];
        for (int i = 0; i < n; i++) idx[i] = (int) Math.floorMod(i + k, n);
        return v.pick(idx);
    }

    public static QObj cutN(Interp in, long n, QObj y) {
        int len = y.count();
        List<Long> c = new ArrayList<>();
        for (long i = 0; i < len; i += n) c.add(i);
        return ListOps.cut(in, c.stream().mapToLong(Long::longValue).toArray(), (Vec) y);
    }

    public static QObj cross(Interp in, QObj[] a) {
        QObj[] x = Lists.items(a[0]), y = Lists.items(a[1]);
        QObj[] r = new QObj[x.length * y.length];
        int k = 0;
        for (QObj xi : x) for (QObj yi : y) r[k++] = ListOps.join(in, xi, yi);
        return Lists.fromItems(r);
    }

    public static QObj bin(QObj x, QObj y) {
        QObj[] xs = Lists.items(x);
        if (y.isAtom()) {
            int lo = 0, hi = xs.length - 1, r = -1;
            while (lo <= hi) { int mid = (lo + hi) >>> 1; if (Sorts.cmp(xs[mid], y) <= 0) { r = mid; lo = mid + 1; } else hi = mid - 1; }
            return LAtom.j(r);
        }
        QObj[] ys = Lists.items(y);
        long[] r = new long[ys.length];
        for (int i = 0; i < r.length; i++) r[i] = ((LAtom) bin(x, ys[i])).v;
        return LVec.j(r);
    }
}
