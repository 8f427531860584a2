package dev.qforge.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PanelTest {

    private static BarSeries series(String sym, long[] t, double[] close) {
        return BarSeries.of(Instrument.usEquity(sym), Timeframe.D1, t, close, close, close, close, close);
    }

    @Test
    void alignsOnTheUnionOfTimesWithNaNWhereAnInstrumentHasNoBar() {
        Panel p = Panel.of(List.of(
                series("A", new long[] {10, 20, 30}, new double[] {1, 2, 3}),
                series("B", new long[] {20, 40}, new double[] {5, 6})));
        assertThat(p.times()).containsExactly(10, 20, 30, 40);
        assertThat(p.symbols()).containsExactly("A", "B");
        // row-major close matrix written out by hand
        assertThat(p.matrix("close")).containsExactly(1, Double.NaN, 2, 5, 3, Double.NaN, Double.NaN, 6);
        assertThat(p.column("close", 1)).containsExactly(Double.NaN, 5, Double.NaN, 6);
        assertThat(p.get(BarSeries.Field.CLOSE, 1, 0)).isEqualTo(2);
        assertThat(p.count("close")).isEqualTo(5);
        assertThat(p.columnOf("B")).isEqualTo(1);
        assertThat(p.columnOf("Z")).isEqualTo(-1);
    }

    @Test
    void derivedFieldsKeepTheShape() {
        Panel p = Panel.of(List.of(series("A", new long[] {1, 2}, new double[] {1, 2})));
        Panel q = p.withField("twice", new double[] {2, 4});
        assertThat(q.fieldNames()).contains("close", "twice");
        assertThat(q.get("twice", 1, 0)).isEqualTo(4);
        assertThat(p.hasField("twice")).isFalse();
    }
}
