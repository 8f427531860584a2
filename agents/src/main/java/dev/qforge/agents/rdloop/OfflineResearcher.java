package dev.qforge.agents.rdloop;

import dev.qforge.factors.eval.FactorMatrix;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The research agent that needs no language model (the default).
 *
 * <p><b>Factor arm</b>: each loop runs {@link MctsFactorSearch} ({@code simulations} simulations, reward |IC| on the
 * validation rows) and scores {@code mutations} children of the accepted factors ({@link FactorMutation}). All
 * candidates are ranked by |validation IC|; the proposal is the best one not tried in an earlier loop and not
 * accepted, preferring one whose mean daily |correlation| with every accepted factor stays below 0.9 (so the set
 * grows in new directions; a near-copy would be rejected as a duplicate anyway). A repair request takes the next
 * candidate in that order. <b>Model arm</b>: {@link ModelSearch}.
 *
 * <p>Everything random comes from the loop's generator in the {@link ResearchContext}; the candidate pool of a loop
 * is kept only while that loop runs.
 */
public final class OfflineResearcher implements Researcher {

    static final double NOVELTY = 0.9;

    private final SearchScorer scorer;
    private final ExpressionGrammar grammar;
    private final MctsFactorSearch mcts;
    private final FactorMutation mutation;
    private final ModelSearch modelSearch;
    private final int simulations;
    private final int mutations;
    private int poolLoop = -1;
    private List<String> pool = List.of();
    private int next;

    public OfflineResearcher(ResearchData data, LoopConfig config) {
        this.scorer = new SearchScorer(data, 250);
        this.grammar = ExpressionGrammar.standard(data.fieldNames(), config.maxTokens());
        this.mcts = new MctsFactorSearch(grammar, 0.05, 0.5);
        this.mutation = new FactorMutation(grammar);
        this.modelSearch = new ModelSearch(config.modelTypes());
        this.simulations = config.simulations();
        this.mutations = config.mutations();
    }

    @Override
    public String name() {
        return "offline";
    }

    @Override
    public Proposal propose(Arm arm, ResearchContext ctx) {
        if (arm == Arm.MODEL) return modelSearch.propose(ctx);
        buildPool(ctx);
        return nextFromPool();
    }

    @Override
    public Proposal repair(Arm arm, ResearchContext ctx, Proposal failed, String error) {
        if (arm == Arm.MODEL) return modelSearch.propose(ctx);
        if (poolLoop != ctx.loop()) buildPool(ctx);
        return nextFromPool();
    }

    private Proposal nextFromPool() {
        if (next >= pool.size()) throw new IllegalStateException("the offline search has no further candidate this loop");
        String text = pool.get(next++);
        return new Proposal(text, String.format(java.util.Locale.ROOT, "offline search: validation IC %.4f", scorer.ic(text)), text, 0);
    }

    private void buildPool(ResearchContext ctx) {
        Map<String, Double> found = new LinkedHashMap<>(mcts.search(simulations, scorer::ic, ctx.rng()));
        List<String> parents = ctx.factors().stream().map(AcceptedFactor::expression).toList();
        for (String child : mutation.children(parents, mutations, ctx.rng())) found.putIfAbsent(child, scorer.ic(child));
        Set<String> tried = ctx.tried();
        List<String> ranked = new ArrayList<>();
        for (Map.Entry<String, Double> e : found.entrySet()) {
            if (!Double.isFinite(e.getValue()) || tried.contains(e.getKey()) || parents.contains(e.getKey())) continue;
            ranked.add(e.getKey());
        }
        ranked.sort(Comparator.comparingDouble((String t) -> -Math.abs(found.get(t))).thenComparing(Comparator.naturalOrder()));
        // novel candidates first, in IC order; the rest after them
        List<FactorMatrix> accepted = new ArrayList<>();
        for (String p : parents) accepted.add(scorer.matrix(stripNegation(p)));
        List<String> novel = new ArrayList<>(), rest = new ArrayList<>();
        for (String t : ranked) {
            if (novel.size() >= 20) {
                rest.add(t);
                continue;
            }
            FactorMatrix m = accepted.isEmpty() ? null : scorer.matrix(t);
            boolean isNovel = true;
            for (FactorMatrix a : accepted) {
                double c = Math.abs(scorer.correlation(m, a));
                if (c >= NOVELTY) {
                    isNovel = false;
                    break;
                }
            }
            (isNovel ? novel : rest).add(t);
        }
        novel.addAll(rest);
        pool = novel;
        poolLoop = ctx.loop();
        next = 0;
    }

    /** Correlation magnitudes ignore sign, so an accepted {@code -(x)} is compared through {@code x}. */
    private static String stripNegation(String e) {
        return e.startsWith("(-") && e.endsWith(")") ? e.substring(2, e.length() - 1) : e;
    }
}
