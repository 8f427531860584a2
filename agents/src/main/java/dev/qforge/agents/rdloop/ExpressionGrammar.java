package dev.qforge.agents.rdloop;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The part of the factor expression language the offline search builds expressions from, written in prefix
 * order: a symbol is a field ({@code $close}), a unary operator ({@code Abs}, {@code Log}, {@code CSRank}), a
 * binary one ({@code Add Sub Mul Div}), a rolling operator with its window fixed ({@code Mean_20}: one symbol per
 * window, as RSRM and AlphaGen treat windows) or a pairwise rolling one ({@code Corr_10}). An expression is
 * complete when no argument slot is open; {@link #feasible} keeps every partial expression completable within
 * {@code maxTokens} symbols. Constants are left out: a constant shift or scale does not change a cross-sectional
 * ranking.
 */
public final class ExpressionGrammar {

    /** Kinds of symbols, by the number of series arguments they take. */
    public enum Kind { FIELD, UNARY, BINARY, ROLLING, PAIR }

    /** One symbol; {@code window} is 0 for symbols without one. */
    public record Symbol(Kind kind, String name, int window) {
        int arity() {
            return switch (kind) {
                case FIELD -> 0;
                case UNARY, ROLLING -> 1;
                case BINARY, PAIR -> 2;
            };
        }
    }

    private final List<Symbol> symbols;
    private final int maxTokens;

    public ExpressionGrammar(List<Symbol> symbols, int maxTokens) {
        if (symbols.stream().noneMatch(s -> s.kind() == Kind.FIELD)) throw new IllegalArgumentException("the grammar needs at least one field");
        if (maxTokens < 1) throw new IllegalArgumentException("max tokens must be at least 1, got " + maxTokens);
        this.symbols = List.copyOf(symbols);
        this.maxTokens = maxTokens;
    }

    /** The default symbol set over {@code fields} (the data's fields, without the {@code $}). */
    public static ExpressionGrammar standard(Set<String> fields, int maxTokens) {
        List<Symbol> s = new ArrayList<>();
        for (String f : fields) s.add(new Symbol(Kind.FIELD, f, 0));
        for (String u : new String[]{"Abs", "Log", "CSRank"}) s.add(new Symbol(Kind.UNARY, u, 0));
        for (String b : new String[]{"Add", "Sub", "Mul", "Div"}) s.add(new Symbol(Kind.BINARY, b, 0));
        rolling(s, "Mean", 5, 10, 20, 60);
        rolling(s, "Std", 5, 20, 60);
        rolling(s, "Max", 5, 20);
        rolling(s, "Min", 5, 20);
        rolling(s, "Delta", 1, 5, 20);
        rolling(s, "Ref", 1, 5);
        rolling(s, "Rank", 5, 20);
        rolling(s, "Slope", 10, 20);
        rolling(s, "EMA", 5, 20);
        s.add(new Symbol(Kind.PAIR, "Corr", 10));
        s.add(new Symbol(Kind.PAIR, "Corr", 20));
        return new ExpressionGrammar(s, maxTokens);
    }

    private static void rolling(List<Symbol> s, String op, int... windows) {
        for (int w : windows) s.add(new Symbol(Kind.ROLLING, op, w));
    }

    public List<Symbol> symbols() {
        return symbols;
    }

    public int maxTokens() {
        return maxTokens;
    }

    /** Indices of symbols that can follow a prefix of {@code used} symbols with {@code open} slots left. */
    public int[] feasible(int used, int open) {
        int[] out = new int[symbols.size()];
        int n = 0;
        for (int i = 0; i < symbols.size(); i++) {
            int after = open - 1 + symbols.get(i).arity();
            if (used + 1 + after <= maxTokens) out[n++] = i;
        }
        return java.util.Arrays.copyOf(out, n);
    }

    /** Completes a prefix with uniformly random feasible symbols (the rollout policy). */
    public List<Integer> complete(List<Integer> prefix, SplittableRandom rng) {
        List<Integer> out = new ArrayList<>(prefix);
        int open = openSlots(prefix);
        while (open > 0) {
            int[] f = feasible(out.size(), open);
            int pick = f[rng.nextInt(f.length)];
            out.add(pick);
            open += symbols.get(pick).arity() - 1;
        }
        return out;
    }

    /** Open argument slots after a prefix (1 for the empty prefix). */
    public int openSlots(List<Integer> prefix) {
        int open = 1;
        for (int i : prefix) open += symbols.get(i).arity() - 1;
        return open;
    }

    /** The expression text of a complete prefix sequence. */
    public String render(List<Integer> prefix) {
        int[] pos = {0};
        String s = render(prefix, pos);
        if (pos[0] != prefix.size()) throw new IllegalArgumentException("symbols left over after a complete expression");
        return s;
    }

    private String render(List<Integer> p, int[] pos) {
        if (pos[0] >= p.size()) throw new IllegalArgumentException("incomplete expression");
        Symbol s = symbols.get(p.get(pos[0]++));
        return switch (s.kind()) {
            case FIELD -> "$" + s.name();
            case UNARY -> s.name() + "(" + render(p, pos) + ")";
            case BINARY -> {
                String a = render(p, pos), b = render(p, pos);
                String op = switch (s.name()) {
                    case "Add" -> "+";
                    case "Sub" -> "-";
                    case "Mul" -> "*";
                    default -> "/";
                };
                yield "(" + a + op + b + ")";
            }
            case ROLLING -> s.name() + "(" + render(p, pos) + "," + s.window() + ")";
            case PAIR -> {
                String a = render(p, pos), b = render(p, pos);
                yield s.name() + "(" + a + "," + b + "," + s.window() + ")";
            }
        };
    }
}
