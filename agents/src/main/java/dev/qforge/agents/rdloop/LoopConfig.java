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
 * @param searchOn          where the offline search scores its candidates and where every factor's sign is decided:
 *                          {@value #SEARCH_VALID} (the wording: the validation period, which the Feedback stage
 *                          also accepts on) or {@value #SEARCH_TRAIN_TAIL} (the last {@code searchDays} rows of the
 *                          train period, which already end the label's horizon before validation; validation is then
 *                          read only by Feedback's accept/reject). A config stored before this option existed has
 *                          none and reads as {@value #SEARCH_VALID}.
 * @param searchDays        rows in the train-tail slice (default {@value #DEFAULT_SEARCH_DAYS}, about two years of
 *                          trading days; 0, as in a config stored before the option existed, reads as that default)
 */
public record LoopConfig(long seed, int loops, long wallBudgetSeconds, long tokenBudget, int maxAttempts, String scheduler,
                         String acceptMetric, double minImprovement, double duplicateThreshold, int topk, int ndrop,
                         int simulations, int maxTokens, int mutations, List<String> modelTypes, int feedbackSteps,
                         String searchOn, int searchDays) {

    /** Search scored on the validation period. */
    public static final String SEARCH_VALID = "valid";
    /** Search scored on the tail of the train period. */
    public static final String SEARCH_TRAIN_TAIL = "train-tail";
    /** Two years of trading days. */
    public static final int DEFAULT_SEARCH_DAYS = 504;

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
        if (searchOn == null) searchOn = SEARCH_VALID;
        if (!searchOn.equals(SEARCH_VALID) && !searchOn.equals(SEARCH_TRAIN_TAIL)) {
            throw new IllegalArgumentException("search scoring must be '" + SEARCH_VALID + "' or '" + SEARCH_TRAIN_TAIL + "', got '" + searchOn + "'");
        }
        if (searchDays == 0) searchDays = DEFAULT_SEARCH_DAYS;
        if (searchDays < 20) throw new IllegalArgumentException("the search slice needs at least 20 days, got " + searchDays);
    }

    /**
     * 20 loops, 10 attempts, linear Thompson sampling, accept when the validation IC beats the best by more than 1e-4
     * (so that a model that merely rescales the score, equal up to rounding, is not an improvement), TopK-Dropout 50/5,
     * 200 simulations of expressions up to 7 symbols, 24 mutation children, model types ridge and xgboost, the search
     * scored on validation as the issue words it.
     */
    public static LoopConfig defaults(long seed) {
        return new LoopConfig(seed, 20, 0, 0, 10, "linear-thompson", "IC", 1e-4, 0.99, 50, 5, 200, 7, 24,
                List.of("ridge", "xgboost"), 5, SEARCH_VALID, DEFAULT_SEARCH_DAYS);
    }

    public LoopConfig withLoops(int n) {
        return new LoopConfig(seed, n, wallBudgetSeconds, tokenBudget, maxAttempts, scheduler, acceptMetric, minImprovement,
                duplicateThreshold, topk, ndrop, simulations, maxTokens, mutations, modelTypes, feedbackSteps, searchOn, searchDays);
    }

    public LoopConfig withBudgets(long wallSeconds, long tokens) {
        return new LoopConfig(seed, loops, wallSeconds, tokens, maxAttempts, scheduler, acceptMetric, minImprovement,
                duplicateThreshold, topk, ndrop, simulations, maxTokens, mutations, modelTypes, feedbackSteps, searchOn, searchDays);
    }

    public LoopConfig withScheduler(String name) {
        return new LoopConfig(seed, loops, wallBudgetSeconds, tokenBudget, maxAttempts, name, acceptMetric, minImprovement,
                duplicateThreshold, topk, ndrop, simulations, maxTokens, mutations, modelTypes, feedbackSteps, searchOn, searchDays);
    }

    public LoopConfig withPortfolio(int k, int drop) {
        return new LoopConfig(seed, loops, wallBudgetSeconds, tokenBudget, maxAttempts, scheduler, acceptMetric, minImprovement,
                duplicateThreshold, k, drop, simulations, maxTokens, mutations, modelTypes, feedbackSteps, searchOn, searchDays);
    }

    public LoopConfig withSearch(int sims, int tokens, int children) {
        return new LoopConfig(seed, loops, wallBudgetSeconds, tokenBudget, maxAttempts, scheduler, acceptMetric, minImprovement,
                duplicateThreshold, topk, ndrop, sims, tokens, children, modelTypes, feedbackSteps, searchOn, searchDays);
    }

    public LoopConfig withAcceptance(String metric, double min) {
        return new LoopConfig(seed, loops, wallBudgetSeconds, tokenBudget, maxAttempts, scheduler, metric, min,
                duplicateThreshold, topk, ndrop, simulations, maxTokens, mutations, modelTypes, feedbackSteps, searchOn, searchDays);
    }

    public LoopConfig withAttempts(int n) {
        return new LoopConfig(seed, loops, wallBudgetSeconds, tokenBudget, n, scheduler, acceptMetric, minImprovement,
                duplicateThreshold, topk, ndrop, simulations, maxTokens, mutations, modelTypes, feedbackSteps, searchOn, searchDays);
    }

    public LoopConfig withModelTypes(List<String> types) {
        return new LoopConfig(seed, loops, wallBudgetSeconds, tokenBudget, maxAttempts, scheduler, acceptMetric, minImprovement,
                duplicateThreshold, topk, ndrop, simulations, maxTokens, mutations, types, feedbackSteps, searchOn, searchDays);
    }

    /** Where the offline search scores ({@link #searchOn}) and how many train rows a train-tail slice holds. */
    public LoopConfig withSearchScoring(String on, int days) {
        return new LoopConfig(seed, loops, wallBudgetSeconds, tokenBudget, maxAttempts, scheduler, acceptMetric, minImprovement,
                duplicateThreshold, topk, ndrop, simulations, maxTokens, mutations, modelTypes, feedbackSteps, on, days);
    }

    /** The seed of loop {@code k}: a SplitMix64 finaliser of seed and k, so neighbouring loops draw unrelated streams. */
    public long loopSeed(int k) {
        long z = seed + 0x9E3779B97F4A7C15L * (k + 1L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
