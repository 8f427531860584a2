package dev.qforge.strategies.xs;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Qlib's selection rule (method_sell=bottom, method_buy=top) worked through by hand. */
class TopkDropoutSelectionTest {

    static Map<String, Double> scores(Object... kv) {
        Map<String, Double> m = new HashMap<>();
        for (int i = 0; i < kv.length; i += 2) m.put((String) kv[i], ((Number) kv[i + 1]).doubleValue());
        return m;
    }

    static TopkDropoutSelection select(List<String> holdings, Map<String, Double> s, int topk, int nDrop) {
        return TopkDropoutSelection.select(holdings, s, topk, nDrop, x -> true);
    }

    static final Map<String, Double> LATER = scores("A", 1, "B", 5, "C", 4, "D", 10, "E", 9, "F", 0);

    @Test
    void emptyBookFillsEveryEmptySlotRegardlessOfNDrop() {
        // today = best nDrop + topk - 0 = 4 non-held (A, B, C, D); nothing held to sell; buy 0 + 3 - 0 = 3
        TopkDropoutSelection s = select(List.of(), scores("A", 6, "B", 5, "C", 4, "D", 3, "E", 2, "F", 1), 3, 1);
        assertThat(s.sell()).isEmpty();
        assertThat(s.buy()).containsExactly("A", "B", "C");
        assertThat(s.after()).containsExactly("A", "B", "C");
    }

    @Test
    void replacesAtMostNDropHoldings() {
        // last = B(5), C(4), A(1); today = best 1 non-held = D(10); comb = D, B, C, A; bottom 1 = A -> sell A, buy D.
        // E(9) beats B and C too but only one name is replaced per rebalance
        TopkDropoutSelection s = select(List.of("A", "B", "C"), LATER, 3, 1);
        assertThat(s.sell()).containsExactly("A");
        assertThat(s.buy()).containsExactly("D");
        assertThat(s.after()).containsExactly("D", "B", "C");
    }

    @Test
    void withNDropTwoTheTwoWorstGo() {
        // today = best 2 non-held = D, E; comb = D, E, B, C, A; bottom 2 = C, A
        TopkDropoutSelection s = select(List.of("A", "B", "C"), LATER, 3, 2);
        assertThat(s.sell()).containsExactly("C", "A");
        assertThat(s.buy()).containsExactly("D", "E");
        assertThat(s.after()).containsExactly("D", "E", "B");
    }

    @Test
    void neverSellsAHoldingForAWorseCandidate() {
        // last = D(10), E(9), B(5); today = C(4); comb = D, E, B, C; bottom 1 = C, which is not held -> no trade
        TopkDropoutSelection s = select(List.of("B", "D", "E"), LATER, 3, 1);
        assertThat(s.sell()).isEmpty();
        assertThat(s.buy()).isEmpty();
        assertThat(s.after()).containsExactly("D", "E", "B");
    }

    @Test
    void aHoldingWithoutAScoreRanksLast() {
        Map<String, Double> s = new HashMap<>(LATER);
        s.put("D", Double.NaN);
        // last = E(9), B(5), D(none); today = C(4); comb = E, B, C, D -> sell D, buy C
        TopkDropoutSelection sel = select(List.of("B", "D", "E"), s, 3, 1);
        assertThat(sel.sell()).containsExactly("D");
        assertThat(sel.buy()).containsExactly("C");
        s.remove("D"); // missing altogether is the same
        assertThat(select(List.of("B", "D", "E"), s, 3, 1)).isEqualTo(sel);
    }

    @Test
    void nDropZeroOnlyFillsEmptySlots() {
        TopkDropoutSelection s = select(List.of("A"), LATER, 3, 0);
        assertThat(s.sell()).isEmpty();
        assertThat(s.buy()).containsExactly("D", "E");
    }

    @Test
    void tiesAreBrokenBySymbolAndUnbuyableNamesAreSkipped() {
        TopkDropoutSelection s = TopkDropoutSelection.select(List.of(), scores("Z", 1, "Y", 1, "X", 1, "W", 2), 2, 1, x -> !x.equals("W"));
        assertThat(s.buy()).containsExactly("X", "Y");
    }
}
