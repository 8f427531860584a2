package dev.qforge.strategies.rules;

import dev.qforge.backtest.History;
import dev.qforge.backtest.StrategyContext;

/**
 * {@code buy-and-hold}: buys the instrument at its first bar (sized by {@link Sizing}) and never sells. If that
 * order is rejected or fills nothing, it tries again at the next bar until it holds a position; once it has held
 * one it sends nothing more. The benchmark every other strategy is compared against.
 */
public final class BuyAndHoldStrategy extends SingleInstrumentStrategy {

    private boolean bought;

    public BuyAndHoldStrategy(String symbol, Sizing sizing) {
        super(symbol, sizing);
    }

    @Override
    protected void update(History h, int i) {
    }

    @Override
    protected void decide(StrategyContext ctx, History h) {
        if (bought || hasWorkingOrder()) return;
        if (position(ctx) > 0) {
            bought = true;
            return;
        }
        enterLong(ctx, h);
    }
}
