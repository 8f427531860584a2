package dev.qforge.q.lang;

import dev.qforge.q.eval.Ctx;
import dev.qforge.q.eval.Lambda;
import dev.qforge.q.eval.QError;
import dev.qforge.q.value.*;

/** Expression nodes. Each node's arguments are evaluated right to left before the left part. */
public final class Ast {
    private Ast() {}

    public record Lit(QObj v) implements Node { public QObj eval(Ctx c) { return v; } }

    public record Var(String name) implements Node { public QObj eval(Ctx c) { return c.lookup(name); } }

    /** A primitive verb by its glyph ({@code +}, {@code <=}, {@code #:}...). */
    public record VerbRef(String op, QObj verb) implements Node {
        public VerbRef(String op) { this(op, dev.qforge.q.builtin.Verbs.get(op)); }
        public QObj eval(Ctx c) { return verb; }
    }

    /** Prefix application or juxtaposition: {@code f x}. */
    public record Monad(Node f, Node x) implements Node {
        public QObj eval(Ctx c) { QObj a = x.eval(c); return c.in.monad(f.eval(c), a); }
    }

    /** Infix application {@code l f r}. */
    public record Dyad(Node f, Node l, Node r) implements Node {
        public QObj eval(Ctx c) { QObj b = r.eval(c); QObj a = l.eval(c); return c.in.dyad(f.eval(c), a, b); }
    }

    /** Bracket application {@code f[a;;c]}; null args are elided (projection). */
    public record Call(Node f, Node[] args) implements Node {
        public QObj eval(Ctx c) {
            QObj[] v = new QObj[args.length];
            for (int i = args.length - 1; i >= 0; i--) v[i] = args[i] == null ? null : args[i].eval(c);
            QObj fn = f.eval(c);
            if (v.length == 1 && v[0] == null) v[0] = Nil.NIL;
            return c.in.apply(fn, v);
        }
    }

    /** {@code (a;b;c)}. */
    public record ListExpr(Node[] items) implements Node {
        public QObj eval(Ctx c) {
            QObj[] v = new QObj[items.length];
            boolean holes = false;
            for (int i = items.length - 1; i >= 0; i--) { v[i] = items[i] == null ? null : items[i].eval(c); holes |= v[i] == null; }
            if (holes) return c.in.apply(new ListFn(items.length), v);
            return c.in.enlistAll(v);
        }
    }

    /** The function behind a list with elided items, {@code (;2)}: builds the list from its arguments. */
    public static final class ListFn extends QFn {
        final int n;
        ListFn(int n) { this.n = n; }
        @Override public int type() { return T.PROJ; }
        @Override public int rank() { return n; }
        @Override public QObj call(dev.qforge.q.eval.Interp in, QObj[] a) { return in.enlistAll(a); }
    }

    public record LambdaLit(Lambda fn) implements Node { public QObj eval(Ctx c) { return fn; } }

    /** {@code x:v}, {@code x::v}, {@code x+:v}, {@code x[i]:v}, {@code x[i],:v}. op is null for plain assignment. */
    public record Assign(String name, Node[] idx, String op, Node value, boolean global) implements Node {
        public QObj eval(Ctx c) { return c.assign(this); }
    }

    /** A function modified by an adverb: {@code f'}, {@code f/}, {@code f\:}... */
    public record Adv(Node f, String adverb) implements Node {
        public QObj eval(Ctx c) { return c.in.derive(f.eval(c), adverb); }
    }

    /** Composition {@code f g} where g is a function awaiting its argument(s). */
    public record Comp(Node f, Node g) implements Node {
        public QObj eval(Ctx c) { QObj gv = g.eval(c); return c.in.compose(f.eval(c), gv); }
    }

    /** {@code l f} with the right argument missing: the projection {@code f[l;]}. */
    public record Partial(Node f, Node l) implements Node {
        public QObj eval(Ctx c) { QObj a = l.eval(c); return c.in.apply(f.eval(c), new QObj[]{a, null}); }
    }

    /** {@code $[c;t;f]}, evaluated lazily. */
    public record Cond(Node[] args) implements Node {
        public QObj eval(Ctx c) {
            int i = 0;
            for (; i + 1 < args.length; i += 2) if (c.in.truthy(args[i].eval(c))) return val(args[i + 1], c);
            return i < args.length ? val(args[i], c) : Nil.NIL;
        }
        private static QObj val(Node n, Ctx c) { return n == null ? Nil.NIL : n.eval(c); }
    }

    /** {@code if[c;...]}, {@code do[n;...]}, {@code while[c;...]}. */
    public record Ctrl(String kw, Node[] args) implements Node {
        public QObj eval(Ctx c) {
            switch (kw) {
                case "if" -> { if (c.in.truthy(args[0].eval(c))) body(c); }
                case "do" -> {
                    QObj n = args[0].eval(c);
                    if (!(n instanceof LAtom la)) throw new QError("type");
                    for (long k = 0; k < la.v; k++) { c.in.tick(); body(c); }
                }
                default -> { while (c.in.truthy(args[0].eval(c))) { c.in.tick(); body(c); } }
            }
            return Nil.NIL;
        }
        private void body(Ctx c) { for (int i = 1; i < args.length; i++) if (args[i] != null) args[i].eval(c); }
    }

    /** {@code :x} early return from a lambda. */
    public record Return(Node x) implements Node {
        public QObj eval(Ctx c) { throw new Lambda.ReturnSignal(x == null ? Nil.NIL : x.eval(c)); }
    }

    /** {@code 'x} signal an error. */
    public record Signal(Node x) implements Node {
        public QObj eval(Ctx c) { throw new QError(c.in.signalText(x.eval(c))); }
    }

    /** {@code [a;b;c]} evaluates each and returns the last. */
    public record Block(Node[] stmts) implements Node {
        public QObj eval(Ctx c) {
            QObj r = Nil.NIL;
            for (Node n : stmts) r = n == null ? Nil.NIL : n.eval(c);
            return r;
        }
    }
}
