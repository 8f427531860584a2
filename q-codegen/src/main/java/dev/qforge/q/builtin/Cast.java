package dev.qforge.q.builtin;

import dev.qforge.q.display.Atoms;
import dev.qforge.q.eval.Interp;
import dev.qforge.q.eval.QError;
import dev.qforge.q.value.*;

/** {@code string} / {@code $x} and casts {@code t$x}: type letters ("j"$), upper-case parse ("J"$"1"), symbol names (`long$). */
public final class Cast {
    private Cast() {}

    public static QObj string(QObj x) {
        if (x instanceof LAtom l && l.t == -T.CHAR) return Lists.enlist(x);
        if (x instanceof SAtom s) return LVec.str(s.v);
        if (x instanceof LAtom l) return LVec.str(Atoms.plain(l.t, l.v).replaceAll("^0N.?$", "").replaceAll("^(-?0W).$", "$1"));
        if (x instanceof DAtom d) return LVec.str(d.v != d.v ? "" : Atoms.flt(d.v));
        if (x instanceof LVec v && v.t == T.CHAR) {
            QObj[] r = new QObj[v.a.length];
            for (int i = 0; i < r.length; i++) r[i] = string(v.at(i));
            return new GList(r);
        }
        if (x instanceof Dict d) return new Dict(d.k, string(d.v));
        if (x.isFn()) return LVec.str(dev.qforge.q.display.Fmt.str(x));
        QObj[] items = Lists.items(x);
        QObj[] r = new QObj[items.length];
        for (int i = 0; i < r.length; i++) r[i] = string(items[i]);
        return new GList(r);
    }

    static int targetType(QObj x) {
        if (x instanceof LAtom c && c.t == -T.CHAR) {
            char ch = (char) c.v;
            int t = T.CHARS.indexOf(Character.toLowerCase(ch));
            if (t < 0) throw new QError("type");
            return Character.isUpperCase(ch) ? -t : t;
        }
        if (x instanceof SAtom s) {
            if (s.v.isEmpty()) return T.SYM;
            for (int i = 0; i < T.NAMES.length; i++) if (T.NAMES[i].equals(s.v) && !s.v.isEmpty()) return i;
            throw new QError("type");
        }
        if (x instanceof LAtom n) return (int) n.v;
        throw new QError("type");
    }

    public static QObj cast(Interp in, QObj x, QObj y) {
        if (x instanceof LAtom n && n.t == -T.LONG && Lists.isStr(y)) return pad((int) n.v, Lists.str(y));
        if (x instanceof SVec || x instanceof GList || x instanceof LVec v && v.t == T.SHORT) return each(in, x, y);
        if (x instanceof SAtom s && Temporal.isPart(s.v)) return Temporal.field(s.v, y);
        int t = targetType(x);
        if (t < 0) return parse(-t, y);
        return to(t, y);
    }

    /** Cast is atomic in its left argument: {@code `hh`uu`ss$t} casts t three ways; with a list right, pairwise. */
    private static QObj each(Interp in, QObj x, QObj y) {
        QObj[] xs = Lists.items(x);
        boolean pair = !y.isAtom() && !(y instanceof Dict);
        if (pair && y.count() != xs.length) throw new QError("length");
        QObj[] r = new QObj[xs.length];
        for (int i = 0; i < r.length; i++) r[i] = cast(in, xs[i], pair ? y.at(i) : y);
        return Lists.fromItems(r);
    }

    private static QObj pad(int n, String s) {
        StringBuilder b = new StringBuilder();
        int w = Math.abs(n);
        if (n >= 0) { b.append(s, 0, Math.min(w, s.length())); while (b.length() < w) b.append(' '); }
        else { String t = s.length() > w ? s.substring(s.length() - w) : s; b.append(" ".repeat(w - t.length())).append(t); }
        return LVec.str(b.toString());
    }

    static QObj parse(int t, QObj y) {
        if (y instanceof GList || y instanceof SVec) {
            QObj[] items = Lists.items(y);
            QObj[] r = new QObj[items.length];
            for (int i = 0; i < r.length; i++) r[i] = parse(t, items[i]);
            return Lists.fromItems(r);
        }
        String s = Lists.str(y).trim();
        if (t == T.SYM) return new SAtom(s);
        if (t == T.CHAR) return y;
        try {
            if (T.isFloating(t)) return new DAtom(-t, s.isEmpty() ? Double.NaN : Double.parseDouble(s));
            if (t == T.BOOL) return LAtom.b(s.equals("1") || s.equalsIgnoreCase("t") || s.equalsIgnoreCase("true"));
            if (T.isTemporal(t)) return to(t, dev.qforge.q.lang.Parsers.literal(s));
            return new LAtom(-t, s.isEmpty() ? T.nullOf(t) : T.wrap(t, Long.parseLong(s)));
        } catch (RuntimeException e) {
            return Lists.nullAtom(t);
        }
    }

    /** Converts to type t (atoms map over lists). */
    public static QObj to(int t, QObj y) {
        if (t == 0) return y;
        if (y instanceof Dict d) return new Dict(d.k, to(t, d.v));
        if (!y.isAtom()) {
            if (t == T.FLOAT && y instanceof LVec v) {
                double[] r = new double[v.a.length];
                for (int i = 0; i < r.length; i++) r[i] = Arith.dget(v, i);
                return DVec.f(r);
            }
            if (t == T.SYM && y instanceof LVec v && v.t == T.CHAR) return new SAtom(v.asString());
            QObj[] items = Lists.items(y);
            QObj[] r = new QObj[items.length];
            for (int i = 0; i < r.length; i++) r[i] = to(t, items[i]);
            if (r.length == 0) return Lists.empty(t);
            return Lists.fromItems(r);
        }
        if (t == T.SYM) {
            if (y instanceof SAtom) return y;
            if (y instanceof LAtom c && c.t == -T.CHAR) return new SAtom(String.valueOf((char) c.v));
            throw new QError("type");
        }
        if (y instanceof SAtom) throw new QError("type");
        if (T.isFloating(t)) return new DAtom(-t, Arith.dget(y, 0));
        if (y instanceof DAtom d) {
            if (Double.isNaN(d.v)) return new LAtom(-t, T.nullOf(t));
            if (Double.isInfinite(d.v)) return new LAtom(-t, d.v > 0 ? T.infOf(t) : -T.infOf(t));
            return new LAtom(-t, T.wrap(t, Math.round(d.v)));
        }
        LAtom l = (LAtom) y;
        int from = -l.t;
        if (T.isNullL(from, l.v) && from != T.CHAR && from != T.BOOL) return new LAtom(-t, T.nullOf(t));
        long v = l.v;
        if (T.isTemporal(from) && T.isTemporal(t) && from != T.DATETIME) v = Temporal.convert(from, t, v);
        else if (t == T.BOOL) v = v != 0 ? 1 : 0;
        return new LAtom(-t, T.wrap(t, v));
    }
}
