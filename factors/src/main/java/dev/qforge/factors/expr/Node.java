package dev.qforge.factors.expr;

import java.util.List;

/**
 * A node of a parsed expression. {@link #toString()} is a canonical Qlib-style text (fully
 * parenthesised infix, no spaces) used as the key for caching shared sub-expressions.
 */
public sealed interface Node permits Node.Field, Node.Constant, Node.Apply {

    /** 1-based column of the node's first token in the source text. */
    int column();

    /** {@code $name}: a column of the data. */
    record Field(String name, int column) implements Node {
        @Override
        public String toString() {
            return "$" + name;
        }
    }

    /** A number literal. */
    record Constant(double value, int column) implements Node {
        @Override
        public String toString() {
            return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
        }
    }

    /**
     * An operator applied to series arguments, with constant parameters (window, quantile) in {@code params}.
     */
    record Apply(Operator op, List<Node> args, double[] params, int column) implements Node {
        public Apply {
            args = List.copyOf(args);
            params = params.clone();
        }

        public Node arg(int i) {
            return args.get(i);
        }

        /** The window parameter as an int (shapes with a window only). */
        public int window() {
            return (int) params[0];
        }

        @Override
        public String toString() {
            String infix = switch (op) {
                case ADD -> "+";
                case SUB -> "-";
                case MUL -> "*";
                case DIV -> "/";
                case GT -> ">";
                case GE -> ">=";
                case LT -> "<";
                case LE -> "<=";
                case EQ -> "==";
                case NE -> "!=";
                case AND -> "&";
                case OR -> "|";
                default -> null;
            };
            if (infix != null) return "(" + args.get(0) + infix + args.get(1) + ")";
            if (op == Operator.NEG) return "(-" + args.get(0) + ")";
            StringBuilder b = new StringBuilder(op.qlibName()).append('(');
            for (int i = 0; i < args.size(); i++) b.append(i > 0 ? "," : "").append(args.get(i));
            for (double p : params) {
                b.append(',').append(p == Math.rint(p) ? Long.toString((long) p) : Double.toString(p));
            }
            return b.append(')').toString();
        }
    }
}
