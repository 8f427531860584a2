package dev.qforge.q.eval;

import dev.qforge.q.builtin.*;
import dev.qforge.q.value.*;

import java.util.ArrayList;
import java.util.List;

/**
 * A function derived by an adverb. Over/scan: with a unary f (or data), one argument converges (stopping when
 * the result matches the previous or the first), an integer left argument repeats, a function left argument
 * is a while-condition; with a binary f they fold, seeded by the left argument when given.
 */
public final class Derived extends QFn {
    public final QObj f;
    public final String adv;

    public Derived(QObj f, String adv) { this.f = f; this.adv = adv; }

    static int rankOf(QObj f) { return f instanceof QFn fn ? fn.rank() : 1; }
    static int minOf(QObj f) { return f instanceof QFn fn ? fn.minArgs() : 1; }

    @Override public int type() { return 106 + "'/\\':/:\\:".indexOf(adv) % 6; }
    @Override public int rank() {
        return switch (adv) {
            case "'" -> Math.max(rankOf(f), 1);
            case "/", "\\" -> Math.max(rankOf(f), 2);
            default -> 2;
        };
    }
    @Override public int minArgs() {
        return switch (adv) {
            case "'" -> Math.max(1, minOf(f));
            case "/", "\\", "':" -> 1;
            default -> 2;
        };
    }

    @Override public QObj call(Interp in, QObj[] a) {
        return switch (adv) {
            case "'" -> each(in, a);
            case "/" -> over(in, a, false);
            case "\\" -> over(in, a, true);
            case "':" -> prior(in, a);
            case "/:" -> eachSide(in, a[0], a[1], false);
            case "\\:" -> eachSide(in, a[0], a[1], true);
            default -> throw new QError("nyi");
        };
    }

    private QObj each(Interp in, QObj[] a) {
        if (a.length == 1) {
            QObj x = a[0];
            if (x instanceof Dict d) return new Dict(d.k, each(in, new QObj[]{d.v}));
            if (x.isAtom()) return in.call1(f, x);
            QObj[] items = Lists.items(x);
            QObj[] r = new QObj[items.length];
            for (int i = 0; i < r.length; i++) r[i] = in.call1(f, items[i]);
            return Lists.fromItemsTab(r);
        }
        int n = -1;
        for (QObj x : a) if (!x.isAtom() && !x.isFn()) {
            int c = x.count();
            if (n >= 0 && c != n) throw new QError("length");
            n = c;
        }
        if (n < 0) return in.apply(f, a);
        QObj[][] items = new QObj[a.length][];
        for (int k = 0; k < a.length; k++) items[k] = a[k].isAtom() || a[k].isFn() ? null : Lists.items(a[k]);
        QObj[] r = new QObj[n];
        for (int i = 0; i < n; i++) {
            QObj[] args = new QObj[a.length];
            for (int k = 0; k < a.length; k++) args[k] = items[k] == null ? a[k] : items[k][i];
            r[i] = a.length == 2 ? in.call2(f, args[0], args[1]) : in.apply(f, args);
        }
        return Lists.fromItemsTab(r);
    }

    private QObj eachSide(Interp in, QObj x, QObj y, boolean left) {
        QObj[] items = Lists.items(left ? x : y);
        if ((left ? x : y).isAtom()) return in.call2(f, x, y);
        QObj[] r = new QObj[items.length];
        for (int i = 0; i < r.length; i++) r[i] = left ? in.call2(f, items[i], y) : in.call2(f, x, items[i]);
        return Lists.fromItemsTab(r);
    }

    private QObj prior(Interp in, QObj[] a) {
        QObj x = a[a.length - 1];
        QObj[] items = Lists.items(x);
        QObj[] r = new QObj[items.length];
        for (int i = 0; i < r.length; i++) {
            if (i > 0) r[i] = in.call2(f, items[i], items[i - 1]);
            else if (a.length == 2) r[i] = in.call2(f, items[0], a[0]);
            else r[i] = firstPrior(in, x, items[0]);
        }
        QObj res = Lists.fromItems(r);
        return x instanceof Dict d ? new Dict(d.k, res) : res;
    }

    /**
     * The seed of unary each-prior (code.kx.com/q/ref/maps/#each-prior): the identity of a known operator
     * ({@code 0} for {@code + -}, {@code 1} for {@code * %}, {@code ()} for {@code ,}), otherwise
     * {@code first 0#x}, the null (prototype) of the argument's type.
     */
    private QObj firstPrior(Interp in, QObj x, QObj x0) {
        if (f instanceof Verbs.Verb v) {
            switch (v.op) {
                case "+", "-" -> { return in.call2(f, x0, LAtom.j(0)); }
                case "*", "%" -> { return in.call2(f, x0, LAtom.j(1)); }
                case "," -> { return in.call2(f, x0, GList.EMPTY); }
                default -> { }
            }
        }
        return in.call2(f, x0, prototype(x instanceof Dict d ? d.v : x));
    }

    /** {@code first 0#x}: the typed null of a simple list, or for a general list the prototype of its first item. */
    public static QObj prototype(QObj x) {
        if (x instanceof GList g) {
            if (g.a.length == 0) return Nil.NIL;
            QObj i0 = g.a[0];
            if (i0.isAtom()) return Lists.nullAtom(i0.type());
            if (i0 instanceof Vec v && !(v instanceof GList)) return Lists.empty(v.type());
            return GList.EMPTY;
        }
        return Index.nullItem(x);
    }

    private QObj over(Interp in, QObj[] a, boolean scan) {
        int r = rankOf(f);
        if (r == 1 || !(f instanceof QFn)) {
            if (a.length == 1) return converge(in, a[0], scan);
            QObj c = a[0], x = a[1];
            List<QObj> acc = new ArrayList<>();
            if (scan) acc.add(x);
            if (c instanceof LAtom n && !c.isFn()) {
                for (long k = 0; k < n.v; k++) { in.tick(); x = in.call1(f, x); if (scan) acc.add(x); }
            } else {
                while (in.truthy(in.call1(c, x))) { in.tick(); x = in.call1(f, x); if (scan) acc.add(x); }
            }
            return scan ? Lists.fromItemsTab(acc.toArray(QObj[]::new)) : x;
        }
        QObj acc;
        QObj[] items;
        if (a.length == 1) {
            QObj x = a[0];
            if (x.isAtom()) return x;
            items = Lists.items(x);
            if (items.length == 0) return scan ? x : identity(x);
            acc = items[0];
            items = java.util.Arrays.copyOfRange(items, 1, items.length);
        } else {
            acc = a[0];
            if (a.length > 2) return foldN(in, a, scan);
            if (a[1].isAtom() && !(a[1] instanceof Dict)) return scan ? Lists.enlist(in.call2(f, acc, a[1])) : in.call2(f, acc, a[1]);
            items = Lists.items(a[1]);
        }
        QObj[] out = scan ? new QObj[items.length + (a.length == 1 ? 1 : 0)] : null;
        int o = 0;
        if (scan && a.length == 1) out[o++] = acc;
        for (QObj it : items) {
            in.tick();
            acc = in.call2(f, acc, it);
            if (scan) out[o++] = acc;
        }
        if (scan && a.length == 2 && a[1] instanceof Dict d) return new Dict(d.k, Lists.fromItems(out));
        return scan ? Lists.fromItemsTab(out) : acc;
    }

    private QObj foldN(Interp in, QObj[] a, boolean scan) {
        int n = -1;
        for (int k = 1; k < a.length; k++) if (!a[k].isAtom()) n = a[k].count();
        QObj acc = a[0];
        List<QObj> out = new ArrayList<>();
        for (int i = 0; i < Math.max(n, 1); i++) {
            QObj[] args = new QObj[a.length];
            args[0] = acc;
            for (int k = 1; k < a.length; k++) args[k] = a[k].isAtom() ? a[k] : a[k].at(i);
            acc = in.apply(f, args);
            out.add(acc);
        }
        return scan ? Lists.fromItems(out.toArray(QObj[]::new)) : acc;
    }

    private static QObj identity(QObj x) {
        return switch (x.type()) {
            case T.FLOAT -> DAtom.f(0);
            default -> LAtom.j(0);
        };
    }

    private QObj converge(Interp in, QObj x0, boolean scan) {
        List<QObj> acc = new ArrayList<>();
        if (scan) acc.add(x0);
        QObj prev = x0;
        while (true) {
            in.tick();
            QObj nx = in.call1(f, prev);
            if (Match.match(nx, prev) || Match.match(nx, x0)) break;
            if (scan) acc.add(nx);
            prev = nx;
        }
        return scan ? Lists.fromItemsTab(acc.toArray(QObj[]::new)) : prev;
    }
}
