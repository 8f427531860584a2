package dev.qforge.q.builtin;

import dev.qforge.q.eval.Interp;
import dev.qforge.q.eval.QError;
import dev.qforge.q.value.*;

/** Aggregations and running aggregations; long and float vectors run on primitive arrays. */
public final class Stats {
    private Stats() {}

    public static QObj sum(Interp in, QObj x) {
        if (x instanceof LVec v && v.t != T.SYM && v.t != T.CHAR) {
            long s = 0;
            long[] a = v.a;
            if (v.t == T.LONG) { for (long e : a) if (e != Long.MIN_VALUE) s += e; }
            else for (long e : a) if (!T.isNullL(v.t, e)) s += e;
            int t = v.t == T.BOOL || v.t == T.BYTE ? T.INT : v.t;
            return t == T.LONG ? LAtom.j(s) : new LAtom(-t, T.wrap(t, s));
        }
        if (x instanceof DVec v) {
            double s = 0;
            for (double e : v.a) if (!Double.isNaN(e)) s += e;
            return new DAtom(-v.t, s);
        }
        return fold(in, '+', x, LAtom.j(0));
    }

    static QObj fold(Interp in, char op, QObj x, QObj empty) {
        if (x instanceof Dict d) return fold(in, op, d.v, empty);
        if (x.isAtom()) return x;
        if (x instanceof Table t) {
            QObj[] r = new QObj[t.data.length];
            for (int i = 0; i < r.length; i++) r[i] = fold(in, op, t.data[i], empty);
            return new Dict(new SVec(t.cols), Lists.fromItems(r));
        }
        QObj[] items = Lists.items(x);
        if (items.length == 0) return empty;
        QObj acc = items[0];
        for (int i = 1; i < items.length; i++) acc = Arith.op(in, op, acc, items[i]);
        return acc;
    }

    static QObj scanOp(Interp in, char op, QObj x) {
        if (x instanceof Dict d) return new Dict(d.k, scanOp(in, op, d.v));
        if (x instanceof LVec v && v.t == T.LONG) {
            long[] r = new long[v.a.length];
            long acc = 0;
            for (int i = 0; i < r.length; i++) {
                long e = v.a[i];
                acc = i == 0 ? e : op == '+' ? acc + e : op == '*' ? acc * e : op == '&' ? Math.min(acc, e) : Math.max(acc, e);
                r[i] = acc;
            }
            return LVec.j(r);
        }
        if (x.isAtom()) return x;
        QObj[] items = Lists.items(x);
        QObj[] r = new QObj[items.length];
        for (int i = 0; i < r.length; i++) r[i] = i == 0 ? items[0] : Arith.op(in, op, r[i - 1], items[i]);
        if (op == '+' && x.type() == T.BOOL && r.length > 0) r[0] = new LAtom(-T.INT, ((LAtom) r[0]).v);
        return Lists.fromItems(r);
    }

    public static QObj max(Interp in, QObj x) {
        if (x instanceof LVec v && v.t == T.LONG) {
            long m = Long.MIN_VALUE;
            for (long e : v.a) if (e > m) m = e;
            return LAtom.j(m);
        }
        if (x instanceof LVec v && v.a.length == 0) return new LAtom(-v.t, -T.infOf(v.t));
        return fold(in, '|', x, new LAtom(-T.LONG, -Long.MAX_VALUE));
    }

    public static QObj min(Interp in, QObj x) {
        if (x instanceof LVec v && v.t == T.LONG) {
            long m = Long.MAX_VALUE;
            for (long e : v.a) if (e < m && e != Long.MIN_VALUE) m = e;
            return LAtom.j(m);
        }
        return fold(in, '&', x, LAtom.j(Long.MAX_VALUE));
    }

    static double[] dbl(QObj x) {
        if (x instanceof DVec d) return d.a;
        if (x instanceof LVec v) {
            double[] r = new double[v.a.length];
            for (int i = 0; i < r.length; i++) r[i] = Arith.dget(v, i);
            return r;
        }
        if (x.isAtom()) return new double[]{Arith.dget(x, 0)};
        throw new QError("type");
    }

    public static QObj avg(Interp in, QObj x) {
        if (x instanceof GList) return Arith.op(in, '%', fold(in, '+', x, LAtom.j(0)), LAtom.j(x.count()));
        double s = 0;
        int n = 0;
        for (double d : dbl(x)) if (!Double.isNaN(d)) { s += d; n++; }
        return DAtom.f(n == 0 ? Double.NaN : s / n);
    }

    public static QObj var(QObj x) {
        double[] a = dbl(x);
        double m = 0;
        for (double d : a) m += d;
        m /= a.length;
        double s = 0;
        for (double d : a) s += (d - m) * (d - m);
        return DAtom.f(s / a.length);
    }

    public static QObj med(QObj x) {
        double[] a = dbl(x).clone();
        java.util.Arrays.sort(a);
        int n = a.length;
        if (n == 0) return DAtom.f(Double.NaN);
        return DAtom.f(n % 2 == 1 ? a[n / 2] : (a[n / 2 - 1] + a[n / 2]) / 2);
    }

    public static QObj avgs(Interp in, QObj x) {
        double[] a = dbl(x);
        double[] r = new double[a.length];
        double s = 0;
        for (int i = 0; i < a.length; i++) { s += a[i]; r[i] = s / (i + 1); }
        return DVec.f(r);
    }

    public static QObj deltas(Interp in, QObj x) {
        if (x instanceof LVec v && v.t == T.LONG) {
            long[] r = new long[v.a.length];
            for (int i = 0; i < r.length; i++) r[i] = i == 0 ? v.a[0] : v.a[i] - v.a[i - 1];
            return LVec.j(r);
        }
        return in.call1(new dev.qforge.q.eval.Derived(Verbs.get("-"), "':"), x);
    }

    public static QObj prd(Interp in, QObj x) {
        if (x instanceof LVec v && v.t == T.LONG) { long p = 1; for (long e : v.a) p *= e; return LAtom.j(p); }
        if (x instanceof DVec v) { double p = 1; for (double e : v.a) p *= e; return DAtom.f(p); }
        return fold(in, '*', x, LAtom.j(1));
    }
}
