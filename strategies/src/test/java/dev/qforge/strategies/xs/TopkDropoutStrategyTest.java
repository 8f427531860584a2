package dev.qforge.strategies.xs;

import dev.qforge.backtest.BacktestResult;
import dev.qforge.backtest.Strategy;
import dev.qforge.backtest.StrategyContext;
import dev.qforge.backtest.order.Order;
import dev.qforge.data.BarSeries;
import dev.qforge.data.Instrument;
import dev.qforge.data.Panel;
import dev.qforge.strategies.StrategyInputs;
import dev.qforge.strategies.StrategyRegistry;
import dev.qforge.strategies.TestBars;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Six instruments at a constant price of 10 for five days, topk 3, nDrop 1, risk degree 0.9, and a score panel
 * designed so the holdings are known by hand. Sizes follow Qlib: kept names are not traded, each new name gets
 * {@code cash * 0.9 / |buy|} with the sales counted in cash: day 0 buys 30,000 of each of A B C (3,000 shares,
 * 10,000 cash left); day 1 sells A (cash 40,000) and buys 36,000 of D (3,600); day 2 sells C (cash 34,000) and
 * buys 30,600 of E (3,060); day 4 sells D (cash 39,400) and buys 35,460 of C (3,546):
 * <pre>
 * day  scores A B C D E F          holdings after the rebalance
 * 0    6 5 4 3 2 1                 A B C   (three empty slots: buy the best three)
 * 1    1 5 4 10 9 0                B C D   (A is the worst holding; only nDrop = 1 replaced although E beats B, C too)
 * 2    same                        B D E   (C now the worst holding, E the best candidate)
 * 3    same                        B D E   (best candidate C ranks below every holding: nothing traded)
 * 4    same, D has no score        B C E   (an unscored holding ranks last; C is the best candidate)
 * </pre>
 */
class TopkDropoutStrategyTest {

    static final String[] SYMBOLS = {"A", "B", "C", "D", "E", "F"};
    static final double[][] SCORES = {
            {6, 5, 4, 3, 2, 1},
            {1, 5, 4, 10, 9, 0},
            {1, 5, 4, 10, 9, 0},
            {1, 5, 4, 10, 9, 0},
            {1, 5, 4, Double.NaN, 9, 0}};

    static List<BarSeries> data() {
        List<BarSeries> out = new ArrayList<>();
        for (String s : SYMBOLS) out.add(TestBars.daily(s, 10, 10, 10, 10, 10));
        return out;
    }

    static Panel scorePanel(List<BarSeries> data) {
        long[] times = data.get(0).times();
        double[] m = new double[times.length * SYMBOLS.length];
        for (int r = 0; r < times.length; r++) System.arraycopy(SCORES[r], 0, m, r * SYMBOLS.length, SYMBOLS.length);
        return Panel.ofMatrices(times, List.of(SYMBOLS), Map.of("score", m));
    }

    /** Wraps a strategy and notes the book (symbol -> quantity) after each of its onBar calls. */
    static final class BookRecorder implements Strategy {
        final Strategy inner;
        final List<Map<String, Double>> books = new ArrayList<>();

        BookRecorder(Strategy inner) {
            this.inner = inner;
        }

        @Override public void onStart(StrategyContext ctx) { inner.onStart(ctx); }
        @Override public void onOrder(StrategyContext ctx, Order o) { inner.onOrder(ctx, o); }

        @Override
        public void onBar(StrategyContext ctx) {
            inner.onBar(ctx);
            Map<String, Double> book = new TreeMap<>();
            for (Instrument i : ctx.instruments()) if (ctx.position(i.symbol()) != 0) book.put(i.symbol(), ctx.position(i.symbol()));
            books.add(book);
        }
    }

    static List<Map<String, Double>> books(Strategy s) {
        List<BarSeries> data = data();
        BookRecorder rec = new BookRecorder(s);
        BacktestResult r = new dev.qforge.backtest.BacktestEngine(TestBars.signalClose(100_000)).run(data, rec);
        assertThat(r.finalEquity()).isEqualTo(100_000);
        return rec.books;
    }

    static Map<String, Double> held(String... symbols) {
        Map<String, Double> m = new TreeMap<>();
        for (String s : symbols) m.put(s, 3000.0);
        return m;
    }

    static Map<String, Double> book(Object... symbolAndShares) {
        Map<String, Double> m = new TreeMap<>();
        for (int i = 0; i < symbolAndShares.length; i += 2) m.put((String) symbolAndShares[i], ((Number) symbolAndShares[i + 1]).doubleValue());
        return m;
    }

    @Test
    void holdingsFollowTheHandWorkedTable() {
        Panel scores = scorePanel(data());
        Strategy s = StrategyRegistry.builtIns().create("topk-dropout", List.of("topk=3", "nDrop=1", "riskDegree=0.9"),
                StrategyInputs.withScores(scores));
        assertThat(books(s)).containsExactly(book("A", 3000, "B", 3000, "C", 3000), book("B", 3000, "C", 3000, "D", 3600),
                book("B", 3000, "D", 3600, "E", 3060), book("B", 3000, "D", 3600, "E", 3060), book("B", 3000, "C", 3546, "E", 3060));
    }

    @Test
    void rebalancesOnlyEveryNthStep() {
        // steps 0, 2, 4: day 2 sees B(5) C(4) A(1) held -> A out (cash 40,000), 36,000 of D in; day 4: D unscored
        // -> out (cash 40,000 again), 36,000 of E (9) in
        Strategy s = new TopkDropoutStrategy(ScoreSource.of(scorePanel(data()), "score"), 3, 1, 2, 0.9);
        assertThat(books(s)).containsExactly(held("A", "B", "C"), held("A", "B", "C"), book("B", 3000, "C", 3000, "D", 3600),
                book("B", 3000, "C", 3000, "D", 3600), book("B", 3000, "C", 3000, "E", 3600));
    }

    @Test
    void panelScoresUseTheLatestRowNotAfterNow() {
        Panel p = scorePanel(data());
        ScoreSource src = ScoreSource.of(p, "score");
        assertThat(src.scoresAt(p.time(0) - 1)).isEmpty();
        assertThat(src.scoresAt(p.time(0))).containsEntry("A", 6.0).hasSize(6);
        assertThat(src.scoresAt(p.time(4) - 1)).containsEntry("A", 1.0).containsEntry("D", 10.0);
        assertThat(src.scoresAt(p.time(4) + 86_400_000L)).doesNotContainKey("D").hasSize(5);
    }
}
