package dev.qforge.q.builtin;

import dev.qforge.q.eval.Interp;
import dev.qforge.q.eval.QError;
import dev.qforge.q.value.*;

import java.util.function.DoubleUnaryOperator;

/** Monadic atomic math: null, not, floor, ceiling, abs, signum, sqrt, exp, log; and fill {@code ^}. */
public final class Math1 {
    private Math1() {}

    static QObj mapAtoms(QObj x, java.util.function.UnaryOperator<QObj> f) {
        if (x instanceof Dict d) return new Dict(d.k, mapAtoms(d.v, f));
        if (x instanceof Table t) {
            QObj[] c = new QObj[t.data.length];
            for (int i = 0; i < c.length; i++) c[i] = mapAtoms(t.data[i], f);
            return new Table(t.cols, c);
        }
        if (x.isAtom()) return f.apply(x);
        QObj[] items = Lists.items(x);
        QObj[] r = new QObj[items.length];
        for (int i = 0; i < r.length; i++) r[i] = mapAtoms(items[i], f);
        return r.length == 0 ? x : Lists.fromItems(r);
    }

    public static QObj isNull(QObj x) {
        if (x instanceof LVec v) {
            long[] r = new long[v.a.length];
            for (int i = 0; i < r.length; i++) r[i] = T.isNullL(v.t, v.a[i]) ? 1 : 0;
            return new LVec(T.BOOL, r);
        }
        if (x instanceof DVec v) {
            long[] r = new long[v.a.length];
            for (int i = 0; i < r.length; i++) r[i] = Double.isNaN(v.a[i]) ? 1 : 0;
            return new LVec(T.BOOL, r);
        }
        return mapAtoms(x, a -> LAtom.b(a instanceof LAtom l ? T.isNullL(l.t, l.v) : a instanceof DAtom d ? Double.isNaN(d.v) : a instanceof SAtom s && s.v.isEmpty()));
    }

    public static QObj not(QObj x) {
        if (x instanceof LVec v && v.t != T.SYM) {
            long[] r = new long[v.a.length];
            for (int i = 0; i < r.length; i++) r[i] = v.a[i] == 0 ? 1 : 0;
            return new LVec(T.BOOL, r);
        }
        return mapAtoms(x, a -> {
            if (a instanceof LAtom l) return LAtom.b(l.v == 0);
            if (a instanceof DAtom d) return LAtom.b(d.v == 0);
            throw new QError("type");
        });
    }

    public static QObj floor(QObj x) { return rounding(x, true); }
    public static QObj ceiling(QObj x) { return rounding(x, false); }

    private static QObj rounding(QObj x, boolean down) {
        if (x instanceof DVec v) {
            long[] r = new long[v.a.length];
            for (int i = 0; i < r.length; i++) r[i] = Double.isNaN(v.a[i]) ? Long.MIN_VALUE : (long) (down ? Math.floor(v.a[i]) : Math.ceil(v.a[i]));
            return LVec.j(r);
        }
        if (x instanceof LVec v && (v.t == T.LONG || v.t == T.INT || v.t == T.SHORT)) return x;
        return mapAtoms(x, a -> {
            if (a instanceof DAtom d) return LAtom.j(Double.isNaN(d.v) ? Long.MIN_VALUE : (long) (down ? Math.floor(d.v) : Math.ceil(d.v)));
            if (a instanceof LAtom l && l.t == -T.CHAR) return LAtom.c(Character.toLowerCase((char) l.v));
            if (a instanceof LAtom l) return l;
            throw new QError("type");
        });
    }

    public static QObj fmap(QObj x, DoubleUnaryOperator f) {
        if (x instanceof DVec v) {
            double[] r = new double[v.a.length];
            for (int i = 0; i < r.length; i++) r[i] = f.applyAsDouble(v.a[i]);
            return DVec.f(r);
        }
        if (x instanceof LVec v) {
            double[] r = new double[v.a.length];
            for (int i = 0; i < r.length; i++) r[i] = f.applyAsDouble(Arith.dget(v, i));
            return DVec.f(r);
        }
        return mapAtoms(x, a -> {
            if (a instanceof SAtom) throw new QError("type");
            return DAtom.f(f.applyAsDouble(Arith.dget(a, 0)));
        });
    }

    public static QObj abs(Interp in, QObj x) {
        return mapAtoms(x, a -> {
            if (a instanceof DAtom d) return new DAtom(d.t, Math.abs(d.v));
            if (a instanceof LAtom l && l.t != -T.SYM) return new LAtom(l.t == -T.BOOL ? -T.INT : l.t, Math.abs(l.v));
            throw new QError("type");
        });
    }

    public static QObj signum(QObj x) {
        return mapAtoms(x, a -> {
            if (a instanceof DAtom d) return new LAtom(-T.INT, d.v > 0 ? 1 : d.v < 0 ? -1 : 0);
            if (a instanceof LAtom l) return new LAtom(-T.INT, Long.signum(l.v));
            throw new QError("type");
        });
    }

    /** {@code x^y}: y with its nulls replaced by x (items pairwise when both are lists). */
    public static QObj fill(Interp in, QObj x, QObj y) {
        if (y instanceof Dict d) return new Dict(d.k, fill(in, x, d.v));
        if (y instanceof LVec v && x instanceof LAtom a) {
            long[] r = v.a.clone();
            for (int i = 0; i < r.length; i++) if (T.isNullL(v.t, r[i])) r[i] = a.v;
            return new LVec(v.t, r);
        }
        if (y instanceof DVec v && x.isAtom()) {
            double fv = Arith.dget(x, 0);
            double[] r = v.a.clone();
            for (int i = 0; i < r.length; i++) if (Double.isNaN(r[i])) r[i] = fv;
            return new DVec(v.t, r);
        }
        if (y.isAtom()) {
            QObj n = isNull(y);
            return ((LAtom) n).v != 0 ? x : y;
        }
        int n = y.count();
        QObj[] r = new QObj[n];
        for (int i = 0; i < n; i++) r[i] = fill(in, x.isAtom() ? x : x.at(i), y.at(i));
        return Lists.fromItems(r);
    }
}
