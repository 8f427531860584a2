package dev.qforge.backtest;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/** A test strategy that runs a given action at given step numbers (0 = the first time step). */
public final class ScriptedStrategy implements Strategy {

    private final Map<Integer, Consumer<StrategyContext>> actions = new HashMap<>();
    private int step;

    public ScriptedStrategy at(int stepNumber, Consumer<StrategyContext> action) {
        actions.merge(stepNumber, action, Consumer::andThen);
        return this;
    }

    @Override
    public void onBar(StrategyContext ctx) {
        Consumer<StrategyContext> a = actions.get(step++);
        if (a != null) a.accept(ctx);
    }
}
