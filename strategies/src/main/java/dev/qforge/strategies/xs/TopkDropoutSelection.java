package dev.qforge.strategies.xs;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * One rebalance decision of Qlib's {@code TopkDropoutStrategy} with {@code method_sell="bottom"} and
 * {@code method_buy="top"} ({@code qlib/contrib/strategy/signal_strategy.py}, {@code generate_trade_decision}):
 * <ol>
 *   <li>{@code last}: the current holdings ranked by score;</li>
 *   <li>{@code today}: the best-ranked names not held, at most {@code nDrop + topk − |last|} of them;</li>
 *   <li>{@code comb}: {@code last ∪ today} ranked; the holdings among the {@code nDrop} lowest-ranked names of
 *       {@code comb} are sold (so a holding is only dropped for a candidate ranked above it: Qlib's guard against
 *       selling high and buying low);</li>
 *   <li>buy the first {@code |sell| + topk − |last|} names of {@code today} (the sold slots plus any empty ones).</li>
 * </ol>
 * Ranking: score descending; a name without a score (missing or NaN) ranks below every scored name, as pandas
 * sorts NaN last after {@code reindex}; ties are broken by symbol, ascending (pandas' default sort is not
 * stable, so Qlib leaves ties unspecified). Where this differs from Qlib: {@code nDrop = 0} sells nothing (in
 * Qlib {@code comb[-0:]} is the whole list), and only names the caller says can be bought are candidates
 * (Qlib's {@code only_tradable=False} lets it pick names it then cannot buy).
 *
 * @param sell  holdings to sell, best-ranked first
 * @param buy   names to buy, best-ranked first
 * @param after the holdings after the trades, ranked
 */
public record TopkDropoutSelection(List<String> sell, List<String> buy, List<String> after) {

    public static TopkDropoutSelection select(Collection<String> holdings, Map<String, Double> scores, int topk, int nDrop,
                                              Predicate<String> buyable) {
        Comparator<String> rank = rank(scores);
        List<String> last = new ArrayList<>(new LinkedHashSet<>(holdings));
        last.sort(rank);
        Set<String> held = new LinkedHashSet<>(last);
        List<String> candidates = new ArrayList<>();
        for (Map.Entry<String, Double> e : scores.entrySet()) {
            Double v = e.getValue();
            if (v != null && !v.isNaN() && !held.contains(e.getKey()) && buyable.test(e.getKey())) candidates.add(e.getKey());
        }
        candidates.sort(rank);
        List<String> today = candidates.subList(0, Math.min(candidates.size(), Math.max(0, nDrop + topk - last.size())));
        List<String> comb = new ArrayList<>(last);
        comb.addAll(today);
        comb.sort(rank);
        Set<String> bottom = new LinkedHashSet<>(comb.subList(Math.max(0, comb.size() - Math.max(0, nDrop)), comb.size()));
        List<String> sell = new ArrayList<>();
        for (String h : last) if (bottom.contains(h)) sell.add(h);
        int nBuy = Math.max(0, Math.min(today.size(), sell.size() + topk - last.size()));
        List<String> buy = List.copyOf(today.subList(0, nBuy));
        List<String> after = new ArrayList<>(last);
        after.removeAll(sell);
        after.addAll(buy);
        after.sort(rank);
        return new TopkDropoutSelection(List.copyOf(sell), buy, List.copyOf(after));
    }

    /** Score descending, unscored last, then symbol ascending. */
    static Comparator<String> rank(Map<String, Double> scores) {
        return (a, b) -> {
            double x = value(scores, a), y = value(scores, b);
            boolean nx = Double.isNaN(x), ny = Double.isNaN(y);
            if (nx != ny) return nx ? 1 : -1;
            if (!nx) {
                int c = Double.compare(y, x);
                if (c != 0) return c;
            }
            return a.compareTo(b);
        };
    }

    private static double value(Map<String, Double> scores, String s) {
        Double v = scores.get(s);
        return v == null ? Double.NaN : v;
    }
}
