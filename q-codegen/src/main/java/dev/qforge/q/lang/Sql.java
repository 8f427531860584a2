package dev.qforge.q.lang;

import dev.qforge.q.builtin.SqlOps;
import dev.qforge.q.eval.Ctx;
import dev.qforge.q.lang.Ast.*;
import dev.qforge.q.lang.Tok.Kind;
import dev.qforge.q.value.QObj;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Parsing of qSQL templates: {@code select/exec/update/delete cols by cols from t where c1,c2}. */
public final class Sql {
    private Sql() {}
    static final Set<String> KEYWORDS = Set.of("select", "exec", "update", "delete");

    /** A parsed template; evaluation is in {@link SqlOps}. Unnamed columns get a name inferred from the expression. */
    public record Query(String kind, List<String> names, List<Node> cols, List<String> byNames, List<Node> by, Node from, List<Node> where) implements Node {
        public QObj eval(Ctx c) { return SqlOps.run(c, this); }
    }

    static Node parse(Parser p, String kind) {
        boolean sc = p.stopComma;
        Set<String> sn = p.stopNames;
        List<String> names = new ArrayList<>(), byNames = new ArrayList<>();
        List<Node> cols = new ArrayList<>(), by = new ArrayList<>(), where = new ArrayList<>();
        p.stopComma = true;
        p.stopNames = Set.of("by", "from");
        columns(p, names, cols);
        if (p.peek().is(Kind.NAME, "by")) {
            p.p++;
            p.stopNames = Set.of("from");
            columns(p, byNames, by);
        }
        if (!p.peek().is(Kind.NAME, "from")) throw new dev.qforge.q.eval.QError("from");
        p.p++;
        p.stopComma = false;
        p.stopNames = Set.of("where");
        Node from = p.parseExpr();
        if (p.peek().is(Kind.NAME, "where")) {
            p.p++;
            p.stopComma = true;
            p.stopNames = Set.of();
            while (true) {
                where.add(p.parseExpr());
                if (p.peek().is(Kind.VERB, ",")) { p.p++; continue; }
                break;
            }
        }
        p.stopComma = sc;
        p.stopNames = sn;
        return new Query(kind, names, cols, byNames, by, from, where);
    }

    private static void columns(Parser p, List<String> names, List<Node> cols) {
        while (!p.atStop()) {
            Node n = p.parseExpr();
            if (n instanceof Assign a && a.idx() == null && a.op() == null) { names.add(a.name()); cols.add(a.value()); }
            else { String name = infer(n); names.add(name.equals("i") ? "x" : name); cols.add(n); }
            if (p.peek().is(Kind.VERB, ",")) p.p++;
            else break;
        }
    }

    /**
     * The name q gives an unnamed column expression (code.kx.com/q/basics/qsql/#computed-columns, and the
     * query examples on the ref pages): a name is itself, or its last part when dotted ({@code time.minute}
     * gives {@code minute}); a primitive verb applied ({@code c2+c3}, {@code c3*2}, {@code +[a;b]}) is named
     * from its first argument, so {@code 2*c2} is {@code x}; any other function applied, whether a keyword
     * ({@code size wavg price}, {@code 30 xbar time.minute}), a derived function ({@code id,'4}) or a lambda,
     * from its last argument; a monadic application ({@code string c3}, {@code count i}) from its argument.
     * Anything else is {@code x}. (In a qSQL phrase the virtual column {@code i} also gives {@code x}.)
     */
    public static String infer(Node n) {
        if (n instanceof Var v) {
            String s = v.name();
            int dot = s.lastIndexOf('.');
            return dot > 0 && s.charAt(0) != '.' ? s.substring(dot + 1) : s;
        }
        if (n instanceof Monad m) return infer(m.x());
        if (n instanceof Dyad d) return infer(primitive(d.f()) ? d.l() : d.r());
        if (n instanceof Call c && c.args().length > 0) {
            Node a = primitive(c.f()) ? c.args()[0] : c.args()[c.args().length - 1];
            return a == null ? "x" : infer(a);
        }
        return "x";
    }

    /** A primitive verb: a glyph, or a keyword q defines as one ({@code and} is {@code &}, {@code or} is {@code |}). */
    private static boolean primitive(Node f) {
        return f instanceof VerbRef || f instanceof Var v && (v.name().equals("and") || v.name().equals("or"));
    }
}
