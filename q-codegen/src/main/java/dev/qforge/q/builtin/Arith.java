package dev.qforge.q.builtin;

import dev.qforge.q.eval.Interp;
import dev.qforge.q.eval.QError;
import dev.qforge.q.value.*;

/**
 * Atomic dyadic arithmetic and comparison with q's type promotion (b,x promote to i; then h<i<j<e<f;
 * {@code %} and {@code xexp} give floats; temporal plus integral keeps the temporal type). Dictionaries
 * combine on the union of keys (a missing side counts as 0); lists must conform in length.
 */
public final class Arith {
    private Arith() {}

    public static QObj op(Interp in, char op, QObj x, QObj y) {
        if (x instanceof Dict dx) return dictOp(in, op, dx, y);
        if (y instanceof Dict dy) return new Dict(dy.k, op(in, op, x, dy.v));
        if (x instanceof Table tx) return tableOp(in, op, tx, y, true);
        if (y instanceof Table ty) return tableOp(in, op, ty, x, false);
        if (x instanceof GList || y instanceof GList) return generic(in, op, x, y);
        if (x.isFn() || y.isFn() || x == Nil.NIL || y == Nil.NIL) throw new QError("type");
        QObj fast = Fast.op(op, x, y);
        if (fast != null) return fast;
        int tx = Math.abs(x.type()), ty = Math.abs(y.type());
        boolean cmp = Fast.isCmp(op);
        if (tx == T.SYM || ty == T.SYM) {
            if (!cmp || tx != ty) throw new QError("type");
            return symCmp(op, x, y);
        }
        int n = conform(x, y);
        if (cmp) return compare(op, x, y, n, tx, ty);
        int rt = resultType(op, tx, ty);
        if (T.isFloating(rt)) {
            if (n < 0) return new DAtom(-rt, dop(op, dget(x, 0), dget(y, 0)));
            double[] r = new double[n];
            if (x instanceof DVec a && y instanceof DVec b) for (int i = 0; i < n; i++) r[i] = dop(op, a.a[i], b.a[i]);
            else for (int i = 0; i < n; i++) r[i] = dop(op, dget(x, i), dget(y, i));
            return new DVec(rt, r);
        }
        if (n < 0) return new LAtom(-rt, wrapN(rt, lop(op, lget(x, 0), lget(y, 0), tx, ty)));
        long[] r = new long[n];
        if (x instanceof LVec a && y instanceof LAtom b && a.t == T.LONG && rt == T.LONG) {
            long bv = b.v;
            for (int i = 0; i < n; i++) r[i] = lop(op, a.a[i], bv, tx, ty);
        } else {
            for (int i = 0; i < n; i++) r[i] = wrapN(rt, lop(op, lget(x, i), lget(y, i), tx, ty));
        }
        return new LVec(rt, r);
    }

    static int conform(QObj x, QObj y) {
        boolean ax = x.isAtom(), ay = y.isAtom();
        if (ax && ay) return -1;
        if (ax) return y.count();
        if (ay) return x.count();
        if (x.count() != y.count()) throw new QError("length");
        return x.count();
    }

    static int resultType(char op, int a, int b) {
        if (op == '%' || op == 'x') return T.FLOAT;
        if (T.isTemporal(a) || T.isTemporal(b)) {
            if (op == '-' && a == b) return a == T.TIMESTAMP ? T.TIMESPAN : T.INT;
            if (op == '&' || op == '|') return Math.max(a, b);
            return T.isTemporal(a) ? a : b;
        }
        if (op == 'd' || op == 'm') { int r = Math.max(rank(a), rank(b)); return r < T.INT ? T.INT : r; }
        int r = Math.max(rank(a), rank(b));
        if ((op == '&' || op == '|') && a == b) return a;
        return r < T.SHORT ? T.INT : r;
    }
    private static int rank(int t) { return t == T.CHAR ? T.INT : t; }

    public static double dget(QObj v, int i) {
        if (v instanceof DAtom d) return d.v;
        if (v instanceof DVec d) return d.a[i];
        if (v instanceof LAtom l) return T.isNullL(l.t, l.v) ? Double.NaN : l.v == T.infOf(l.t) ? Double.POSITIVE_INFINITY : l.v == -T.infOf(l.t) ? Double.NEGATIVE_INFINITY : l.v;
        LVec l = (LVec) v;
        long x = l.a[i];
        return T.isNullL(l.t, x) ? Double.NaN : x;
    }
    public static long lget(QObj v, int i) {
        if (v instanceof LAtom l) return l.v;
        return ((LVec) v).a[i];
    }

    /** Wraps to the result type; {@link Long#MIN_VALUE} (a null operand) becomes the result type's null. */
    static long wrapN(int rt, long v) { return v == Long.MIN_VALUE ? T.nullOf(rt) : T.wrap(rt, v); }

    /**
     * Integral arithmetic. {@code + - *} with a null operand give null ({@code deltas[0N;1 4 9 16]} is
     * {@code 0N 3 5 7} on code.kx.com), signalled as {@link Long#MIN_VALUE}; otherwise results wrap.
     */
    static long lop(char op, long a, long b, int ta, int tb) {
        if ((op == '+' || op == '-' || op == '*') && (T.isNullL(ta, a) || T.isNullL(tb, b))) return Long.MIN_VALUE;
        return switch (op) {
            case '+' -> a + b;
            case '-' -> a - b;
            case '*' -> a * b;
            case '&' -> Math.min(a, b);
            case '|' -> Math.max(a, b);
            case 'd' -> b == 0 ? T.nullOf(T.LONG) : Math.floorDiv(a, b);
            case 'm' -> b == 0 ? a : Math.floorMod(a, b);
            default -> throw new QError("type");
        };
    }
    static double dop(char op, double a, double b) {
        return switch (op) {
            case '+' -> a + b;
            case '-' -> a - b;
            case '*' -> a * b;
            case '%' -> a / b;
            case '&' -> Double.isNaN(a) || Double.isNaN(b) ? Double.NaN : Math.min(a, b);
            case '|' -> Double.isNaN(a) ? b : Double.isNaN(b) ? a : Math.max(a, b);
            case 'x' -> Math.pow(a, b);
            case 'd' -> Math.floor(a / b);
            case 'm' -> a - b * Math.floor(a / b);
            default -> throw new QError("type");
        };
    }

    private static QObj compare(char op, QObj x, QObj y, int n, int tx, int ty) {
        boolean fl = T.isFloating(tx) || T.isFloating(ty);
        if (n < 0) return LAtom.b(fl ? dcmp(op, dget(x, 0), dget(y, 0)) : lcmp(op, lget(x, 0), lget(y, 0)));
        long[] r = new long[n];
        if (fl) for (int i = 0; i < n; i++) r[i] = dcmp(op, dget(x, i), dget(y, i)) ? 1 : 0;
        else if (x instanceof LVec a && y instanceof LAtom b) { long bv = b.v; for (int i = 0; i < n; i++) r[i] = lcmp(op, a.a[i], bv) ? 1 : 0; }
        else for (int i = 0; i < n; i++) r[i] = lcmp(op, lget(x, i), lget(y, i)) ? 1 : 0;
        return new LVec(T.BOOL, r);
    }
    static boolean lcmp(char op, long a, long b) {
        return switch (op) { case '=' -> a == b; case '<' -> a < b; case '>' -> a > b; case '≠' -> a != b; case '≤' -> a <= b; default -> a >= b; };
    }
    static boolean dcmp(char op, double a, double b) {
        boolean na = Double.isNaN(a), nb = Double.isNaN(b);
        if (na || nb) {
            int c = na && nb ? 0 : na ? -1 : 1;
            return switch (op) { case '=' -> c == 0; case '<' -> c < 0; case '>' -> c > 0; case '≠' -> c != 0; case '≤' -> c <= 0; default -> c >= 0; };
        }
        return switch (op) { case '=' -> a == b; case '<' -> a < b; case '>' -> a > b; case '≠' -> a != b; case '≤' -> a <= b; default -> a >= b; };
    }
    private static QObj symCmp(char op, QObj x, QObj y) {
        int n = conform(x, y);
        if (n < 0) return LAtom.b(lcmp(op, ((SAtom) x).v.compareTo(((SAtom) y).v), 0));
        long[] r = new long[n];
        for (int i = 0; i < n; i++) r[i] = lcmp(op, ((SAtom) x.at(i)).v.compareTo(((SAtom) y.at(i)).v), 0) ? 1 : 0;
        return new LVec(T.BOOL, r);
    }

    private static QObj generic(Interp in, char op, QObj x, QObj y) {
        int n = conform(x, y);
        QObj[] r = new QObj[n];
        for (int i = 0; i < n; i++) r[i] = op(in, op, x.isAtom() ? x : x.at(i), y.isAtom() ? y : y.at(i));
        return Lists.fromItems(r);
    }

    private static QObj dictOp(Interp in, char op, Dict dx, QObj y) {
        if (!(y instanceof Dict dy)) return new Dict(dx.k, op(in, op, dx.v, y));
        QObj[] kx = Lists.items(dx.k), ky = Lists.items(dy.k);
        java.util.List<QObj> keys = new java.util.ArrayList<>(java.util.Arrays.asList(kx));
        java.util.List<QObj> vals = new java.util.ArrayList<>(java.util.Arrays.asList(Lists.items(dx.v)));
        for (int j = 0; j < ky.length; j++) {
            int p = Find.indexOf(dx.k, ky[j]);
            QObj yv = dy.v.at(j);
            if (p < kx.length) vals.set(p, op(in, op, vals.get(p), yv));
            else { keys.add(ky[j]); vals.add(op(in, op, zeroLike(yv), yv)); }
        }
        return new Dict(Lists.fromItems(keys.toArray(QObj[]::new)), Lists.fromItems(vals.toArray(QObj[]::new)));
    }
    private static QObj zeroLike(QObj v) {
        if (v instanceof DAtom d) return new DAtom(d.t, 0);
        if (v instanceof LAtom l) return new LAtom(l.t, 0);
        return LAtom.j(0);
    }

    private static QObj tableOp(Interp in, char op, Table t, QObj o, boolean left) {
        QObj[] cols = new QObj[t.data.length];
        for (int c = 0; c < cols.length; c++) {
            QObj oc = o instanceof Table ot ? ot.data[c] : o;
            cols[c] = left ? op(in, op, t.data[c], oc) : op(in, op, oc, t.data[c]);
        }
        return new Table(t.cols, cols);
    }
}
