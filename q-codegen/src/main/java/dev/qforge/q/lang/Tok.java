package dev.qforge.q.lang;

import dev.qforge.q.value.QObj;

/** Lexical token. {@code space} tells whether whitespace preceded it (q's grammar is space-sensitive). */
public record Tok(Kind kind, String text, QObj value, boolean space, int pos) {
    public enum Kind { NUM, STR, SYM, NAME, VERB, ADVERB, LPAREN, RPAREN, LBRACK, RBRACK, LBRACE, RBRACE, SEMI, EOF }
    public boolean is(Kind k) { return kind == k; }
    public boolean is(Kind k, String t) { return kind == k && text.equals(t); }
}
