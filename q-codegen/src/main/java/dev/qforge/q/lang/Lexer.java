package dev.qforge.q.lang;

import dev.qforge.q.eval.QError;
import dev.qforge.q.lang.Tok.Kind;
import dev.qforge.q.value.*;

import java.util.ArrayList;
import java.util.List;

/**
 * Tokenizer for q. Space-sensitive rules follow q: {@code /} after whitespace (or at line start) begins a
 * comment; {@code -} before a digit is a sign when preceded by whitespace, a verb or an open bracket;
 * adverbs attach to the preceding token; space-separated numbers form one vector literal.
 */
public final class Lexer {
    private final String s;
    private int i;
    private final List<Tok> out = new ArrayList<>();

    private Lexer(String s) { this.s = s; }

    public static List<Tok> lex(String src) {
        Lexer l = new Lexer(src);
        l.run();
        return l.out;
    }

    private Tok prev() { return out.isEmpty() ? null : out.get(out.size() - 1); }
    private char ch(int k) { return k < s.length() ? s.charAt(k) : '\0'; }
    private void add(Kind k, String text, QObj v, boolean sp, int pos) { out.add(new Tok(k, text, v, sp, pos)); }

    private boolean prevIsOperand() {
        Tok p = prev();
        return p != null && switch (p.kind()) {
            case NUM, STR, SYM, NAME, RPAREN, RBRACK, RBRACE -> true;
            default -> false;
        };
    }

    /** True right after {@code ]}, {@code )} or a close brace: a {@code .} there is the verb, not a name start. */
    private boolean afterClose() {
        Tok p = prev();
        return p != null && (p.is(Kind.RBRACK) || p.is(Kind.RPAREN) || p.is(Kind.RBRACE));
    }

    private void run() {
        boolean sp = true;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\t' || c == '\r' || c == '\n') { sp = true; i++; continue; }
            if (c == '/' && (sp || i == 0)) { while (i < s.length() && s.charAt(i) != '\n') i++; continue; }
            int st = i;
            if (c == '"') { string(sp); }
            else if (c == '`') { symbols(sp); }
            else if (isNumStart(sp)) { numbers(sp); }
            else if (Character.isLetter(c) || c == '.' && Character.isLetter(ch(i + 1)) && !(afterClose() && !sp)) {
                while (i < s.length() && (Character.isLetterOrDigit(ch(i)) || ch(i) == '_' || ch(i) == '.')) i++;
                add(Kind.NAME, s.substring(st, i), null, sp, st);
            } else if (c == '(') { i++; add(Kind.LPAREN, "(", null, sp, st); }
            else if (c == ')') { i++; add(Kind.RPAREN, ")", null, sp, st); }
            else if (c == '[') { i++; add(Kind.LBRACK, "[", null, sp, st); }
            else if (c == ']') { i++; add(Kind.RBRACK, "]", null, sp, st); }
            else if (c == '{') { i++; add(Kind.LBRACE, "{", null, sp, st); }
            else if (c == '}') { i++; add(Kind.RBRACE, "}", null, sp, st); }
            else if (c == ';') { i++; add(Kind.SEMI, ";", null, sp, st); }
            else if (c == '\'' || c == '/' || c == '\\') {
                boolean attached = !sp && prev() != null && !prev().is(Kind.LPAREN) && !prev().is(Kind.LBRACK)
                        && !prev().is(Kind.SEMI) && !prev().is(Kind.LBRACE);
                i++;
                if (ch(i) == ':') { i++; add(Kind.ADVERB, c + ":", null, sp, st); }
                else if (c == '\'' && !attached) add(Kind.VERB, "'", null, sp, st);
                else add(Kind.ADVERB, String.valueOf(c), null, sp, st);
            } else if ("+-*%&|^=<>~!#_$?@.,:".indexOf(c) >= 0) {
                i++;
                String v = String.valueOf(c);
                char n = ch(i);
                if ((c == '<' && (n == '=' || n == '>')) || (c == '>' && n == '=')) { v += n; i++; }
                else if (n == ':' && !(c == ':' && ch(i + 1) == ':')) { v += ':'; i++; }
                add(Kind.VERB, v, null, sp, st);
            } else if (Character.isDigit(c)) {
                numbers(sp);
            } else throw new QError(String.valueOf(c));
            sp = false;
        }
        add(Kind.EOF, "", null, true, s.length());
    }

    private boolean isNumStart(boolean sp) {
        char c = ch(i);
        if (Character.isDigit(c)) return true;
        if (c == '.' && Character.isDigit(ch(i + 1))) return true;
        if (c == '-' && (Character.isDigit(ch(i + 1)) || ch(i + 1) == '.' && Character.isDigit(ch(i + 2)))) {
            return sp || !prevIsOperand();
        }
        return false;
    }

    private String oneNumber() {
        int st = i;
        if (ch(i) == '-') i++;
        while (i < s.length()) {
            char c = ch(i);
            if (Character.isLetterOrDigit(c) || c == '.') i++;
            else if ((c == '-' || c == '+') && (ch(i - 1) == 'e') && Character.isDigit(ch(i + 1)) && !s.substring(st, i).startsWith("0x")) i++;
            else if (c == ':' && Character.isDigit(ch(i + 1)) && Character.isDigit(ch(i - 1))) i++;
            else break;
        }
        return s.substring(st, i);
    }

    private void numbers(boolean sp) {
        int st = i;
        List<String> parts = new ArrayList<>();
        parts.add(oneNumber());
        while (true) {
            int j = i;
            while (ch(j) == ' ' || ch(j) == '\t') j++;
            if (j == i || j >= s.length()) break;
            char c = ch(j);
            boolean num = Character.isDigit(c) || c == '.' && Character.isDigit(ch(j + 1))
                    || c == '-' && (Character.isDigit(ch(j + 1)) || ch(j + 1) == '.' && Character.isDigit(ch(j + 2)));
            if (!num) break;
            int save = i;
            i = j;
            String p = oneNumber();
            if (p.matches("0x.*") || p.matches("[01]{2,}b")) { i = save; break; }
            parts.add(p);
        }
        add(Kind.NUM, s.substring(st, i), NumLit.combine(parts), sp, st);
    }

    private void string(boolean sp) {
        int st = i++;
        StringBuilder b = new StringBuilder();
        while (i < s.length() && s.charAt(i) != '"') {
            char c = s.charAt(i++);
            if (c == '\\' && i < s.length()) {
                char e = s.charAt(i++);
                switch (e) {
                    case 'n' -> b.append('\n');
                    case 't' -> b.append('\t');
                    case 'r' -> b.append('\r');
                    default -> {
                        if (Character.isDigit(e) && i + 1 < s.length()) { b.append((char) Integer.parseInt(s.substring(i - 1, i + 2), 8)); i += 2; }
                        else b.append(e);
                    }
                }
            } else b.append(c);
        }
        if (i >= s.length()) throw new QError("\"");
        i++;
        String str = b.toString();
        QObj v = str.length() == 1 ? LAtom.c(str.charAt(0)) : LVec.str(str);
        add(Kind.STR, s.substring(st, i), v, sp, st);
    }

    private void symbols(boolean sp) {
        int st = i;
        List<String> syms = new ArrayList<>();
        while (ch(i) == '`') {
            int b = ++i;
            while (i < s.length() && (Character.isLetterOrDigit(ch(i)) || ch(i) == '_' || ch(i) == '.' || ch(i) == ':' && ch(b) == ':' || ch(i) == '/' && ch(b) == ':')) i++;
            syms.add(s.substring(b, i));
        }
        QObj v = syms.size() == 1 ? new SAtom(syms.get(0)) : new SVec(syms.toArray(String[]::new));
        add(Kind.SYM, s.substring(st, i), v, sp, st);
    }
}
