package dev.qforge.data.synth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.qforge.data.Instrument;
import dev.qforge.data.Timeframe;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class BarScheduleTest {

    private static final Instrument SPY = Instrument.usEquity("SPY");
    private static final Instrument BTC = Instrument.crypto("BTCUSD", "USD");

    private static LocalDateTime newYork(long millis) {
        return LocalDateTime.ofInstant(Instant.ofEpochMilli(millis), Instrument.NEW_YORK);
    }

    @Test
    void dailyEquityBarsSkipHolidaysAndWeekendsAndCloseAt4pmOr1pmOnHalfDays() {
        BarSchedule s = BarSchedule.of(SPY, Timeframe.D1, LocalDate.of(2024, 7, 3), 3);
        // 2024-07-04 is Independence Day, 6 and 7 a weekend; July 3 was a half day, closing at 13:00
        assertThat(newYork(s.closeTime(0))).isEqualTo(LocalDateTime.of(2024, 7, 3, 13, 0));
        assertThat(newYork(s.closeTime(1))).isEqualTo(LocalDateTime.of(2024, 7, 5, 16, 0));
        assertThat(newYork(s.closeTime(2))).isEqualTo(LocalDateTime.of(2024, 7, 8, 16, 0));
        assertThat(s.yearFraction(1)).isEqualTo(1.0 / 252);
    }

    @Test
    void startOnAWeekendMovesToTheNextTradingDay() {
        BarSchedule s = BarSchedule.of(SPY, Timeframe.D1, LocalDate.of(2024, 7, 6), 1);
        assertThat(newYork(s.closeTime(0)).toLocalDate()).isEqualTo(LocalDate.of(2024, 7, 8));
    }

    @Test
    void fiveMinuteEquityBarsFillTheRegularSession() {
        BarSchedule s = BarSchedule.of(SPY, Timeframe.M5, LocalDate.of(2024, 7, 3), 79);
        assertThat(newYork(s.closeTime(0))).isEqualTo(LocalDateTime.of(2024, 7, 3, 9, 35));
        assertThat(newYork(s.closeTime(77))).isEqualTo(LocalDateTime.of(2024, 7, 3, 16, 0));
        assertThat(newYork(s.closeTime(78))).isEqualTo(LocalDateTime.of(2024, 7, 5, 9, 35));
        for (int i = 0; i < s.size(); i++) assertThat(s.yearFraction(i)).isCloseTo(1.0 / (78 * 252), within(1e-15));
        assertThat(BarSchedule.periodsPerYear(SPY.session(), Timeframe.M5)).isEqualTo(78 * 252);
    }

    @Test
    void hourlyEquityBarsEndTheDayWithAHalfHourBar() {
        BarSchedule s = BarSchedule.of(SPY, Timeframe.H1, LocalDate.of(2024, 7, 8), 7);
        assertThat(newYork(s.closeTime(5))).isEqualTo(LocalDateTime.of(2024, 7, 8, 15, 30));
        assertThat(newYork(s.closeTime(6))).isEqualTo(LocalDateTime.of(2024, 7, 8, 16, 0));
        assertThat(s.yearFraction(6)).isCloseTo(0.5 / 6.5 / 252, within(1e-15));
        double day = 0;
        for (int i = 0; i < 7; i++) day += s.yearFraction(i);
        assertThat(day).isCloseTo(1.0 / 252, within(1e-15));
    }

    @Test
    void cryptoTradesEveryDayAroundTheClock() {
        BarSchedule daily = BarSchedule.of(BTC, Timeframe.D1, LocalDate.of(2024, 7, 6), 2);
        assertThat(Instant.ofEpochMilli(daily.closeTime(0))).isEqualTo(LocalDateTime.of(2024, 7, 7, 0, 0).toInstant(ZoneOffset.UTC));
        assertThat(daily.yearFraction(0)).isEqualTo(1.0 / 365);
        BarSchedule m5 = BarSchedule.of(BTC, Timeframe.M5, LocalDate.of(2024, 7, 6), 300);
        assertThat(m5.closeTime(288) - m5.closeTime(287)).isEqualTo(300_000);
        assertThat(m5.yearFraction(100)).isCloseTo(1.0 / (288 * 365), within(1e-15));
        assertThat(BarSchedule.periodsPerYear(BTC.session(), Timeframe.M5)).isEqualTo(288 * 365);
    }

    @Test
    void weeklyBarsCloseOnTheLastTradingDayAndCountItsDays() {
        // week of 2024-07-01: Thursday 4th is a holiday, so four trading days, closing Friday 5th
        BarSchedule s = BarSchedule.of(SPY, Timeframe.W1, LocalDate.of(2024, 7, 1), 2);
        assertThat(newYork(s.closeTime(0))).isEqualTo(LocalDateTime.of(2024, 7, 5, 16, 0));
        assertThat(s.yearFraction(0)).isEqualTo(4.0 / 252);
        assertThat(s.yearFraction(1)).isEqualTo(5.0 / 252);
    }

    @Test
    void rejectsAnEmptySchedule() {
        assertThatThrownBy(() -> BarSchedule.of(SPY, Timeframe.D1, LocalDate.of(2024, 1, 2), 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bar count");
    }
}
