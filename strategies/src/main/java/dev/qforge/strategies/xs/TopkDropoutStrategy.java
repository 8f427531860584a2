package dev.qforge.strategies.xs;

import dev.qforge.backtest.model.Lots;

import dev.qforge.backtest.Strategy;
import dev.qforge.backtest.StrategyContext;
import dev.qforge.data.Instrument;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code topk-dropout}: Qlib's TopK-Dropout portfolio on externally computed scores (model forecasts, factor
 * values). At every {@code rebalance}-th time step (the first step included) it reads the scores known at
 * {@code now} ({@link ScoreSource}: for a panel, its latest row not after now), picks sells and buys with
 * {@link TopkDropoutSelection} (hold {@code topk} names, replace at most {@code nDrop} per rebalance, drop the
 * worst-ranked holdings only for better-ranked newcomers), sells the dropped names in full and, as Qlib does,
 * spends {@code cash * riskDegree / |buy|} on each new name, where cash counts the sales at the last close. Kept
 * holdings are not traded, so a rebalance costs only the orders of the names it replaces.
 *
 * <p>Simplifications against Qlib, stated so results can be compared:
 * <ul>
 *   <li>sales are valued at the last close and their commission is not deducted when sizing the buys; with
 *       next-open fills a buy the account can no longer afford is cut by the venue's buying-power check;</li>
 *   <li>holdings are the instruments with a long position now; orders still working are not counted;</li>
 *   <li>a candidate must be an instrument of the run with at least one bar (a price to size by); symbols of the
 *       score source that the run does not trade are ignored; no {@code hold_thresh}, no limit-up/down checks;</li>
 *   <li>with no scores known at a rebalance step nothing trades (as Qlib does when the signal is missing);</li>
 *   <li>timing: scores stamped at a bar's close are used at that close; with next-open fills the trades happen at
 *       the next bar's open, which is Qlib's "predict on day t, trade on day t+1" without its shift.</li>
 * </ul>
 */
public final class TopkDropoutStrategy implements Strategy {

    private final ScoreSource scores;
    private final int topk;
    private final int nDrop;
    private final int rebalance;
    private final double riskDegree;
    private final Map<String, Integer> index = new HashMap<>();
    private int step;
    private TopkDropoutSelection lastSelection;

    public TopkDropoutStrategy(ScoreSource scores, int topk, int nDrop, int rebalance, double riskDegree) {
        if (topk < 1 || nDrop < 0 || rebalance < 1 || !(riskDegree > 0 && riskDegree <= 1)) {
            throw new IllegalArgumentException("need topk >= 1, nDrop >= 0, rebalance >= 1, 0 < riskDegree <= 1; got "
                    + topk + ", " + nDrop + ", " + rebalance + ", " + riskDegree);
        }
        this.scores = scores;
        this.topk = topk;
        this.nDrop = nDrop;
        this.rebalance = rebalance;
        this.riskDegree = riskDegree;
    }

    @Override
    public void onStart(StrategyContext ctx) {
        index.clear();
        List<Instrument> ins = ctx.instruments();
        for (int i = 0; i < ins.size(); i++) index.put(ins.get(i).symbol(), i);
        step = 0;
    }

    @Override
    public void onBar(StrategyContext ctx) {
        if (step++ % rebalance != 0) return;
        Map<String, Double> known = scores.scoresAt(ctx.now());
        if (known.isEmpty()) return;
        List<String> holdings = new ArrayList<>();
        for (Instrument ins : ctx.instruments()) {
            if (ctx.position(index.get(ins.symbol())) > 0) holdings.add(ins.symbol());
        }
        lastSelection = TopkDropoutSelection.select(holdings, known, topk, nDrop, s -> {
            Integer i = index.get(s);
            return i != null && ctx.history(i).size() > 0;
        });
        double cash = ctx.cash();
        for (String s : lastSelection.sell()) {
            int i = index.get(s);
            cash += ctx.position(i) * ctx.history(i).lastClose() * ctx.instruments().get(i).multiplier();
            ctx.targetQuantity(s, 0);
        }
        if (lastSelection.buy().isEmpty() || cash <= 0) return;
        double value = cash * riskDegree / lastSelection.buy().size();
        for (String s : lastSelection.buy()) {
            int i = index.get(s);
            Instrument ins = ctx.instruments().get(i);
            double q = Lots.roundDown(value / (ctx.history(i).lastClose() * ins.multiplier()), ins.lotSize());
            if (q > 0) ctx.buy(s, q);
        }
    }

    /** The decision of the latest rebalance, or null before the first. */
    public TopkDropoutSelection lastSelection() {
        return lastSelection;
    }
}
