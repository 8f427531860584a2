package dev.qforge.data.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.qforge.data.BarSeries;
import dev.qforge.data.Instrument;
import dev.qforge.data.Panel;
import dev.qforge.data.Timeframe;
import java.sql.Connection;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BarStorePanelTest {

    private static final double N = Double.NaN;
    private final Database db = Database.inMemory("panel-" + System.nanoTime());
    private final BarStore store = new BarStore(db, new TestData.MutableClock(Instant.EPOCH));

    /** A at t0, t1, t3; B at t1, t2; each value encodes symbol, field and row so a misplaced cell shows. */
    @BeforeEach
    void fill() {
        store.save(series("A", new long[] {100, 200, 400}, 10), SourceInfo.of("a"));
        store.save(series("B", new long[] {200, 300}, 20), SourceInfo.of("b"));
        // another timeframe of A must not leak into the daily panel
        store.save(BarSeries.of(Instrument.usEquity("A"), Timeframe.M1, new long[] {100, 150}, new double[] {9, 9},
                new double[] {9, 9}, new double[] {9, 9}, new double[] {9, 9}, new double[] {9, 9}), SourceInfo.of("a1m"));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static BarSeries series(String symbol, long[] t, double base) {
        int n = t.length;
        double[] o = new double[n], h = new double[n], l = new double[n], c = new double[n], v = new double[n];
        for (int i = 0; i < n; i++) {
            o[i] = base + i + 0.1;
            h[i] = base + i + 0.2;
            l[i] = base + i + 0.3;
            c[i] = base + i + 0.4;
            v[i] = base * 100 + i;
        }
        return BarSeries.of(Instrument.usEquity(symbol), Timeframe.D1, t, o, h, l, c, v);
    }

    @Test
    void alignsOnTheUnionOfTimesWithNaNWhereABarIsMissing() {
        Panel p = store.loadPanel(List.of("A", "B"), Timeframe.D1, Long.MIN_VALUE, Long.MAX_VALUE);
        assertThat(p.times()).containsExactly(100, 200, 300, 400);
        assertThat(p.symbols()).containsExactly("A", "B");
        assertThat(p.fieldNames()).containsExactly("open", "high", "low", "close", "volume");
        assertThat(p.matrix("close")).containsExactly(
                10.4, N,
                11.4, 20.4,
                N, 21.4,
                12.4, N);
        assertThat(p.matrix("open")).containsExactly(
                10.1, N,
                11.1, 20.1,
                N, 21.1,
                12.1, N);
        assertThat(p.matrix("volume")).containsExactly(
                1000, N,
                1001, 2000,
                N, 2001,
                1002, N);
        assertThat(p.matrix("high")[2]).isEqualTo(11.2);
        assertThat(p.matrix("low")[3]).isEqualTo(20.3);
    }

    @Test
    void readsTheHandWrittenMatrixOverARange() throws Exception {
        List<SeriesInfo> infos = List.of(store.info("B", Timeframe.D1).orElseThrow(), store.info("A", Timeframe.D1).orElseThrow());
        try (Connection c = db.connect()) {
            Panel p = PanelReader.read(c, infos, 150, 450);
            assertThat(p.times()).containsExactly(200, 300, 400);
            assertThat(p.matrix("close")).containsExactly(
                    20.4, 11.4,
                    21.4, N,
                    N, 12.4);
        }
    }

    @Test
    void seriesOfManySmallBlocksAlignLikeInMemorySeries() {
        Database other = Database.inMemory("panel-blocks-" + System.nanoTime());
        try (other) {
            BarStore small = new BarStore(other, new TestData.MutableClock(Instant.EPOCH), 3, false);
            BarSeries a = TestData.daily("A", 20, 1), b = TestData.daily("B", 14, 2).slice(3, 14);
            small.save(a, SourceInfo.of("a"));
            small.save(b, SourceInfo.of("b"));
            long from = a.time(2), to = a.time(16);
            Panel p = small.loadPanel(List.of("B", "A"), Timeframe.D1, from, to);
            Panel expected = Panel.of(List.of(b.between(from, to), a.between(from, to)));
            assertThat(p.times()).containsExactly(expected.times());
            for (String f : expected.fieldNames()) assertThat(p.matrix(f)).as(f).containsExactly(expected.matrix(f));
        }
    }

    @Test
    void keepsTheAskedColumnOrderAndRange() {
        Panel p = store.loadPanel(List.of("B", "A"), Timeframe.D1, 200, 300);
        assertThat(p.times()).containsExactly(200, 300);
        assertThat(p.symbols()).containsExactly("B", "A");
        assertThat(p.matrix("close")).containsExactly(
                20.4, 11.4,
                21.4, N);
    }

    @Test
    void allSymbolsOfATimeframeInSymbolOrder() {
        Panel p = store.loadPanel(Timeframe.D1, Long.MIN_VALUE, Long.MAX_VALUE);
        assertThat(p.symbols()).containsExactly("A", "B");
        assertThat(p.timeCount()).isEqualTo(4);
        Panel minute = store.loadPanel(Timeframe.M1, Long.MIN_VALUE, Long.MAX_VALUE);
        assertThat(minute.symbols()).containsExactly("A");
        assertThat(minute.times()).containsExactly(100, 150);
    }

    @Test
    void aPanelAgreesWithPanelOfTheLoadedSeries() {
        Panel fromStore = store.loadPanel(List.of("A", "B"), Timeframe.D1, Long.MIN_VALUE, Long.MAX_VALUE);
        Panel inMemory = Panel.of(List.of(store.load("A", Timeframe.D1).orElseThrow(), store.load("B", Timeframe.D1).orElseThrow()));
        for (String f : inMemory.fieldNames()) assertThat(fromStore.matrix(f)).containsExactly(inMemory.matrix(f));
    }

    @Test
    void aSymbolWithoutThatTimeframeIsAnError() {
        assertThatThrownBy(() -> store.loadPanel(List.of("A", "B"), Timeframe.M1, 0, 1000))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no 1m series of B").hasMessageContaining("[1d]");
    }
}
