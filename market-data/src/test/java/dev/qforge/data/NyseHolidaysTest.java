package dev.qforge.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Expected dates are NYSE's published holiday schedules, not derived from the code. */
class NyseHolidaysTest {

    @Test
    void holidaysOf2013MatchTheExchangeSchedule() {
        assertThat(holidays(2013)).containsExactly(
                LocalDate.of(2013, 1, 1), LocalDate.of(2013, 1, 21), LocalDate.of(2013, 2, 18), LocalDate.of(2013, 3, 29),
                LocalDate.of(2013, 5, 27), LocalDate.of(2013, 7, 4), LocalDate.of(2013, 9, 2), LocalDate.of(2013, 11, 28),
                LocalDate.of(2013, 12, 25));
    }

    @Test
    void observedDatesMoveOffWeekendsButASaturdayNewYearIsNotObserved() {
        assertThat(holidays(2021)).containsExactly(
                LocalDate.of(2021, 1, 1), LocalDate.of(2021, 1, 18), LocalDate.of(2021, 2, 15), LocalDate.of(2021, 4, 2),
                LocalDate.of(2021, 5, 31), LocalDate.of(2021, 7, 5), LocalDate.of(2021, 9, 6), LocalDate.of(2021, 11, 25),
                LocalDate.of(2021, 12, 24));
        assertThat(NyseHolidays.isTradingDay(LocalDate.of(2021, 12, 31))).isTrue();
        assertThat(NyseHolidays.isHoliday(LocalDate.of(2022, 6, 20))).as("Juneteenth observed on Monday").isTrue();
        assertThat(NyseHolidays.isHoliday(LocalDate.of(2021, 6, 18))).as("no Juneteenth before 2022").isFalse();
    }

    @Test
    void tradingDayCountsMatchPublishedYearLengths() {
        assertThat(tradingDays(2013)).isEqualTo(252); // also the length of the bundled AAPL 2013 file
        assertThat(tradingDays(2022)).isEqualTo(251);
        assertThat(tradingDays(2012)).isEqualTo(250); // two Sandy closures
    }

    @Test
    void unscheduledClosures() {
        assertThat(NyseHolidays.isHoliday(LocalDate.of(2001, 9, 11))).isTrue();
        assertThat(NyseHolidays.isHoliday(LocalDate.of(2012, 10, 30))).isTrue();
        assertThat(NyseHolidays.isHoliday(LocalDate.of(2018, 12, 5))).isTrue();
    }

    @Test
    void easterByTheGregorianComputus() {
        assertThat(NyseHolidays.easterSunday(2000)).isEqualTo(LocalDate.of(2000, 4, 23));
        assertThat(NyseHolidays.easterSunday(2019)).isEqualTo(LocalDate.of(2019, 4, 21));
        assertThat(NyseHolidays.easterSunday(2024)).isEqualTo(LocalDate.of(2024, 3, 31));
    }

    @Test
    void halfDaysAsTheExchangePublishedThem() {
        // NYSE's published early closes (13:00): 2013 July 3, Nov 29, Dec 24; 2019 July 3, Nov 29, Dec 24;
        // 2024 July 3, Nov 29, Dec 24. In 2015 July 3 was the observed holiday and Dec 24 a half day.
        List<LocalDate> expected = List.of(LocalDate.of(2013, 7, 3), LocalDate.of(2013, 11, 29), LocalDate.of(2013, 12, 24),
                LocalDate.of(2019, 7, 3), LocalDate.of(2019, 11, 29), LocalDate.of(2019, 12, 24),
                LocalDate.of(2024, 7, 3), LocalDate.of(2024, 11, 29), LocalDate.of(2024, 12, 24),
                LocalDate.of(2015, 11, 27), LocalDate.of(2015, 12, 24));
        List<LocalDate> found = new ArrayList<>();
        for (int y : new int[] {2013, 2019, 2024, 2015}) {
            for (LocalDate d = LocalDate.of(y, 1, 1); d.getYear() == y; d = d.plusDays(1)) if (NyseHolidays.isEarlyClose(d)) found.add(d);
        }
        assertThat(found).containsExactlyElementsOf(expected);
        var session = dev.qforge.data.Instrument.usEquity("X").session();
        assertThat(java.time.Instant.ofEpochMilli(session.closeMillis(LocalDate.of(2024, 11, 29))))
                .isEqualTo(java.time.Instant.parse("2024-11-29T18:00:00Z"));
        assertThat(java.time.Instant.ofEpochMilli(session.closeMillis(LocalDate.of(2024, 11, 27))))
                .isEqualTo(java.time.Instant.parse("2024-11-27T21:00:00Z"));
    }

    private static List<LocalDate> holidays(int year) {
        List<LocalDate> out = new ArrayList<>();
        for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
            if (d.getDayOfWeek().getValue() <= 5 && NyseHolidays.isHoliday(d)) out.add(d);
        }
        return out;
    }

    private static int tradingDays(int year) {
        int n = 0;
        for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
            if (NyseHolidays.isTradingDay(d)) n++;
        }
        return n;
    }
}
