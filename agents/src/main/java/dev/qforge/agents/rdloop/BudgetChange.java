package dev.qforge.agents.rdloop;

/**
 * A change of a run's budgets made when it was resumed ({@link RdLoopStore#changeBudgets}): the loops it had done
 * then, and each budget before and after. Wall budgets are seconds, token budgets model tokens; 0 means no limit.
 */
public record BudgetChange(int number, long changedAt, int loopsDone, int loopsBefore, int loopsAfter,
                           long wallBefore, long wallAfter, long tokensBefore, long tokensAfter) {

    /** e.g. {@code loops 3 -> 5, wall budget 0 s -> 600 s}; only the budgets that changed. */
    public String describe() {
        StringBuilder b = new StringBuilder();
        if (loopsBefore != loopsAfter) b.append("loops ").append(loopsBefore).append(" -> ").append(loopsAfter);
        if (wallBefore != wallAfter) b.append(b.isEmpty() ? "" : ", ").append("wall budget ").append(wallBefore).append(" s -> ").append(wallAfter).append(" s");
        if (tokensBefore != tokensAfter) b.append(b.isEmpty() ? "" : ", ").append("token budget ").append(tokensBefore).append(" -> ").append(tokensAfter);
        return b.isEmpty() ? "no change" : b.toString();
    }
}
