package dev.qforge.agents.rdloop;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;

/**
 * Monte Carlo tree search over the prefix-order expression grammar, after RSRM (Yu et al. 2023, "Generating
 * Synergistic Formulaic Alpha Collections via Reinforcement Learning" / RSRM's MCTS with double Q-learning).
 *
 * <p>A tree node is a partial expression; an edge adds one grammar symbol. Each simulation:
 * <ol>
 *   <li><b>Selection</b> from the root by UCT on the average of two action-value estimates,
 *       {@code (QA + QB)/2 + c sqrt(ln N / n)}, until a node with an untried symbol or a complete expression;</li>
 *   <li><b>Expansion</b> of one untried symbol, chosen at random;</li>
 *   <li><b>Rollout</b>: the expression is completed with random feasible symbols and scored, reward
 *       {@code |IC|} on the validation rows (0 when it cannot be computed);</li>
 *   <li><b>Backup with double Q-learning</b>: walking back up, a coin picks which estimator learns. The edge into
 *       the leaf learns the rollout reward; an inner edge learns {@code (1 - lambda) G + lambda Q_other(s', a*)}
 *       with {@code a* = argmax_a Q_this(s', a)}, the double-Q target that RSRM uses to curb the upward bias of
 *       backing up a max over noisy estimates; the step size is {@code 1/n}.</li>
 * </ol>
 * What we take from RSRM: MCTS over a token grammar with double-Q value estimates and |IC|-based rewards. What we
 * leave out: its symbolic-regression constant fitting and its synergy (collection) reward; diversity against the
 * accepted factors is handled when a candidate is picked ({@link OfflineFactorResearcher}). Every complete
 * expression scored is returned, so the caller can rank all of them, not only the tree's best path.
 */
public final class MctsFactorSearch {

    private final ExpressionGrammar grammar;
    private final double exploration;
    private final double lambda;

    public MctsFactorSearch(ExpressionGrammar grammar, double exploration, double lambda) {
        if (!(exploration >= 0)) throw new IllegalArgumentException("exploration must be >= 0, got " + exploration);
        if (!(lambda >= 0 && lambda <= 1)) throw new IllegalArgumentException("lambda must lie in [0, 1], got " + lambda);
        this.grammar = grammar;
        this.exploration = exploration;
        this.lambda = lambda;
    }

    private static final class Node {
        final List<Integer> prefix;
        final int open;
        final int[] actions;
        final Map<Integer, Edge> edges = new LinkedHashMap<>();
        int visits;

        Node(List<Integer> prefix, int open, int[] actions) {
            this.prefix = prefix;
            this.open = open;
            this.actions = actions;
        }

        boolean complete() {
            return open == 0;
        }
    }

    private static final class Edge {
        final Node child;
        int n;
        double qa;
        double qb;

        Edge(Node child) {
            this.child = child;
        }

        double q() {
            return (qa + qb) / 2;
        }
    }

    /**
     * Runs {@code simulations} simulations and returns every complete expression scored, mapped to its signed IC
     * (the reward is its absolute value), in the order first seen.
     */
    public Map<String, Double> search(int simulations, ToDoubleFunction<String> signedIc, SplittableRandom rng) {
        Node root = node(List.of());
        Map<String, Double> seen = new LinkedHashMap<>();
        Map<String, Double> memo = new HashMap<>();
        for (int s = 0; s < simulations; s++) {
            List<Edge> path = new ArrayList<>();
            Node n = root;
            while (!n.complete()) {
                Integer untried = untried(n, rng);
                if (untried != null) {
                    Edge e = new Edge(node(append(n.prefix, untried)));
                    n.edges.put(untried, e);
                    path.add(e);
                    n = e.child;
                    break;
                }
                Edge e = select(n);
                path.add(e);
                n = e.child;
            }
            List<Integer> full = n.complete() ? n.prefix : grammar.complete(n.prefix, rng);
            String text = grammar.render(full);
            double ic = memo.computeIfAbsent(text, signedIc::applyAsDouble);
            seen.putIfAbsent(text, ic);
            double g = Double.isFinite(ic) ? Math.abs(ic) : 0;
            backup(root, path, g, rng);
        }
        return seen;
    }

    private void backup(Node root, List<Edge> path, double g, SplittableRandom rng) {
        root.visits++;
        for (int i = path.size() - 1; i >= 0; i--) {
            Edge e = path.get(i);
            e.n++;
            e.child.visits++;
            boolean learnA = rng.nextBoolean();
            double target = g;
            if (i < path.size() - 1 && !e.child.edges.isEmpty()) {
                Edge best = null;
                for (Edge c : e.child.edges.values()) {
                    if (best == null || (learnA ? c.qa > best.qa : c.qb > best.qb)) best = c;
                }
                target = (1 - lambda) * g + lambda * (learnA ? best.qb : best.qa);
            }
            double step = 1.0 / e.n;
            if (learnA) e.qa += step * (target - e.qa);
            else e.qb += step * (target - e.qb);
        }
    }

    private Edge select(Node n) {
        Edge best = null;
        double bestValue = Double.NEGATIVE_INFINITY;
        double logN = Math.log(Math.max(1, n.visits));
        for (Edge e : n.edges.values()) {
            double value = e.q() + exploration * Math.sqrt(logN / e.n);
            if (value > bestValue) {
                bestValue = value;
                best = e;
            }
        }
        return best;
    }

    private Integer untried(Node n, SplittableRandom rng) {
        int left = n.actions.length - n.edges.size();
        if (left == 0) return null;
        int k = rng.nextInt(left);
        for (int a : n.actions) {
            if (n.edges.containsKey(a)) continue;
            if (k-- == 0) return a;
        }
        throw new IllegalStateException("unreachable");
    }

    private Node node(List<Integer> prefix) {
        int open = grammar.openSlots(prefix);
        return new Node(prefix, open, open == 0 ? new int[0] : grammar.feasible(prefix.size(), open));
    }

    private static List<Integer> append(List<Integer> p, int a) {
        List<Integer> out = new ArrayList<>(p.size() + 1);
        out.addAll(p);
        out.add(a);
        return List.copyOf(out);
    }
}
