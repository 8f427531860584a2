package dev.qforge.agents.env;

import dev.qforge.data.BarSeries;
import dev.qforge.data.Instrument;
import dev.qforge.data.Timeframe;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DualThrustLinesTest {

    /** Three UTC days of 4-hour crypto bars (o, h, l, c). */
    static BarSeries threeDays() {
        double[][] bars = {
                {100, 102, 99, 101}, {101, 103, 100, 102}, {102, 104, 101, 103}, {103, 103, 98, 99}, {99, 100, 97, 98}, {98, 99, 96, 97},
                {97, 98, 95, 96}, {96, 101, 95, 100}, {100, 106, 99, 105}, {105, 107, 104, 106}, {106, 106, 102, 103}, {103, 104, 101, 102},
                {102, 103, 101, 102.5}, {102.5, 108, 102, 107.5}, {107.5, 108, 98, 98.5}, {98.5, 99, 97, 98}, {98, 99, 97, 98}, {98, 99, 97, 98}};
        BarSeries.Builder b = BarSeries.builder(Instrument.crypto("BTCUSD", "USD"), Timeframe.H4);
        long start = LocalDate.of(2024, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli();
        for (int i = 0; i < bars.length; i++) {
            b.add(start + (i + 1) * 4 * 3_600_000L, bars[i][0], bars[i][1], bars[i][2], bars[i][3], 1);
        }
        return b.build();
    }

    @Test
    void linesOfTheThirdDayFromTheTwoBefore() {
        BarSeries s = threeDays();
        SessionIndex sessions = SessionIndex.of(s);
        assertThat(sessions.sessions()).isEqualTo(3);
        assertThat(sessions.start(2)).isEqualTo(12);
        assertThat(sessions.endsAtClose(2)).isTrue();
        DualThrustLines dt = DualThrustLines.of(s, sessions, 2, 0.5, 0.3);
        // days 1-2: HH 107, LL 95, HC 102, LC 97 -> range max(107 - 97, 102 - 95) = 10; day 3 opens at 102
        for (int i = 12; i < 18; i++) {
            assertThat(dt.range(i)).isEqualTo(10);
            assertThat(dt.buy(i)).isEqualTo(107);
            assertThat(dt.sell(i)).isEqualTo(99);
        }
        for (int i = 0; i < 12; i++) assertThat(dt.buy(i)).isNaN();
        // n = 1: day 2 from day 1 alone: HH 104, LL 96, HC = LC = 97 -> range max(7, 1) = 7, open 97
        DualThrustLines one = DualThrustLines.of(s, sessions, 1, 1, 1);
        assertThat(one.buy(6)).isEqualTo(104);
        assertThat(one.sell(11)).isEqualTo(90);
    }

    @Test
    void dualThrustSignalsFollowTheLines() {
        TradingData data = new TradingData(threeDays(), EnvConfig.defaults().withDualThrust(2, 0.5, 0.3));
        int[] pos = DualThrustSignals.positions(data);
        // day 3: 102.5 inside (99, 107) -> flat; 107.5 > 107 -> long; 98.5 < 99 -> short; held; flat on the last bar
        assertThat(java.util.Arrays.copyOfRange(pos, 12, 18)).containsExactly(0, 1, -1, -1, -1, 0);
    }

    @Test
    void rejectsBadParameters() {
        BarSeries s = threeDays();
        assertThatThrownBy(() -> DualThrustLines.of(s, SessionIndex.of(s), 0, 0.5, 0.5)).hasMessageContaining("n >= 1");
        assertThatThrownBy(() -> DualThrustLines.of(s, SessionIndex.of(s), 2, -1, 0.5)).hasMessageContaining("k1");
    }
}
