package dev.qforge.factors.expr;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a Qlib expression into tokens: {@code $field}, names, numbers (with exponents, as Python reads
 * them), the operators {@code + - * / > < >= <= == != & && | || !} and {@code ( ) ,}.
 */
final class Lexer {

    private Lexer() {
    }

    static List<Token> tokens(String src) {
        List<Token> out = new ArrayList<>();
        int i = 0, n = src.length();
        while (i < n) {
            char c = src.charAt(i);
            int col = i + 1;
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '$') {
                int j = i + 1;
                while (j < n && (Character.isLetterOrDigit(src.charAt(j)) || src.charAt(j) == '_')) j++;
                if (j == i + 1) throw new FactorSyntaxException(src, col, "'$' must be followed by a field name such as $close");
                out.add(new Token(Token.Kind.FIELD, src.substring(i + 1, j), 0, col));
                i = j;
            } else if (Character.isLetter(c) || c == '_') {
                int j = i;
                while (j < n && (Character.isLetterOrDigit(src.charAt(j)) || src.charAt(j) == '_')) j++;
                out.add(new Token(Token.Kind.NAME, src.substring(i, j), 0, col));
                i = j;
            } else if (Character.isDigit(c) || (c == '.' && i + 1 < n && Character.isDigit(src.charAt(i + 1)))) {
                int j = i;
                while (j < n && (Character.isDigit(src.charAt(j)) || src.charAt(j) == '.')) j++;
                if (j < n && (src.charAt(j) == 'e' || src.charAt(j) == 'E')) {
                    int k = j + 1;
                    if (k < n && (src.charAt(k) == '+' || src.charAt(k) == '-')) k++;
                    if (k < n && Character.isDigit(src.charAt(k))) {
                        while (k < n && Character.isDigit(src.charAt(k))) k++;
                        j = k;
                    }
                }
                String text = src.substring(i, j);
                double v;
                try {
                    v = Double.parseDouble(text);
                } catch (NumberFormatException e) {
                    throw new FactorSyntaxException(src, col, "'" + text + "' is not a number");
                }
                out.add(new Token(Token.Kind.NUMBER, text, v, col));
                i = j;
            } else if (c == '(') {
                out.add(new Token(Token.Kind.LPAREN, "(", 0, col));
                i++;
            } else if (c == ')') {
                out.add(new Token(Token.Kind.RPAREN, ")", 0, col));
                i++;
            } else if (c == ',') {
                out.add(new Token(Token.Kind.COMMA, ",", 0, col));
                i++;
            } else {
                String two = i + 1 < n ? src.substring(i, i + 2) : "";
                String op = switch (two) {
                    case ">=", "<=", "==", "!=", "&&", "||", "**" -> two;
                    default -> switch (c) {
                        case '+', '-', '*', '/', '>', '<', '&', '|', '!' -> String.valueOf(c);
                        case '=' -> throw new FactorSyntaxException(src, col, "'=' is not an operator; compare with '=='");
                        default -> throw new FactorSyntaxException(src, col, "unexpected character '" + c + "'");
                    };
                };
                out.add(new Token(Token.Kind.OP, op, 0, col));
                i += op.length();
            }
        }
        out.add(new Token(Token.Kind.END, "", 0, n + 1));
        return out;
    }
}
