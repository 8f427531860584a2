package dev.qforge.q.lang;

import dev.qforge.q.builtin.Builtins;
import dev.qforge.q.eval.Lambda;
import dev.qforge.q.eval.QError;
import dev.qforge.q.lang.Ast.*;
import dev.qforge.q.lang.Tok.Kind;
import dev.qforge.q.value.GList;

import java.util.*;

/**
 * Parser from tokens to {@link Node}s. An expression is a sequence of nouns and verbs combined right to left:
 * {@code noun verb expr} is a dyadic application, {@code verb expr} monadic, {@code noun expr} juxtaposition.
 * An expression ending in a verb without a right argument denotes a function (projection or composition).
 */
public final class Parser {
    final String src;
    final List<Tok> toks;
    int p;
    boolean stopComma;
    Set<String> stopNames = Set.of();
    final Deque<Set<String>> locals = new ArrayDeque<>();

    private record Item(Node node, boolean verb) {}

    Parser(String src) { this.src = src; this.toks = Lexer.lex(src); }

    /** Parses a whole input: statements separated by {@code ;}. Null entries are empty statements. */
    public static List<Node> parse(String src) {
        Parser ps = new Parser(src);
        List<Node> out = new ArrayList<>();
        while (true) {
            out.add(ps.parseExpr());
            if (ps.peek().is(Kind.SEMI)) { ps.p++; continue; }
            if (ps.peek().is(Kind.EOF)) break;
            throw new QError(ps.peek().text().isEmpty() ? "parse" : ps.peek().text());
        }
        return out;
    }

    Tok peek() { return toks.get(p); }
    Tok next() { return toks.get(p++); }
    void expect(Kind k) { if (!peek().is(k)) throw new QError(peek().text().isEmpty() ? "parse" : peek().text()); p++; }

    boolean atStop() {
        Tok t = peek();
        return switch (t.kind()) {
            case SEMI, RPAREN, RBRACK, RBRACE, EOF -> true;
            case VERB -> stopComma && t.text().equals(",");
            case NAME -> stopNames.contains(t.text());
            default -> false;
        };
    }

    /** Parses one expression up to a terminator; returns null when empty. */
    Node parseExpr() {
        if (atStop()) return null;
        if (peek().is(Kind.VERB, ":") && !toks.get(p + 1).is(Kind.SEMI) && !toks.get(p + 1).is(Kind.RBRACK)
                && !toks.get(p + 1).is(Kind.RPAREN)) { p++; return new Return(parseExpr()); }
        if (peek().is(Kind.VERB, "'") && !(toks.get(p + 1).is(Kind.LBRACK) && !toks.get(p + 1).space())) {
            p++;
            return new Signal(parseExpr());
        }
        List<Item> items = new ArrayList<>();
        while (!atStop()) items.add(parseTerm());
        return combine(trailingCompose(items), 0).node;
    }

    /**
     * A trailing {@code ::} makes the functions before it one composition, q's {@code (2<count::)} and
     * {@code (|[0]) (+)::}: every item but a literal is read as a function, so that juxtaposed
     * functions compose instead of applying one to the other, and the last one takes all the arguments.
     */
    private static List<Item> trailingCompose(List<Item> items) {
        int n = items.size();
        if (n < 2 || !(items.get(n - 1).node instanceof VerbRef v) || !v.op().equals("::")) return items;
        List<Item> core = new ArrayList<>(n - 1);
        for (Item it : items.subList(0, n - 1)) core.add(it.node instanceof Lit ? it : new Item(it.node, true));
        return core;
    }

    private Item combine(List<Item> items, int from) {
        Item it = items.get(from);
        int n = items.size();
        if (from == n - 1) return it;
        if (it.verb) {
            Item rest = combine(items, from + 1);
            if (rest.verb) return new Item(new Comp(it.node, rest.node), true);
            return new Item(new Monad(it.node, rest.node), false);
        }
        Item nx = items.get(from + 1);
        if (nx.verb) {
            if (nx.node instanceof VerbRef v && isAssignOp(v.op()) && from + 2 < n && assignable(it.node)) {
                Node rhs = combine(items, from + 2).node;
                return new Item(makeAssign(it.node, v.op(), rhs), false);
            }
            if (from + 1 == n - 1) return new Item(new Partial(nx.node, it.node), true);
            Item rest = combine(items, from + 2);
            if (rest.verb) return new Item(new Comp(new Partial(nx.node, it.node), rest.node), true);
            return new Item(new Dyad(nx.node, it.node, rest.node), false);
        }
        Item rest = combine(items, from + 1);
        if (rest.verb) return new Item(new Comp(it.node, rest.node), true);
        return new Item(new Monad(it.node, rest.node), false);
    }

    private static boolean isAssignOp(String op) {
        return op.equals(":") || op.equals("::") || op.length() == 2 && op.endsWith(":") && "+-*%&|^=<>~!#_$?@.,".indexOf(op.charAt(0)) >= 0;
    }
    private static boolean assignable(Node n) {
        return n instanceof Var || n instanceof Call c && c.f() instanceof Var;
    }
    private Node makeAssign(Node target, String op, Node rhs) {
        String name;
        Node[] idx = null;
        if (target instanceof Var v) name = v.name();
        else { Call c = (Call) target; name = ((Var) c.f()).name(); idx = c.args(); }
        boolean global = op.equals("::");
        String o = op.equals(":") || op.equals("::") ? null : op.substring(0, 1);
        if (!global && idx == null && o == null && !locals.isEmpty() && !name.contains(".")) locals.peek().add(name);
        return new Assign(name, idx, o, rhs, global);
    }

    private Item parseTerm() {
        Tok t = next();
        Node n;
        boolean verb = false;
        switch (t.kind()) {
            case NUM, STR, SYM -> n = new Lit(t.value());
            case NAME -> {
                String name = t.text();
                if ((name.equals("if") || name.equals("do") || name.equals("while")) && peek().is(Kind.LBRACK)) {
                    p++;
                    return new Item(new Ctrl(name, bracketArgs()), false);
                }
                if (Sql.KEYWORDS.contains(name)) return new Item(Sql.parse(this, name), false);
                n = new Var(name);
                verb = Builtins.isInfix(name);
            }
            case VERB -> {
                if (t.text().equals("$") && peek().is(Kind.LBRACK) && !peek().space()) {
                    p++;
                    n = new Cond(bracketArgs());
                } else { n = new VerbRef(t.text()); verb = true; }
            }
            case LPAREN -> {
                if (peek().is(Kind.RPAREN)) { p++; n = new Lit(GList.EMPTY); break; }
                if (peek().is(Kind.LBRACK)) { p++; n = tableLit(); break; }
                boolean sc = stopComma; Set<String> sn = stopNames;
                stopComma = false; stopNames = Set.of();
                List<Node> parts = new ArrayList<>();
                while (true) {
                    parts.add(parseExpr());
                    if (peek().is(Kind.SEMI)) { p++; continue; }
                    expect(Kind.RPAREN);
                    break;
                }
                stopComma = sc; stopNames = sn;
                n = parts.size() == 1 ? (parts.get(0) == null ? new Lit(dev.qforge.q.value.Nil.NIL) : parts.get(0)) : new ListExpr(parts.toArray(Node[]::new));
            }
            case LBRACE -> n = lambda(t);
            case LBRACK -> n = new Block(bracketArgs());
            case ADVERB -> { n = new VerbRef(t.text()); verb = true; }
            default -> throw new QError(t.text().isEmpty() ? "parse" : t.text());
        }
        while (true) {
            Tok q = peek();
            if (q.is(Kind.ADVERB) && !q.space()) { p++; n = new Adv(n, q.text()); verb = true; }
            else if (q.is(Kind.LBRACK) && !q.space()) { p++; n = new Call(n, bracketArgs()); verb = false; }
            else break;
        }
        return new Item(n, verb);
    }

    private Node tableLit() {
        boolean sc = stopComma; Set<String> sn = stopNames;
        stopComma = false; stopNames = Set.of();
        List<Node> keys = new ArrayList<>();
        if (!peek().is(Kind.RBRACK)) keys.addAll(Arrays.asList(bracketArgs())); else p++;
        List<Node> vals = new ArrayList<>();
        while (!peek().is(Kind.RPAREN)) {
            if (peek().is(Kind.SEMI)) { p++; continue; }
            vals.add(parseExpr());
            if (peek().is(Kind.SEMI)) p++;
        }
        p++;
        stopComma = sc; stopNames = sn;
        return new TableLit(keys.toArray(Node[]::new), vals.toArray(Node[]::new));
    }

    /** {@code ([k:..] c:..; ...)}: named columns (names inferred when not given); atoms broadcast. */
    record TableLit(Node[] keys, Node[] vals) implements Node {
        public dev.qforge.q.value.QObj eval(dev.qforge.q.eval.Ctx c) {
            dev.qforge.q.value.QObj v = build(c, vals);
            if (keys.length == 0) return v;
            return new dev.qforge.q.value.Dict(build(c, keys), v);
        }
        private static dev.qforge.q.value.QObj build(dev.qforge.q.eval.Ctx c, Node[] cols) {
            List<String> names = new ArrayList<>();
            dev.qforge.q.value.QObj[] data = new dev.qforge.q.value.QObj[cols.length];
            for (int i = cols.length - 1; i >= 0; i--) {
                Node n = cols[i];
                if (n instanceof Assign a && a.idx() == null && a.op() == null) { data[i] = a.value().eval(c); }
                else data[i] = n.eval(c);
            }
            for (Node n : cols) names.add(n instanceof Assign a ? a.name() : Sql.infer(n));
            return dev.qforge.q.builtin.SqlOps.table(c.in, names, data);
        }
    }

    /** After '[': expressions separated by ';' up to ']'. */
    Node[] bracketArgs() {
        boolean sc = stopComma; Set<String> sn = stopNames;
        stopComma = false; stopNames = Set.of();
        List<Node> args = new ArrayList<>();
        while (true) {
            args.add(parseExpr());
            if (peek().is(Kind.SEMI)) { p++; continue; }
            expect(Kind.RBRACK);
            break;
        }
        stopComma = sc; stopNames = sn;
        return args.toArray(Node[]::new);
    }

    private Node lambda(Tok open) {
        boolean sc = stopComma; Set<String> sn = stopNames;
        stopComma = false; stopNames = Set.of();
        List<String> params = null;
        int bodyStart = p;
        if (peek().is(Kind.LBRACK)) {
            p++;
            params = new ArrayList<>();
            while (!peek().is(Kind.RBRACK)) {
                Tok t = next();
                if (t.is(Kind.NAME)) params.add(t.text());
                else if (!t.is(Kind.SEMI)) throw new QError(t.text());
            }
            p++;
            bodyStart = p;
        }
        locals.push(new LinkedHashSet<>());
        List<Node> body = new ArrayList<>();
        while (true) {
            body.add(parseExpr());
            if (peek().is(Kind.SEMI)) { p++; continue; }
            break;
        }
        Tok close = peek();
        expect(Kind.RBRACE);
        Set<String> loc = locals.pop();
        stopComma = sc; stopNames = sn;
        if (params == null) params = implicitParams(bodyStart, p - 1);
        String text = src.substring(open.pos(), close.pos() + 1);
        loc.removeAll(params);
        return new LambdaLit(new Lambda(params.toArray(String[]::new), body.toArray(Node[]::new), loc.toArray(String[]::new), text));
    }

    private List<String> implicitParams(int from, int to) {
        int depth = 0, max = 0;
        for (int k = from; k < to; k++) {
            Tok t = toks.get(k);
            if (t.is(Kind.LBRACE)) depth++;
            else if (t.is(Kind.RBRACE)) depth--;
            else if (depth == 0 && t.is(Kind.NAME)) {
                switch (t.text()) {
                    case "x" -> max = Math.max(max, 1);
                    case "y" -> max = Math.max(max, 2);
                    case "z" -> max = Math.max(max, 3);
                    default -> { }
                }
            }
        }
        return new ArrayList<>(List.of("x", "y", "z").subList(0, Math.max(max, 1)));
    }
}
