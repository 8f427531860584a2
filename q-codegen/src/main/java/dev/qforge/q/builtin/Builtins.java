package dev.qforge.q.builtin;

import dev.qforge.q.eval.*;
import dev.qforge.q.value.*;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** Keyword functions by name. Dyadic keywords (and each/over/scan/prior) may be used infix. */
public final class Builtins {
    private Builtins() {}

    @FunctionalInterface public interface Impl { QObj apply(Interp in, QObj[] a); }

    /** A named keyword function; displays as its name. */
    public static final class Kw extends QFn {
        public final String name;
        final int rank, min;
        final Impl impl;
        Kw(String name, int rank, Impl impl) { this(name, rank, rank, impl); }
        Kw(String name, int rank, int min, Impl impl) { this.name = name; this.rank = rank; this.min = min; this.impl = impl; }
        @Override public int minArgs() { return min; }
        @Override public int type() { return rank == 1 ? T.UNARY : T.BINARY; }
        @Override public int rank() { return rank; }
        @Override public QObj call(Interp in, QObj[] a) { return impl.apply(in, a); }
    }

    private static final Map<String, QObj> KW = new HashMap<>();
    private static final Set<String> INFIX = Set.of("mod", "div", "xexp", "xbar", "in", "within", "like", "ss", "vs", "sv",
            "except", "inter", "union", "and", "or", "rotate", "sublist", "cut", "each", "over", "scan", "prior", "peach",
            "cross", "xcol", "xkey", "xasc", "xdesc", "bin", "binr", "wavg", "wsum", "set", "mmu", "lj", "ij", "uj", "ljf", "ijf", "ujf", "upsert", "insert", "fby");

    public static boolean isInfix(String name) { return INFIX.contains(name); }
    public static QObj get(String name) { return KW.get(name); }

    static void m(String n, java.util.function.BiFunction<Interp, QObj, QObj> f) { KW.put(n, new Kw(n, 1, (in, a) -> f.apply(in, a[0]))); }
    static void d(String n, Impl f) { KW.put(n, new Kw(n, 2, f)); }

    static {
        m("til", ListOps::til);
        m("count", (in, x) -> LAtom.j(x.count()));
        m("sum", Stats::sum);
        m("sums", (in, x) -> Stats.scanOp(in, '+', x));
        m("prd", Stats::prd);
        m("prds", (in, x) -> Stats.scanOp(in, '*', x));
        m("max", Stats::max);
        m("maxs", (in, x) -> Stats.scanOp(in, '|', x));
        m("min", Stats::min);
        m("mins", (in, x) -> Stats.scanOp(in, '&', x));
        m("avg", Stats::avg);
        m("avgs", Stats::avgs);
        m("med", (in, x) -> Stats.med(x));
        m("var", (in, x) -> Stats.var(x));
        m("dev", (in, x) -> DAtom.f(Math.sqrt(((DAtom) Stats.var(x)).v)));
        m("where", ListOps::where);
        m("distinct", (in, x) -> ListOps.distinct(x));
        m("asc", (in, x) -> Sorts.asc(x));
        m("desc", (in, x) -> Sorts.desc(x));
        m("iasc", (in, x) -> Sorts.grade(x, true));
        m("idesc", (in, x) -> Sorts.grade(x, false));
        m("rank", (in, x) -> Sorts.rank(x));
        m("reverse", (in, x) -> ListOps.reverse(x));
        m("first", (in, x) -> ListOps.first(x));
        m("last", (in, x) -> x.isAtom() ? x : x instanceof Dict dd ? ListOps.first(ListOps.reverse(dd.v)) : ListOps.first(ListOps.reverse(x)));
        m("enlist", (in, x) -> Lists.enlist(x));
        m("raze", Strs::raze);
        m("string", (in, x) -> Cast.string(x));
        m("key", (in, x) -> x instanceof Dict dd ? dd.k : x instanceof Table t ? new SVec(t.cols) : ListOps.til(in, x));
        m("value", Apply::value);
        m("get", Apply::value);
        m("flip", (in, x) -> Tables.flip(x));
        m("cols", (in, x) -> x instanceof Table t ? new SVec(t.cols) : x instanceof Dict dd && dd.isKeyedTable() ? ListOps.join(in, new SVec(((Table) dd.k).cols), new SVec(((Table) dd.v).cols)) : ((Dict) x).k);
        m("null", (in, x) -> Math1.isNull(x));
        m("not", (in, x) -> Math1.not(x));
        m("neg", (in, x) -> Verbs.negate(in, x));
        m("abs", Math1::abs);
        m("signum", (in, x) -> Math1.signum(x));
        m("sqrt", (in, x) -> Math1.fmap(x, Math::sqrt));
        m("exp", (in, x) -> Math1.fmap(x, Math::exp));
        m("log", (in, x) -> Math1.fmap(x, Math::log));
        m("reciprocal", (in, x) -> Math1.fmap(x, v -> 1 / v));
        m("floor", (in, x) -> Math1.floor(x));
        m("ceiling", (in, x) -> Math1.ceiling(x));
        m("group", (in, x) -> ListOps.group(x));
        m("type", (in, x) -> new LAtom(-T.SHORT, x.type()));
        m("fills", Strs::fills);
        m("next", (in, x) -> Strs.shift(in, x, 1));
        m("prev", (in, x) -> Strs.shift(in, x, -1));
        m("differ", Strs::differ);
        KW.put("deltas", new Kw("deltas", 2, 1, (in, a) -> a.length == 1 ? Stats.deltas(in, a[0])
                : in.call2(new Derived(Verbs.get("-"), "':"), a[0], a[1])));
        m("ratios", (in, x) -> in.call1(new Derived(Verbs.get("%"), "':"), x));
        m("lower", (in, x) -> Strs.mapChars(x, false));
        m("upper", (in, x) -> Strs.mapChars(x, true));
        m("trim", (in, x) -> Strs.trim(x, true, true));
        m("ltrim", (in, x) -> Strs.trim(x, true, false));
        m("rtrim", (in, x) -> Strs.trim(x, false, true));
        m("any", (in, x) -> Strs.anyAllOf(in, x, true));
        m("all", (in, x) -> Strs.anyAllOf(in, x, false));
        m("show", (in, x) -> { in.out.append(dev.qforge.q.display.Fmt.console(x, dev.qforge.q.display.Fmt.maxLines)).append('\n'); return Nil.NIL; });
        m("exit", (in, x) -> { throw new ExitSignal((int) Lists.lng(x)); });
        for (String n : new String[]{"system", "hopen", "hclose", "hsym", "read0", "read1", "getenv", "setenv", "hdel", "load", "save", "rload", "rsave", "dsave"})
            m(n, (in, x) -> { throw new QError("access"); });
        d("set", (in, a) -> { throw new QError("access"); });
        d("mod", (in, a) -> Arith.op(in, 'm', a[0], a[1]));
        d("div", (in, a) -> Arith.op(in, 'd', a[0], a[1]));
        d("xexp", (in, a) -> Arith.op(in, 'x', a[0], a[1]));
        d("xbar", (in, a) -> Arith.op(in, '*', a[0], Arith.op(in, 'd', a[1], a[0])));
        d("and", (in, a) -> Arith.op(in, '&', a[0], a[1]));
        d("or", (in, a) -> Arith.op(in, '|', a[0], a[1]));
        d("in", (in, a) -> Strs.in(a[0], a[1]));
        d("within", (in, a) -> Arith.op(in, '&', Arith.op(in, '≥', a[0], a[1].at(0)), Arith.op(in, '≤', a[0], a[1].at(1))));
        d("except", (in, a) -> Strs.except(in, a[0], a[1], false));
        d("inter", (in, a) -> Strs.except(in, a[0], a[1], true));
        d("union", (in, a) -> ListOps.distinct(ListOps.join(in, a[0], a[1])));
        d("like", (in, a) -> Strs.like(a[0], a[1]));
        d("ss", (in, a) -> Strs.ss(a[0], a[1]));
        d("vs", Strs::vs);
        d("sv", Strs::sv);
        d("rotate", (in, a) -> Strs.rotate(a[0], a[1]));
        d("sublist", (in, a) -> a[0] instanceof LVec p && p.a.length == 2 ? ListOps.take(in, p.a[1], ListOps.drop(in, LAtom.j(p.a[0]), a[1])) : ListOps.take(in, Math.min(Lists.lng(a[0]), a[1].count()), a[1]));
        d("cut", (in, a) -> a[0] instanceof LAtom n ? Strs.cutN(in, n.v, a[1]) : ListOps.drop(in, a[0], a[1]));
        d("cross", Strs::cross);
        d("each", (in, a) -> in.call1(new Derived(a[0], "'"), a[1]));
        d("peach", (in, a) -> in.call1(new Derived(a[0], "'"), a[1]));
        d("over", (in, a) -> in.call1(new Derived(a[0], "/"), a[1]));
        d("scan", (in, a) -> in.call1(new Derived(a[0], "\\"), a[1]));
        d("prior", (in, a) -> in.call1(new Derived(a[0], "':"), a[1]));
        d("bin", (in, a) -> Strs.bin(a[0], a[1]));
        d("wsum", (in, a) -> Stats.sum(in, Arith.op(in, '*', a[0], a[1])));
        d("wavg", (in, a) -> Arith.op(in, '%', Stats.sum(in, Arith.op(in, '*', a[0], a[1])), Stats.sum(in, a[0])));
        d("xasc", (in, a) -> SqlOps.sortBy(in, a[0], a[1], true));
        d("xdesc", (in, a) -> SqlOps.sortBy(in, a[0], a[1], false));
        d("xkey", (in, a) -> SqlOps.xkey(in, a[0], a[1]));
        d("xcol", (in, a) -> SqlOps.xcol(a[0], a[1]));
        d("lj", (in, a) -> Joins.lj(in, a[0], a[1]));
        d("ij", (in, a) -> Joins.ij(in, a[0], a[1]));
        d("uj", (in, a) -> Joins.uj(in, a[0], a[1]));
        d("ljf", (in, a) -> Joins.ljf(in, a[0], a[1]));
        d("ijf", (in, a) -> Joins.ijf(in, a[0], a[1]));
        d("ujf", (in, a) -> Joins.ujf(in, a[0], a[1]));
        KW.put("aj", new Kw("aj", 3, (in, a) -> Joins.aj(in, a[0], a[1], a[2])));
        KW.put("aj0", new Kw("aj0", 3, (in, a) -> Joins.aj0(in, a[0], a[1], a[2])));
        KW.put("ajf", new Kw("ajf", 3, (in, a) -> Joins.ajf(in, a[0], a[1], a[2])));
        KW.put("ajf0", new Kw("ajf0", 3, (in, a) -> Joins.ajf0(in, a[0], a[1], a[2])));
        d("fby", (in, a) -> Upsert.fby(in, a[0], a[1]));
        d("insert", (in, a) -> Upsert.insert(in, a[0], a[1]));
        d("upsert", (in, a) -> Upsert.upsert(in, a[0], a[1]));
        d("mmu", (in, a) -> Upsert.mmu(a[0], a[1]));
        KW.put("ssr", new Kw("ssr", 3, (in, a) -> Strs.ssr(in, a[0], a[1], a[2])));
        KW.put(".Q.a", LVec.str("abcdefghijklmnopqrstuvwxyz"));
        KW.put(".Q.A", LVec.str("ABCDEFGHIJKLMNOPQRSTUVWXYZ"));
        KW.put(".Q.n", LVec.str("0123456789"));
        KW.put(".Q.hg", new Kw(".Q.hg", 1, (in, a) -> { throw new QError("access"); }));
    }

    /** Thrown by {@code exit n}. */
    public static final class ExitSignal extends RuntimeException {
        public final int code;
        public ExitSignal(int code) { super(null, null, false, false); this.code = code; }
    }
}
