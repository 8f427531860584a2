package dev.qforge.backtest;

import dev.qforge.backtest.model.AccountRules;
import dev.qforge.backtest.model.ExecutionModel;

import java.util.Objects;

/**
 * How a backtest simulates the market and the account: starting cash (in the instruments' currency),
 * the venue's execution models and the account rules.
 */
public record BacktestConfig(double initialCash, ExecutionModel execution, AccountRules rules) {

    public BacktestConfig {
        if (!(initialCash > 0) || Double.isInfinite(initialCash)) {
            throw new IllegalArgumentException("initial cash must be a positive number, got " + initialCash);
        }
        Objects.requireNonNull(execution, "execution");
        Objects.requireNonNull(rules, "rules");
    }

    /** 100,000 of cash, fills at the next open, no costs, long and short up to 1x equity. */
    public static BacktestConfig defaults() {
        return new BacktestConfig(100_000, ExecutionModel.defaults(), AccountRules.defaults());
    }

    public BacktestConfig withCash(double cash) {
        return new BacktestConfig(cash, execution, rules);
    }

    public BacktestConfig withExecution(ExecutionModel e) {
        return new BacktestConfig(initialCash, e, rules);
    }

    public BacktestConfig withRules(AccountRules r) {
        return new BacktestConfig(initialCash, execution, r);
    }
}
