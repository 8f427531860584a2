package dev.qforge.q.builtin;

import dev.qforge.q.value.*;

/**
 * Primitive fast paths for the atomic dyadic verbs {@code + - * % & | = < > <> <= >=} on long and float
 * vectors and atoms: one tight loop over {@code long[]}/{@code double[]} per operator, no boxing. The results
 * are exactly those of the general path in {@link Arith}: long {@code + - *} give null for a null operand and
 * otherwise wrap, {@code %} gives floats,
 * a long null mixed with floats becomes {@code 0n}, float {@code &}/{@code |} follow q's null ordering and
 * comparisons order nulls below every value. {@link #op} answers null when no fast path applies.
 */
final class Fast {
    private Fast() {}
    private static final long NUL = Long.MIN_VALUE;

    static QObj op(char op, QObj x, QObj y) {
        boolean vx = x instanceof Vec, vy = y instanceof Vec;
        if (!vx && !vy) return null;
        if (vx && vy && x.count() != y.count()) return null;
        int tx = x.type(), ty = y.type();
        if (Math.abs(tx) == T.LONG && Math.abs(ty) == T.LONG && op != '%') return longs(op, x, y, T.LONG);
        if (Math.abs(tx) == Math.abs(ty) && T.isIntegral(tx) && (op == '&' || op == '|' || isCmp(op))) return longs(op, x, y, Math.abs(tx));
        boolean nx = Math.abs(tx) == T.LONG || Math.abs(tx) == T.FLOAT, ny = Math.abs(ty) == T.LONG || Math.abs(ty) == T.FLOAT;
        if (!nx || !ny) return null;
        if (x instanceof LVec a && y instanceof DAtom b && "+-*%".indexOf(op) >= 0) return longFloat(op, a.a, b.v);
        if (y instanceof LVec a && x instanceof DAtom b && "+*".indexOf(op) >= 0) return longFloat(op, a.a, b.v);
        return doubles(op, dbl(x), dbl(y), vx, vy);
    }

    /** Floats of a long/float vector or atom (long nulls become NaN); an atom gives a one-item array. */
    private static double[] dbl(QObj v) {
        if (v instanceof DVec d) return d.a;
        if (v instanceof DAtom d) return new double[]{d.v};
        if (v instanceof LAtom l) return new double[]{Arith.dget(l, 0)};
        long[] a = ((LVec) v).a;
        double[] r = new double[a.length];
        for (int i = 0; i < r.length; i++) r[i] = a[i] == Long.MIN_VALUE ? Double.NaN : a[i];
        return r;
    }

    private static QObj longs(char op, QObj x, QObj y, int t) {
        if (x instanceof LVec a && y instanceof LVec b) return vv(op, a.a, b.a, t);
        if (x instanceof LVec a) return va(op, a.a, ((LAtom) y).v, t);
        long av = ((LAtom) x).v;
        long[] b = ((LVec) y).a;
        return switch (op) {
            case '+', '*', '&', '|', '=', '≠' -> va(op, b, av, t);
            case '<' -> va('>', b, av, t);
            case '>' -> va('<', b, av, t);
            case '≤' -> va('≥', b, av, t);
            case '≥' -> va('≤', b, av, t);
            case '-' -> { long[] r = new long[b.length]; for (int i = 0; i < r.length; i++) { long q = b[i]; r[i] = av == NUL || q == NUL ? NUL : av - q; } yield LVec.j(r); }
            default -> null;
        };
    }

    private static QObj va(char op, long[] a, long b, int t) {
        int n = a.length;
        long[] r = new long[n];
        switch (op) {
            case '+' -> { for (int i = 0; i < n; i++) { long p = a[i]; r[i] = p == NUL || b == NUL ? NUL : p + b; } }
            case '-' -> { for (int i = 0; i < n; i++) { long p = a[i]; r[i] = p == NUL || b == NUL ? NUL : p - b; } }
            case '*' -> { for (int i = 0; i < n; i++) { long p = a[i]; r[i] = p == NUL || b == NUL ? NUL : p * b; } }
            case '&' -> { for (int i = 0; i < n; i++) r[i] = Math.min(a[i], b); }
            case '|' -> { for (int i = 0; i < n; i++) r[i] = Math.max(a[i], b); }
            case '=' -> { for (int i = 0; i < n; i++) r[i] = a[i] == b ? 1 : 0; return bools(r); }
            case '≠' -> { for (int i = 0; i < n; i++) r[i] = a[i] != b ? 1 : 0; return bools(r); }
            case '<' -> { for (int i = 0; i < n; i++) r[i] = a[i] < b ? 1 : 0; return bools(r); }
            case '>' -> { for (int i = 0; i < n; i++) r[i] = a[i] > b ? 1 : 0; return bools(r); }
            case '≤' -> { for (int i = 0; i < n; i++) r[i] = a[i] <= b ? 1 : 0; return bools(r); }
            case '≥' -> { for (int i = 0; i < n; i++) r[i] = a[i] >= b ? 1 : 0; return bools(r); }
            default -> { return null; }
        }
        return new LVec(t, r);
    }

    private static QObj vv(char op, long[] a, long[] b, int t) {
        int n = a.length;
        long[] r = new long[n];
        switch (op) {
            case '+' -> { for (int i = 0; i < n; i++) { long p = a[i], q = b[i]; r[i] = p == NUL || q == NUL ? NUL : p + q; } }
            case '-' -> { for (int i = 0; i < n; i++) { long p = a[i], q = b[i]; r[i] = p == NUL || q == NUL ? NUL : p - q; } }
            case '*' -> { for (int i = 0; i < n; i++) { long p = a[i], q = b[i]; r[i] = p == NUL || q == NUL ? NUL : p * q; } }
            case '&' -> { for (int i = 0; i < n; i++) r[i] = Math.min(a[i], b[i]); }
            case '|' -> { for (int i = 0; i < n; i++) r[i] = Math.max(a[i], b[i]); }
            case '=' -> { for (int i = 0; i < n; i++) r[i] = a[i] == b[i] ? 1 : 0; return bools(r); }
            case '≠' -> { for (int i = 0; i < n; i++) r[i] = a[i] != b[i] ? 1 : 0; return bools(r); }
            case '<' -> { for (int i = 0; i < n; i++) r[i] = a[i] < b[i] ? 1 : 0; return bools(r); }
            case '>' -> { for (int i = 0; i < n; i++) r[i] = a[i] > b[i] ? 1 : 0; return bools(r); }
            case '≤' -> { for (int i = 0; i < n; i++) r[i] = a[i] <= b[i] ? 1 : 0; return bools(r); }
            case '≥' -> { for (int i = 0; i < n; i++) r[i] = a[i] >= b[i] ? 1 : 0; return bools(r); }
            default -> { return null; }
        }
        return new LVec(t, r);
    }

    /** Long vector op float atom in one pass (long nulls become NaN, so NaN propagates). */
    private static QObj longFloat(char op, long[] a, double b) {
        int n = a.length;
        double[] r = new double[n];
        switch (op) {
            case '+' -> { for (int i = 0; i < n; i++) { long p = a[i]; r[i] = (p == NUL ? Double.NaN : p) + b; } }
            case '-' -> { for (int i = 0; i < n; i++) { long p = a[i]; r[i] = (p == NUL ? Double.NaN : p) - b; } }
            case '*' -> { for (int i = 0; i < n; i++) { long p = a[i]; r[i] = (p == NUL ? Double.NaN : p) * b; } }
            default -> { for (int i = 0; i < n; i++) { long p = a[i]; r[i] = (p == NUL ? Double.NaN : p) / b; } }
        }
        return DVec.f(r);
    }

    /** A comparison glyph: {@code = < >}, or not-equal, at-most, at-least as the single chars Arith uses. */
    static boolean isCmp(char op) { return op == '=' || op == '<' || op == '>' || op == '≠' || op == '≤' || op == '≥'; }

    private static LVec bools(long[] r) { return new LVec(T.BOOL, r); }

    /** Float arithmetic or comparison; an atom side is a one-item array broadcast by a zero stride. */
    private static QObj doubles(char op, double[] a, double[] b, boolean vx, boolean vy) {
        int n = vx ? a.length : b.length;
        int sa = vx ? 1 : 0, sb = vy ? 1 : 0;
        if (isCmp(op)) {
            long[] r = new long[n];
            switch (op) {
                case '=' -> { for (int i = 0; i < n; i++) { double p = a[i * sa], q = b[i * sb]; r[i] = p == q || p != p && q != q ? 1 : 0; } }
                case '≠' -> { for (int i = 0; i < n; i++) { double p = a[i * sa], q = b[i * sb]; r[i] = p == q || p != p && q != q ? 0 : 1; } }
                case '<' -> { for (int i = 0; i < n; i++) { double p = a[i * sa], q = b[i * sb]; r[i] = p < q || p != p && q == q ? 1 : 0; } }
                case '>' -> { for (int i = 0; i < n; i++) { double p = a[i * sa], q = b[i * sb]; r[i] = p > q || q != q && p == p ? 1 : 0; } }
                case '≤' -> { for (int i = 0; i < n; i++) { double p = a[i * sa], q = b[i * sb]; r[i] = p > q || q != q && p == p ? 0 : 1; } }
                default -> { for (int i = 0; i < n; i++) { double p = a[i * sa], q = b[i * sb]; r[i] = p < q || p != p && q == q ? 0 : 1; } }
            }
            return bools(r);
        }
        double[] r = new double[n];
        switch (op) {
            case '+' -> { for (int i = 0; i < n; i++) r[i] = a[i * sa] + b[i * sb]; }
            case '-' -> { for (int i = 0; i < n; i++) r[i] = a[i * sa] - b[i * sb]; }
            case '*' -> { for (int i = 0; i < n; i++) r[i] = a[i * sa] * b[i * sb]; }
            case '%' -> { for (int i = 0; i < n; i++) r[i] = a[i * sa] / b[i * sb]; }
            case '&', '|' -> { for (int i = 0; i < n; i++) r[i] = Arith.dop(op, a[i * sa], b[i * sb]); }
            default -> { return null; }
        }
        return DVec.f(r);
    }
}
