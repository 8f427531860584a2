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
        // each name's score is looked up once; sorting then compares fields, not map entries
        List<Ranked> last = new ArrayList<>();
        Set<String> held = new LinkedHashSet<>(holdings);
        for (String h : held) last.add(Ranked.of(h, scores));
        last.sort(Ranked.ORDER);
        List<Ranked> candidates = new ArrayList<>();
        for (Map.Entry<String, Double> e : scores.entrySet()) {
            Double v = e.getValue();
            if (v != null && !v.isNaN() && !held.contains(e.getKey()) && buyable.test(e.getKey())) {
                candidates.add(new Ranked(e.getKey(), v));
            }
        }
        candidates.sort(Ranked.ORDER);
        List<Ranked> today = candidates.subList(0, Math.min(candidates.size(), Math.max(0, nDrop + topk - last.size())));
        List<Ranked> comb = new ArrayList<>(last);
        comb.addAll(today);
        comb.sort(Ranked.ORDER);
        Set<String> bottom = new LinkedHashSet<>();
        for (Ranked r : comb.subList(Math.max(0, comb.size() - Math.max(0, nDrop)), comb.size())) bottom.add(r.symbol());
        List<String> sell = new ArrayList<>();
        for (Ranked h : last) if (bottom.contains(h.symbol())) sell.add(h.symbol());
        int nBuy = Math.max(0, Math.min(today.size(), sell.size() + topk - last.size()));
        List<Ranked> after = new ArrayList<>();
        for (Ranked h : last) if (!bottom.contains(h.symbol())) after.add(h);
        List<String> buy = new ArrayList<>();
        for (Ranked r : today.subList(0, nBuy)) {
            buy.add(r.symbol());
            after.add(r);
        }
        after.sort(Ranked.ORDER);
        return new TopkDropoutSelection(List.copyOf(sell), List.copyOf(buy), after.stream().map(Ranked::symbol).toList());
    }

    /** A name and its score (NaN when it has none); ordered by score descending, unscored last, then symbol. */
    private record Ranked(String symbol, double score) {
        static final Comparator<Ranked> ORDER = (a, b) -> {
            boolean nx = Double.isNaN(a.score), ny = Double.isNaN(b.score);
            if (nx != ny) return nx ? 1 : -1;
            if (!nx) {
                int c = Double.compare(b.score, a.score);
                if (c != 0) return c;
            }
            return a.symbol.compareTo(b.symbol);
        };

        static Ranked of(String symbol, Map<String, Double> scores) {
            return new Ranked(symbol, value(scores, symbol));
        }
    }

    private static double value(Map<String, Double> scores, String s) {
        Double v = scores.get(s);
        return v == null ? Double.NaN : v;
    }
}
