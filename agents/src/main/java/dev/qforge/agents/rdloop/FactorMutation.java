package dev.qforge.agents.rdloop;

import dev.qforge.factors.expr.Expression;
import dev.qforge.factors.expr.Node;
import dev.qforge.factors.expr.Operator;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Genetic-programming variation of accepted factors, the second half of the offline research agent:
 * <ul>
 *   <li><b>mutation</b>, one of: move a window to another of {1, 2, 3, 5, 10, 20, 30, 60} (Ref keeps a positive
 *       offset); swap a field for another field; wrap the expression in a rolling operator or a unary one;
 *       replace a random subtree by a fresh random expression of the grammar;</li>
 *   <li><b>crossover</b>: a random subtree of one parent replaced by a random subtree of the other.</li>
 * </ul>
 * Children are printed in the factors module's canonical form and parsed again; a child that does not parse
 * (for example a window below an operator's minimum) is dropped, so every returned text is a valid expression.
 */
public final class FactorMutation {

    private static final int[] WINDOWS = {1, 2, 3, 5, 10, 20, 30, 60};
    private static final Operator[] WRAPS = {Operator.MEAN, Operator.STD, Operator.DELTA, Operator.RANK, Operator.EMA, Operator.SLOPE};

    private final ExpressionGrammar grammar;
    private final List<String> fields;

    public FactorMutation(ExpressionGrammar grammar) {
        this.grammar = grammar;
        this.fields = grammar.symbols().stream().filter(s -> s.kind() == ExpressionGrammar.Kind.FIELD).map(ExpressionGrammar.Symbol::name).toList();
    }

    /** Up to {@code count} distinct children of {@code parents} (mutations and, with two or more parents, crossovers). */
    public List<String> children(List<String> parents, int count, SplittableRandom rng) {
        List<String> out = new ArrayList<>();
        if (parents.isEmpty()) return out;
        for (int tries = 0; out.size() < count && tries < count * 10; tries++) {
            Node a = Expression.parse(parents.get(rng.nextInt(parents.size()))).root();
            Node child;
            if (parents.size() > 1 && rng.nextInt(3) == 0) {
                Node b = Expression.parse(parents.get(rng.nextInt(parents.size()))).root();
                List<Node> donors = subtrees(b);
                child = replaceAt(a, rng.nextInt(size(a)), donors.get(rng.nextInt(donors.size())), new int[]{0});
            } else {
                child = mutate(a, rng);
            }
            String text = child.toString();
            try {
                text = Expression.parse(text).canonical();
            } catch (RuntimeException e) {
                continue;
            }
            if (!out.contains(text) && !parents.contains(text)) out.add(text);
        }
        return out;
    }

    private Node mutate(Node a, SplittableRandom rng) {
        List<Node> all = subtrees(a);
        switch (rng.nextInt(4)) {
            case 0 -> {
                List<Integer> windowed = new ArrayList<>();
                for (int i = 0; i < all.size(); i++) {
                    if (all.get(i) instanceof Node.Apply ap && ap.params().length > 0) windowed.add(i);
                }
                if (!windowed.isEmpty()) {
                    int at = windowed.get(rng.nextInt(windowed.size()));
                    Node.Apply ap = (Node.Apply) all.get(at);
                    double[] p = ap.params().clone();
                    p[0] = WINDOWS[rng.nextInt(WINDOWS.length)];
                    return replaceAt(a, at, new Node.Apply(ap.op(), ap.args(), p, ap.column()), new int[]{0});
                }
            }
            case 1 -> {
                List<Integer> leaves = new ArrayList<>();
                for (int i = 0; i < all.size(); i++) if (all.get(i) instanceof Node.Field) leaves.add(i);
                if (!leaves.isEmpty()) {
                    int at = leaves.get(rng.nextInt(leaves.size()));
                    return replaceAt(a, at, new Node.Field(fields.get(rng.nextInt(fields.size())), 1), new int[]{0});
                }
            }
            case 2 -> {
                Operator op = WRAPS[rng.nextInt(WRAPS.length)];
                int w = Math.max(op.minWindow(), WINDOWS[1 + rng.nextInt(WINDOWS.length - 1)]);
                return new Node.Apply(op, List.of(a), new double[]{w}, 1);
            }
            default -> {
            }
        }
        List<Integer> fresh = grammar.complete(List.of(), rng);
        Node sub = Expression.parse(grammar.render(fresh)).root();
        return replaceAt(a, rng.nextInt(all.size()), sub, new int[]{0});
    }

    /** Subtrees in pre-order (index 0 is the root). */
    static List<Node> subtrees(Node n) {
        List<Node> out = new ArrayList<>();
        collect(n, out);
        return out;
    }

    private static void collect(Node n, List<Node> out) {
        out.add(n);
        if (n instanceof Node.Apply a) for (Node c : a.args()) collect(c, out);
    }

    private static int size(Node n) {
        return subtrees(n).size();
    }

    /** The tree with its {@code target}-th pre-order subtree replaced by {@code with}. */
    static Node replaceAt(Node n, int target, Node with, int[] counter) {
        if (counter[0]++ == target) return with;
        if (!(n instanceof Node.Apply a)) return n;
        List<Node> args = new ArrayList<>();
        for (Node c : a.args()) args.add(replaceAt(c, target, with, counter));
        return new Node.Apply(a.op(), args, a.params(), a.column());
    }
}
