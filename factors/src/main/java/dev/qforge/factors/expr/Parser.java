package dev.qforge.factors.expr;

import dev.qforge.data.text.EditDistance;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Recursive-descent parser of Qlib expressions. Precedence, loosest first: {@code | ||}, {@code & &&},
 * comparisons, {@code + -}, {@code * /}, unary {@code - !}, then {@code **} (Qlib's {@code Expression.__pow__}, i.e.
 * {@code Power}: as in Python it binds tighter than unary minus, {@code -$x**2 = -($x**2)}, groups to the right,
 * {@code $x**a**b = $x**(a**b)}, and its exponent may carry a sign, {@code $x**-1}). (Python, which Qlib hands its expressions to,
 * binds {@code &} and {@code |} tighter than comparisons, so Qlib users already parenthesise
 * {@code ($a>$b)&($c>$d)}; such expressions mean the same here.)
 */
final class Parser {

    private final String src;
    private final List<Token> tokens;
    private int pos;

    private Parser(String src) {
        this.src = src;
        this.tokens = Lexer.tokens(src);
    }

    static Node parse(String src) {
        if (src == null || src.isBlank()) throw new FactorSyntaxException(src == null ? "" : src, 0, "the expression is empty");
        Parser p = new Parser(src);
        Node n = p.or();
        Token t = p.peek();
        if (t.kind() != Token.Kind.END) throw p.error(t, "unexpected " + t + " after a complete expression");
        return n;
    }

    private Token peek() {
        return tokens.get(pos);
    }

    private Token next() {
        return tokens.get(pos++);
    }

    private boolean isOp(String... ops) {
        Token t = peek();
        if (t.kind() != Token.Kind.OP) return false;
        for (String o : ops) if (t.text().equals(o)) return true;
        return false;
    }

    private FactorSyntaxException error(Token t, String msg) {
        return new FactorSyntaxException(src, t.column(), msg);
    }

    private Node or() {
        Node left = and();
        while (isOp("|", "||")) {
            Token t = next();
            left = apply(Operator.OR, t, left, and());
        }
        return left;
    }

    private Node and() {
        Node left = comparison();
        while (isOp("&", "&&")) {
            Token t = next();
            left = apply(Operator.AND, t, left, comparison());
        }
        return left;
    }

    private Node comparison() {
        Node left = additive();
        while (isOp(">", ">=", "<", "<=", "==", "!=")) {
            Token t = next();
            Operator op = switch (t.text()) {
                case ">" -> Operator.GT;
                case ">=" -> Operator.GE;
                case "<" -> Operator.LT;
                case "<=" -> Operator.LE;
                case "==" -> Operator.EQ;
                default -> Operator.NE;
            };
            left = apply(op, t, left, additive());
        }
        return left;
    }

    private Node additive() {
        Node left = multiplicative();
        while (isOp("+", "-")) {
            Token t = next();
            left = apply(t.text().equals("+") ? Operator.ADD : Operator.SUB, t, left, multiplicative());
        }
        return left;
    }

    private Node multiplicative() {
        Node left = unary();
        while (isOp("*", "/")) {
            Token t = next();
            left = apply(t.text().equals("*") ? Operator.MUL : Operator.DIV, t, left, unary());
        }
        return left;
    }

    private Node unary() {
        if (isOp("-", "+", "!")) {
            Token t = next();
            Node x = unary();
            if (t.text().equals("+")) return x;
            if (t.text().equals("!")) return new Node.Apply(Operator.NOT, List.of(x), new double[0], t.column());
            if (x instanceof Node.Constant c) return new Node.Constant(-c.value(), t.column());
            return new Node.Apply(Operator.NEG, List.of(x), new double[0], t.column());
        }
        return power();
    }

    /** {@code primary ['**' unary]}: Python's power, right-associative, with a possibly signed exponent. */
    private Node power() {
        Node base = primary();
        if (!isOp("**")) return base;
        Token t = next();
        return apply(Operator.POWER, t, base, unary());
    }

    private static Node apply(Operator op, Token t, Node l, Node r) {
        return new Node.Apply(op, List.of(l, r), new double[0], l.column());
    }

    private Node primary() {
        Token t = next();
        switch (t.kind()) {
            case NUMBER:
                return new Node.Constant(t.number(), t.column());
            case FIELD:
                return new Node.Field(t.text(), t.column());
            case LPAREN: {
                Node inner = or();
                Token close = next();
                if (close.kind() != Token.Kind.RPAREN) throw error(close, "expected ')' to close the '(' at column " + t.column() + ", found " + close);
                return inner;
            }
            case NAME:
                return call(t);
            default:
                throw error(t, "expected a field ($close), a number or an operator call, found " + t);
        }
    }

    private Node call(Token name) {
        Operator op = Operator.byName(name.text());
        if (op == null) throw error(name, unknownOperator(name.text()));
        Token open = next();
        if (open.kind() != Token.Kind.LPAREN) throw error(open, op.qlibName() + " is an operator: call it as " + op.signature());
        List<Node> args = new ArrayList<>();
        List<Integer> cols = new ArrayList<>();
        if (peek().kind() != Token.Kind.RPAREN) {
            while (true) {
                cols.add(peek().column());
                args.add(or());
                Token sep = next();
                if (sep.kind() == Token.Kind.RPAREN) break;
                if (sep.kind() != Token.Kind.COMMA) throw error(sep, "expected ',' or ')' in the arguments of " + op.qlibName() + ", found " + sep);
            }
        } else {
            next();
        }
        if (args.size() != op.arity()) {
            throw error(name, op.qlibName() + " takes " + op.arity() + " argument" + (op.arity() == 1 ? "" : "s") + " — "
                    + op.signature() + " — but got " + args.size());
        }
        int series = op.shape().series;
        double[] params = new double[op.shape().params];
        for (int i = 0; i < params.length; i++) {
            Node a = args.get(series + i);
            if (!(a instanceof Node.Constant c)) {
                throw new FactorSyntaxException(src, cols.get(series + i), "parameter " + (i + 1) + " of " + op.signature()
                        + " must be a number, got " + a);
            }
            params[i] = c.value();
            checkParam(op, i, c.value(), cols.get(series + i));
        }
        return new Node.Apply(op, args.subList(0, series), params, name.column());
    }

    private void checkParam(Operator op, int i, double v, int col) {
        if (op.shape() == Operator.Shape.QUANTILE && i == 1) {
            if (!(v >= 0 && v <= 1)) throw new FactorSyntaxException(src, col, "the quantile of Quantile must be in [0, 1], got " + v);
            return;
        }
        if (op.shape() == Operator.Shape.EMA) {
            if (!(v > 0)) throw new FactorSyntaxException(src, col, "EMA needs a span N >= 1 or a smoothing factor 0 < N < 1, got " + v);
            if (v >= 1 && v != Math.rint(v)) throw new FactorSyntaxException(src, col, "the span of EMA must be a whole number when >= 1, got " + v);
            return;
        }
        if (v != Math.rint(v)) throw new FactorSyntaxException(src, col, "the window of " + op.qlibName() + " must be a whole number, got " + v);
        if (op == Operator.REF) {
            if (v == 0) throw new FactorSyntaxException(src, col, "Ref needs a non-zero offset: N > 0 looks back, N < 0 looks ahead (labels)");
            return;
        }
        if (v < op.minWindow()) {
            throw new FactorSyntaxException(src, col, "the window of " + op.qlibName() + " must be at least " + op.minWindow() + ", got "
                    + (long) v + (v == 0 ? " (Qlib's N=0 expanding window is not supported)" : ""));
        }
    }

    private static String unknownOperator(String name) {
        String best = null;
        int bestD = Integer.MAX_VALUE;
        for (String known : Operator.names()) {
            int d = EditDistance.between(name.toLowerCase(Locale.ROOT), known.toLowerCase(Locale.ROOT));
            if (d < bestD) {
                bestD = d;
                best = known;
            }
        }
        String hint = best != null && bestD <= Math.max(2, name.length() / 3) ? "; did you mean " + best + "?" : "";
        return "unknown operator '" + name + "'" + hint + " (operators: " + String.join(", ", Operator.names()) + ")";
    }
}
