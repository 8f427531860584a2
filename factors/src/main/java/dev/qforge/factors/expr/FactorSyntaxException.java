package dev.qforge.factors.expr;

/**
 * A factor expression that cannot be parsed or bound to the data: the message names the 1-based column
 * of the offending token and shows the expression with a caret under it, so a user can find the problem
 * in a long Alpha158-style formula.
 */
public final class FactorSyntaxException extends IllegalArgumentException {

    private final int column;
    private final String reason;

    public FactorSyntaxException(String expression, int column, String reason) {
        super(format(expression, column, reason));
        this.column = column;
        this.reason = reason;
    }

    /** 1-based column of the offending token (0 when the problem is the whole expression). */
    public int column() {
        return column;
    }

    /** The message without the expression and caret. */
    public String reason() {
        return reason;
    }

    private static String format(String expression, int column, String reason) {
        if (column <= 0) return "factor expression: " + reason + "\n  " + expression;
        return "factor expression, column " + column + ": " + reason + "\n  " + expression + "\n  " + " ".repeat(column - 1) + "^";
    }
}
