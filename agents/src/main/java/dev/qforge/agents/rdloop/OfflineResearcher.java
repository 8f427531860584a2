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
 * <p><b>Factor arm</b>: each loop runs {@link MctsFactorSearch} ({@code simulations} simulations, reward |IC| on the rows of
 * the configured {@link SearchSlice}: validation, or the tail of the train period) and scores {@code mutations} children of the accepted factors ({@link FactorMutation}). All
 * candidates not tried in an earlier loop are ranked by |IC on the slice|, and the best {@value #SHORTLIST} of them
 * again by {@code |IC| x (1 - max |corr|)}, the highest mean daily |correlation| with an accepted factor discounting
 * a candidate that repeats what the set already has (RSRM and AlphaGen reward a formula's contribution to the
 * collection rather than its IC alone). The proposal is the first of that order; a repair request takes the next. <b>Model arm</b>: {@link ModelSearch}.
 *
 * <p>Everything random comes from the loop's generator in the {@link ResearchContext}; the candidate pool of a loop
 * is kept only while that loop runs.
 */
public final class OfflineResearcher implements Researcher {

    /** Candidates re-ranked by their synergy with the accepted set. */
    static final int SHORTLIST = 30;

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
        this.scorer = new SearchScorer(data, SearchSlice.of(data, config), 250);
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
        return new Proposal(text, String.format(java.util.Locale.ROOT, "offline search: %s IC %.4f", scorer.slice().name(), scorer.ic(text)), text, 0);
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
        // the strongest SHORTLIST by |IC| are re-ranked by |IC| x (1 - max |correlation| with the accepted factors),
        // so a candidate that repeats an accepted signal falls behind one that adds a new one; the rest follow by |IC|
        List<FactorMatrix> accepted = new ArrayList<>();
        for (String p : parents) accepted.add(scorer.matrix(stripNegation(p)));
        List<String> head = new ArrayList<>(ranked.subList(0, Math.min(SHORTLIST, ranked.size())));
        Map<String, Double> synergy = new java.util.HashMap<>();
        for (String t : head) {
            double maxCorr = 0;
            if (!accepted.isEmpty()) {
                FactorMatrix m = scorer.matrix(t);
                for (FactorMatrix a : accepted) {
                    double c = Math.abs(scorer.correlation(m, a));
                    if (Double.isFinite(c)) maxCorr = Math.max(maxCorr, c);
                }
            }
            synergy.put(t, Math.abs(found.get(t)) * (1 - maxCorr));
        }
        head.sort(Comparator.comparingDouble((String t) -> -synergy.get(t)).thenComparing(Comparator.naturalOrder()));
        List<String> novel = new ArrayList<>(head);
        novel.addAll(ranked.subList(head.size(), ranked.size()));
        pool = novel;
        poolLoop = ctx.loop();
        next = 0;
    }

    /** Correlation magnitudes ignore sign, so an accepted {@code -(x)} is compared through {@code x}. */
    private static String stripNegation(String e) {
        return e.startsWith("(-") && e.endsWith(")") ? e.substring(2, e.length() - 1) : e;
    }
}
