package dev.qforge.q.builtin;

import dev.qforge.q.eval.*;
import dev.qforge.q.value.*;

import java.util.concurrent.ConcurrentHashMap;

/** The primitive glyph verbs; each has a monadic and a dyadic form (and 3/4-argument forms for @ and .). */
public final class Verbs {
    private Verbs() {}
    private static final ConcurrentHashMap<String, QObj> CACHE = new ConcurrentHashMap<>();

    public static QObj get(String op) {
        if (op.equals("::")) return Nil.NIL;
        QObj v = CACHE.get(op);
        return v != null ? v : CACHE.computeIfAbsent(op, Verb::new);
    }

    /** A glyph verb such as {@code +} or {@code #:} (the colon suffix selects the monadic form). */
    public static final class Verb extends QFn {
        public final String op;
        /** The glyph of the monadic form ({@code #:} is {@code #}); rank and minimum arguments, fixed per glyph. */
        private final String mop;
        private final int rank, minArgs;
        Verb(String op) {
            this.op = op;
            boolean colon = op.endsWith(":") && op.length() == 2;
            mop = colon ? op.substring(0, 1) : op;
            rank = op.equals("@") || op.equals(".") ? 4 : op.equals("?") ? 3 : colon ? 1 : 2;
            minArgs = colon ? 1 : 2;
        }
        @Override public int type() { return T.BINARY; }
        /** {@code @} and {@code .} take up to 4 arguments, {@code ?} up to 3 (vector conditional), others 2. */
        @Override public int rank() { return rank; }
        @Override public int minArgs() { return minArgs; }
        @Override public QObj call(Interp in, QObj[] a) {
            if (a.length == 1) return monadic(in, a[0]);
            if (a.length == 2) return dyadic(in, a[0], a[1]);
            if (op.equals("?")) return Apply.vectorCond(a[0], a[1], a[2]);
            return Apply.multi(in, op, a);
        }
        public QObj monadic(Interp in, QObj x) { return Verbs.monadic(in, mop, x); }
        public QObj dyadic(Interp in, QObj x, QObj y) { return Verbs.dyadic(in, op, x, y); }
        @Override public String toString() { return op; }
    }

    static QObj monadic(Interp in, String op, QObj x) {
        return switch (op) {
            case "+" -> Tables.flip(x);
            case "-" -> negate(in, x);
            case "*" -> ListOps.first(x);
            case "%" -> Arith.op(in, '%', DAtom.f(1), x);
            case "&" -> ListOps.where(in, x);
            case "|" -> ListOps.reverse(x);
            case "^" -> Math1.isNull(x);
            case "=" -> ListOps.group(x);
            case "<" -> Sorts.grade(x, true);
            case ">" -> Sorts.grade(x, false);
            case "~" -> Math1.not(x);
            case "!" -> x instanceof Dict d ? d.k : x instanceof Table t ? new SVec(t.cols) : ListOps.til(in, x);
            case "#" -> LAtom.j(x.count());
            case "_" -> Math1.floor(x);
            case "$" -> Cast.string(x);
            case "?" -> ListOps.distinct(x);
            case "@" -> new LAtom(-T.SHORT, x.type());
            case "." -> Apply.value(in, x);
            case "," -> Lists.enlist(x);
            case ":" -> x;
            default -> throw new QError("nyi");
        };
    }

    static QObj negate(Interp in, QObj x) {
        if (x instanceof LVec v && v.t == T.LONG) {
            long[] r = new long[v.a.length];
            for (int i = 0; i < r.length; i++) r[i] = -v.a[i];
            return new LVec(T.LONG, r);
        }
        if (x instanceof LAtom a && a.t == -T.LONG) return LAtom.j(-a.v);
        if (x instanceof DAtom d) return new DAtom(d.t, -d.v);
        if (x instanceof DVec d) {
            double[] r = new double[d.a.length];
            for (int i = 0; i < r.length; i++) r[i] = -d.a[i];
            return new DVec(d.t, r);
        }
        if (x instanceof LAtom a) return new LAtom(a.t == -T.BOOL || a.t == -T.BYTE ? -T.INT : a.t, T.wrap(a.t, -a.v));
        if (x instanceof LVec v) {
            int t = v.t == T.BOOL || v.t == T.BYTE ? T.INT : v.t;
            long[] r = new long[v.a.length];
            for (int i = 0; i < r.length; i++) r[i] = T.wrap(t, -v.a[i]);
            return new LVec(t, r);
        }
        return Arith.op(in, '-', LAtom.j(0), x);
    }

    static QObj dyadic(Interp in, String op, QObj x, QObj y) {
        return switch (op) {
            case "+", "-", "*", "%", "&", "|", "=", "<", ">" -> Arith.op(in, op.charAt(0), x, y);
            case "<>" -> Arith.op(in, '≠', x, y);
            case "<=" -> Arith.op(in, '≤', x, y);
            case ">=" -> Arith.op(in, '≥', x, y);
            case "~" -> LAtom.b(Match.match(x, y));
            case "!" -> ListOps.bang(in, x, y);
            case "#" -> take(in, x, y);
            case "_" -> ListOps.drop(in, x, y);
            case "$" -> isMatrixArg(x) && isMatrixArg(y) ? Upsert.mmu(x, y) : Cast.cast(in, x, y);
            case "?" -> ListOps.find(in, x, y);
            case "@" -> x instanceof QFn ? in.monad(x, y) : Index.at(in, x, y);
            case "." -> Apply.dot(in, x, y);
            case "," -> ListOps.join(in, x, y);
            case "^" -> Math1.fill(in, x, y);
            case ":" -> y;
            case "'" -> in.compose(x, y);
            default -> {
                if (op.length() == 2 && op.endsWith(":")) yield dyadic(in, op.substring(0, 1), x, y);
                throw new QError("nyi");
            }
        };
    }

    /** A float vector, or a non-empty general list of float vectors: {@code x$y} is then matrix multiply. */
    private static boolean isMatrixArg(QObj x) {
        if (x instanceof DVec d) return d.t == T.FLOAT;
        if (!(x instanceof GList g) || g.a.length == 0) return false;
        for (QObj o : g.a) if (!(o instanceof DVec d) || d.t != T.FLOAT) return false;
        return true;
    }

    public static QObj take(Interp in, QObj x, QObj y) {
        if (x instanceof LVec shape && !(y instanceof Table)) return ListOps.reshape(in, shape, y);
        if (y instanceof Dict d && !(x instanceof LAtom)) return ListOps.dictTake(in, x, d);
        if (x instanceof SVec || x instanceof SAtom) return Tables.takeCols(x, y);
        return ListOps.take(in, Lists.lng(x), y);
    }
}
