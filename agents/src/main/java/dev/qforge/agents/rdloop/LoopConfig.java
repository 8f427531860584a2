package dev.qforge.agents.rdloop;

import java.util.List;

/**
 * Settings of one R&amp;D loop run; persisted with the run so that {@code resume} continues with the same ones.
 *
 * @param seed              root seed: loop {@code k} draws everything from {@code SplittableRandom(mix(seed, k))}
 * @param loops             loops to run in all (a budget)
 * @param wallBudgetSeconds stop starting loops after this much wall time over all sessions (0: no limit)
 * @param tokenBudget       stop starting loops once this many model tokens are spent (0: no limit)
 * @param maxAttempts       development attempts per loop, the first one included (R&amp;D-Agent's 10)
 * @param scheduler         {@code linear-thompson} (default), {@code ucb1} or {@code epsilon-greedy}
 * @param acceptMetric      the validation metric a new state must improve (one of {@link Metrics#NAMES}; for MDD,
 *                          improving means a drawdown closer to zero)
 * @param minImprovement    by at least this much over the best so far (the first state: over zero)
 * @param duplicateThreshold a factor whose mean daily cross-sectional correlation with an accepted one is at least
 *                          this is a duplicate (0.99 as in R&amp;D-Agent(Q))
 * @param topk              TopK-Dropout's holdings (50)
 * @param ndrop             and daily replacements (5)
 * @param simulations       MCTS simulations per offline factor proposal
 * @param maxTokens         longest expression the search builds, in grammar symbols
 * @param mutations         mutation and crossover children of accepted factors scored per offline proposal
 * @param modelTypes        model types the model arm may propose
 * @param feedbackSteps     recent steps quoted to the research agent
 */
public record LoopConfig(long seed, int loops, long wallBudgetSeconds, long tokenBudget, int maxAttempts, String scheduler,
                         String acceptMetric, double minImprovement, double duplicateThreshold, int topk, int ndrop,
                         int simulations, int maxTokens, int mutations, List<String> modelTypes, int feedbackSteps) {

    public LoopConfig {
        if (loops < 1) throw new IllegalArgumentException("loops must be at least 1, got " + loops);
        if (maxAttempts < 1) throw new IllegalArgumentException("max attempts must be at least 1, got " + maxAttempts);
        if (wallBudgetSeconds < 0 || tokenBudget < 0) throw new IllegalArgumentException("budgets must be >= 0 (0: none)");
        Metrics.NONE.get(acceptMetric); // names the bad metric
        if (!(duplicateThreshold > 0 && duplicateThreshold <= 1)) {
            throw new IllegalArgumentException("duplicate threshold must lie in (0, 1], got " + duplicateThreshold);
        }
        if (topk < 1 || ndrop < 0 || ndrop > topk) throw new IllegalArgumentException("need topk >= 1 and 0 <= ndrop <= topk, got " + topk + "/" + ndrop);
        if (simulations < 1 || maxTokens < 1 || mutations < 0) throw new IllegalArgumentException("search sizes must be positive");
        modelTypes = List.copyOf(modelTypes);
        if (modelTypes.isEmpty()) throw new IllegalArgumentException("the model arm needs at least one model type");
        if (feedbackSteps < 0) throw new IllegalArgumentException("feedback steps must be >= 0");
        if (scheduler == null || scheduler.isBlank()) throw new IllegalArgumentException("scheduler must be named");
    }

    /**
     * 20 loops, 10 attempts, linear Thompson sampling, accept when the validation IC beats the best by more than 1e-4
     * (so that a model that merely rescales the score, equal up to rounding, is not an improvement), TopK-Dropout 50/5,
     * 200 simulations of expressions up to 7 symbols, 24 mutation children, model types ridge and xgboost.
     */
    public static LoopConfig defaults(long seed) {
        return new LoopConfig(seed, 20, 0, 0, 10, "linear-thompson", "IC", 1e-4, 0.99, 50, 5, 200, 7, 24,
                List.of("ridge", "xgboost"), 5);
    }

    public LoopConfig withLoops(int n) {
        return new LoopConfig(seed, n, wallBudgetSeconds, tokenBudget, maxAttempts, scheduler, acceptMetric, minImprovement,
                duplicateThreshold, topk, ndrop, simulations, maxTokens, mutations, modelTypes, feedbackSteps);
    }

    public LoopConfig withBudgets(long wallSeconds, long tokens) {
        return new LoopConfig(seed, loops, wallSeconds, tokens, maxAttempts, scheduler, acceptMetric, minImprovement,
                duplicateThreshold, topk, ndrop, simulations, maxTokens, mutations, modelTypes, feedbackSteps);
    }

    public LoopConfig withScheduler(String name) {
        return new LoopConfig(seed, loops, wallBudgetSeconds, tokenBudget, maxAttempts, name, acceptMetric, minImprovement,
                duplicateThreshold, topk, ndrop, simulations, maxTokens, mutations, modelTypes, feedbackSteps);
    }

    public LoopConfig withPortfolio(int k, int drop) {
        return new LoopConfig(seed, loops, wallBudgetSeconds, tokenBudget, maxAttempts, scheduler, acceptMetric, minImprovement,
                duplicateThreshold, k, drop, simulations, maxTokens, mutations, modelTypes, feedbackSteps);
    }

    public LoopConfig withSearch(int sims, int tokens, int children) {
        return new LoopConfig(seed, loops, wallBudgetSeconds, tokenBudget, maxAttempts, scheduler, acceptMetric, minImprovement,
                duplicateThreshold, topk, ndrop, sims, tokens, children, modelTypes, feedbackSteps);
    }

    public LoopConfig withAcceptance(String metric, double min) {
        return new LoopConfig(seed, loops, wallBudgetSeconds, tokenBudget, maxAttempts, scheduler, metric, min,
                duplicateThreshold, topk, ndrop, simulations, maxTokens, mutations, modelTypes, feedbackSteps);
    }

    public LoopConfig withAttempts(int n) {
        return new LoopConfig(seed, loops, wallBudgetSeconds, tokenBudget, n, scheduler, acceptMetric, minImprovement,
                duplicateThreshold, topk, ndrop, simulations, maxTokens, mutations, modelTypes, feedbackSteps);
    }

    public LoopConfig withModelTypes(List<String> types) {
        return new LoopConfig(seed, loops, wallBudgetSeconds, tokenBudget, maxAttempts, scheduler, acceptMetric, minImprovement,
                duplicateThreshold, topk, ndrop, simulations, maxTokens, mutations, types, feedbackSteps);
    }

    /** The seed of loop {@code k}: a SplitMix64 finaliser of seed and k, so neighbouring loops draw unrelated streams. */
    public long loopSeed(int k) {
        long z = seed + 0x9E3779B97F4A7C15L * (k + 1L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
