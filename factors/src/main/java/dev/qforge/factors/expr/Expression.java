package dev.qforge.factors.expr;

import dev.qforge.data.text.EditDistance;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * A parsed Qlib factor expression such as {@code Mean($close,5)/$close-1}.
 *
 * <p>Parsing checks the syntax, operator names (with a "did you mean" hint), arities, and constant
 * parameters (windows are whole numbers of at least 1; {@code Ref} takes any non-zero offset, negative
 * offsets look ahead and are meant for labels). An expression that reads no field is rejected as
 * constant: it cannot rank instruments. Fields are checked against the data by {@link #checkFields}.
 */
public final class Expression {

    private final String text;
    private final Node root;

    private Expression(String text, Node root) {
        this.text = text;
        this.root = root;
    }

    public static Expression parse(String text) {
        Node root = Parser.parse(text);
        Expression e = new Expression(text.strip(), root);
        if (e.fields().isEmpty()) {
            throw new FactorSyntaxException(text, 0, "the expression is constant: it reads no field such as $close, so it cannot rank instruments");
        }
        return e;
    }

    public String text() {
        return text;
    }

    public Node root() {
        return root;
    }

    /** Canonical form: fully parenthesised, no spaces. Two expressions with the same canonical form compute the same values. */
    public String canonical() {
        return root.toString();
    }

    /** Names of the fields read, in order of first use. */
    public Set<String> fields() {
        Set<String> out = new LinkedHashSet<>();
        collect(root, out);
        return out;
    }

    /** Whether any operator mixes instruments (CSRank, CSZScore). */
    public boolean crossSectional() {
        return crossSectional(root);
    }

    /**
     * Rows of history the value at a row depends on (the longest look-back), and of future rows (negative
     * Ref offsets). Qlib's {@code get_extended_window_size}.
     */
    public int[] extent() {
        return extent(root);
    }

    /** Throws, naming the column of the first {@code $field} that {@code available} lacks. */
    public void checkFields(Collection<String> available) {
        check(root, available);
    }

    private void check(Node n, Collection<String> available) {
        if (n instanceof Node.Field f && !available.contains(f.name())) {
            String best = null;
            int bestD = Integer.MAX_VALUE;
            for (String a : available) {
                int d = EditDistance.between(f.name().toLowerCase(Locale.ROOT), a.toLowerCase(Locale.ROOT));
                if (d < bestD) {
                    bestD = d;
                    best = a;
                }
            }
            String hint = best != null && bestD <= 2 ? "; did you mean $" + best + "?" : "";
            throw new FactorSyntaxException(text, f.column(), "unknown field $" + f.name() + hint + " (the data has "
                    + String.join(", ", available.stream().sorted().map(s -> "$" + s).toList()) + ")");
        }
        if (n instanceof Node.Apply a) for (Node c : a.args()) check(c, available);
    }

    private static void collect(Node n, Set<String> out) {
        if (n instanceof Node.Field f) out.add(f.name());
        if (n instanceof Node.Apply a) for (Node c : a.args()) collect(c, out);
    }

    private static boolean crossSectional(Node n) {
        if (n instanceof Node.Apply a) {
            if (a.op().crossSectional()) return true;
            for (Node c : a.args()) if (crossSectional(c)) return true;
        }
        return false;
    }

    private static int[] extent(Node n) {
        if (!(n instanceof Node.Apply a)) return new int[]{0, 0};
        int back = 0, ahead = 0;
        for (Node c : a.args()) {
            int[] e = extent(c);
            back = Math.max(back, e[0]);
            ahead = Math.max(ahead, e[1]);
        }
        return switch (a.op().shape()) {
            case REF -> a.window() > 0 ? new int[]{back + a.window(), ahead} : new int[]{back, ahead - a.window()};
            case ROLLING, QUANTILE, PAIR -> new int[]{back + a.window() - (a.op() == Operator.DELTA ? 0 : 1), ahead};
            default -> new int[]{back, ahead};
        };
    }

    @Override
    public String toString() {
        return text;
    }
}
