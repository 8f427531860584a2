package dev.qforge.factors.expr;

/** One lexical token; {@code column} is 1-based. */
record Token(Kind kind, String text, double number, int column) {

    enum Kind { FIELD, NAME, NUMBER, OP, LPAREN, RPAREN, COMMA, END }

    @Override
    public String toString() {
        return kind == Kind.END ? "end of expression" : "'" + text + "'";
    }
}
