package dev.qforge.q.eval;

import dev.qforge.q.builtin.*;
import dev.qforge.q.display.Fmt;
import dev.qforge.q.value.*;

import java.util.HashMap;
import java.util.Map;

/**
 * Interpreter state and the core application rules: bracket application with projection for elided or
 * missing arguments, indexing of data at depth, and limits (steps, list size, call depth, interruption).
 */
public final class Interp {
    public final Map<String, QObj> globals = new HashMap<>();
    public final StringBuilder out = new StringBuilder();
    public long maxSteps = 200_000_000L;
    public long maxCells = 100_000_000L;
    public int maxDepth = 2000;
    /** Float display precision set by {@code \P} (default 7); installed on the thread while this session evaluates. */
    public int precision = 7;
    /** This session's random generator for roll and deal (fixed seed, so runs are reproducible). */
    public final java.util.SplittableRandom rng = new java.util.SplittableRandom(42);
    private long steps;
    private int depth;

    /** Counts one evaluation step; signals {@code 'limit} past the step budget and {@code 'stop} on interrupt. */
    public void tick() {
        if (++steps > maxSteps) throw new QError("limit");
        if ((steps & 1023) == 0 && Thread.currentThread().isInterrupted()) throw new QError("stop");
    }
    public void resetSteps() { steps = 0; }
    public void checkSize(long n) { if (n > maxCells) throw new QError("limit"); if (n < 0) throw new QError("domain"); }
    void enter() { if (++depth > maxDepth) { depth = 0; throw new QError("stack"); } }
    void leave() { depth--; }
    public void resetDepth() { depth = 0; }

    public QObj verb(String op) { return Verbs.get(op); }

    public boolean truthy(QObj v) {
        if (v instanceof LAtom a) return a.v != 0 && !(T.isNullL(a.t, a.v) && a.t != -T.BOOL && a.t != -T.BYTE && a.t != -T.CHAR);
        if (v instanceof DAtom d) return d.v != 0;
        throw new QError("type");
    }

    public String signalText(QObj v) {
        if (v instanceof SAtom s) return s.v;
        if (v instanceof LVec s && s.t == T.CHAR) return s.asString();
        if (v instanceof LAtom c && c.t == -T.CHAR) return String.valueOf((char) c.v);
        throw new QError("type");
    }

    /** {@code (a;b;c)}: collapses to a typed vector when all items are atoms of one type. */
    public QObj enlistAll(QObj[] v) { return Lists.fromItems(v); }

    /** Monadic application: verbs use their monadic form, functions are called, data is indexed. */
    public QObj monad(QObj f, QObj x) {
        tick();
        if (f == Nil.NIL) return x;
        if (f instanceof Verbs.Verb v) return v.monadic(this, x);
        if (f instanceof QFn fn) {
            if (fn.minArgs() > 1 || fn.rank() == 0) return apply(fn, new QObj[]{x});
            return fn.call(this, new QObj[]{x});
        }
        if (f instanceof LAtom h && h.t == -T.LONG && (x.type() == T.CHAR || x.type() == -T.CHAR || x.type() == 0)) return Io.write(this, h.v, x);
        return Index.at(this, f, x);
    }

    public QObj dyad(QObj f, QObj x, QObj y) {
        tick();
        if (f instanceof Verbs.Verb v && v.rank() >= 2) { tick(); return v.dyadic(this, x, y); }
        if (f instanceof QFn fn) return apply(fn, new QObj[]{x, y});
        return Index.atDepth(this, f, new QObj[]{x, y});
    }

    /**
     * Bracket application. For functions, null (elided) args and too few args produce a projection; for data
     * an elided index selects everything at its depth, so {@code m[;1]} is column 1 of a matrix
     * (code.kx.com/q/ref/apply, "elided indexes").
     */
    public QObj apply(QObj f, QObj[] args) {
        tick();
        if (f instanceof QFn fn) {
            boolean holes = false;
            for (QObj a : args) if (a == null) { holes = true; break; }
            if (holes || args.length < fn.minArgs()) {
                if (fn.rank() == 1 && args.length == 1 && holes) return fn;
                return Proj.of(fn, args);
            }
            if (args.length > fn.rank()) throw new QError("rank");
            if (fn instanceof Verbs.Verb v && args.length == 1) return v.monadic(this, args[0]);
            return fn.call(this, args);
        }
        if (f instanceof LAtom h && args.length == 1 && (h.v == 1 || h.v == -1 || h.v == 2 || h.v == -2)) return Io.write(this, h.v, args[0]);
        QObj[] idx = args.clone();
        for (int i = 0; i < idx.length; i++) if (idx[i] == null) idx[i] = Nil.NIL;
        return Index.atDepth(this, f, idx);
    }

    public QObj derive(QObj f, String adverb) { return new Derived(f, adverb); }

    public QObj compose(QObj f, QObj g) { return new Comp(f, g); }

    /** Applies f to one argument the way an adverb does (monadic form for verbs). */
    public QObj call1(QObj f, QObj x) { return monad(f, x); }

    public QObj call2(QObj f, QObj x, QObj y) { return dyad(f, x, y); }

    public String display(QObj v) { return Fmt.console(v); }

    /** Evaluates q source at top level (as {@code value "..."} does) and returns the last statement's value. */
    public QObj evalText(String src) {
        java.util.List<dev.qforge.q.lang.Node> nodes = dev.qforge.q.lang.Parser.parse(src);
        Ctx c = new Ctx(this, null, null);
        QObj r = Nil.NIL;
        for (dev.qforge.q.lang.Node n : nodes) r = n == null ? Nil.NIL : n.eval(c);
        return r;
    }
}
