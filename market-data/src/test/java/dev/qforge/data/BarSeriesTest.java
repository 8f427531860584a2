package dev.qforge.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BarSeriesTest {

    private static final Instrument X = Instrument.usEquity("X");

    private static BarSeries five() {
        BarSeries.Builder b = BarSeries.builder(X, Timeframe.M1);
        for (int i = 1; i <= 5; i++) b.add(i * 60_000L, i, i + 0.5, i - 0.5, i + 0.25, i * 100);
        return b.build();
    }

    @Test
    void columnsAndBars() {
        BarSeries s = five();
        assertThat(s.size()).isEqualTo(5);
        assertThat(s.bar(2)).isEqualTo(new Bar(180_000L, 3, 3.5, 2.5, 3.25, 300));
        assertThat(s.closes()).containsExactly(1.25, 2.25, 3.25, 4.25, 5.25);
    }

    @Test
    void slicesShareDataAndIndexRelativeToTheSlice() {
        BarSeries s = five().slice(1, 4);
        assertThat(s.size()).isEqualTo(3);
        assertThat(s.time(0)).isEqualTo(120_000L);
        assertThat(s.slice(1, 2).close(0)).isEqualTo(3.25);
        assertThat(s.times()).containsExactly(120_000L, 180_000L, 240_000L);
        assertThatThrownBy(() -> s.close(3)).isInstanceOf(IndexOutOfBoundsException.class).hasMessageContaining("3 bars");
    }

    @Test
    void returnedColumnsAreCopiesSoTheSeriesStaysImmutable() {
        BarSeries s = five();
        s.closes()[0] = 99;
        assertThat(s.close(0)).isEqualTo(1.25);
    }

    @Test
    void searchByTime() {
        BarSeries s = five();
        assertThat(s.floorIndex(150_000L)).isEqualTo(1);
        assertThat(s.ceilIndex(150_000L)).isEqualTo(2);
        assertThat(s.floorIndex(10L)).isEqualTo(-1);
        assertThat(s.ceilIndex(1_000_000L)).isEqualTo(5);
        assertThat(s.between(120_000L, 240_000L).size()).isEqualTo(3);
        BarSeries sub = s.slice(2, 5);
        assertThat(sub.floorIndex(240_000L)).isEqualTo(1);
    }

    @Test
    void rejectsTimesThatDoNotIncrease() {
        assertThatThrownBy(() -> BarSeries.of(X, Timeframe.M1, new long[] {2, 2}, new double[2], new double[2], new double[2],
                new double[2], new double[2])).hasMessageContaining("strictly increasing").hasMessageContaining("row 1");
    }

    @Test
    void equalityComparesBars() {
        assertThat(five()).isEqualTo(five());
        assertThat(five().slice(0, 4)).isNotEqualTo(five());
    }
}
