package dev.qforge.data;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Full-day closures of the New York Stock Exchange, from its published rules: fixed-date holidays move
 * to Friday when they fall on a Saturday (except New Year's Day, which then is not observed) and to
 * Monday on a Sunday; Martin Luther King Day from 1998, Juneteenth from 2022; plus the unscheduled
 * closures since 1994 (funerals of presidents, 9/11, hurricane Sandy).
 */
public final class NyseHolidays {

    private static final Set<LocalDate> SPECIAL = Set.of(
            LocalDate.of(1994, 4, 27), LocalDate.of(2001, 9, 11), LocalDate.of(2001, 9, 12),
            LocalDate.of(2001, 9, 13), LocalDate.of(2001, 9, 14), LocalDate.of(2004, 6, 11),
            LocalDate.of(2007, 1, 2), LocalDate.of(2012, 10, 29), LocalDate.of(2012, 10, 30),
            LocalDate.of(2018, 12, 5), LocalDate.of(2025, 1, 9));

    private NyseHolidays() {
    }

    /** The rule-based holidays that {@link #isHoliday} tests a date of year {@code y} against, computed once per year
     * (venues ask for every DAY order, so the Easter and nth-weekday arithmetic is not repeated per call). */
    private static final ConcurrentMap<Integer, Set<LocalDate>> BY_YEAR = new ConcurrentHashMap<>();

    /** True when the exchange is closed all day on a weekday {@code d}. */
    public static boolean isHoliday(LocalDate d) {
        return SPECIAL.contains(d) || BY_YEAR.computeIfAbsent(d.getYear(), NyseHolidays::ruleDates).contains(d);
    }

    /** The dates the rules give, tested against a day of year {@code y}: the same candidates as the rules spell
     * out, New Year's Day of {@code y + 1} included. */
    private static Set<LocalDate> ruleDates(int y) {
        Set<LocalDate> dates = new HashSet<>();
        dates.add(newYear(y));
        dates.add(newYear(y + 1));
        if (y >= 1998) dates.add(nth(y, Month.JANUARY, DayOfWeek.MONDAY, 3));
        dates.add(nth(y, Month.FEBRUARY, DayOfWeek.MONDAY, 3));
        dates.add(easterSunday(y).minusDays(2));
        dates.add(LocalDate.of(y, Month.MAY, 31).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
        if (y >= 2022) dates.add(observed(LocalDate.of(y, Month.JUNE, 19)));
        dates.add(observed(LocalDate.of(y, Month.JULY, 4)));
        dates.add(nth(y, Month.SEPTEMBER, DayOfWeek.MONDAY, 1));
        dates.add(nth(y, Month.NOVEMBER, DayOfWeek.THURSDAY, 4));
        dates.add(observed(LocalDate.of(y, Month.DECEMBER, 25)));
        return Set.copyOf(dates);
    }

    /**
     * True on the trading days the exchange closes at 13:00: the day after Thanksgiving, Christmas Eve and
     * July 3, when they are trading days (the published rule of recent decades; one-off exceptions are not
     * modelled).
     */
    public static boolean isEarlyClose(LocalDate d) {
        if (!isTradingDay(d)) return false;
        int y = d.getYear();
        return d.equals(nth(y, Month.NOVEMBER, DayOfWeek.THURSDAY, 4).plusDays(1))
                || (d.getMonth() == Month.DECEMBER && d.getDayOfMonth() == 24)
                || (d.getMonth() == Month.JULY && d.getDayOfMonth() == 3);
    }

    /** True on weekdays that are not holidays. */
    public static boolean isTradingDay(LocalDate d) {
        DayOfWeek w = d.getDayOfWeek();
        return w != DayOfWeek.SATURDAY && w != DayOfWeek.SUNDAY && !isHoliday(d);
    }

    private static LocalDate newYear(int y) {
        LocalDate d = LocalDate.of(y, 1, 1);
        if (d.getDayOfWeek() == DayOfWeek.SUNDAY) return d.plusDays(1);
        return d; // a Saturday New Year's Day is simply not observed
    }

    private static LocalDate observed(LocalDate d) {
        return switch (d.getDayOfWeek()) {
            case SATURDAY -> d.minusDays(1);
            case SUNDAY -> d.plusDays(1);
            default -> d;
        };
    }

    private static LocalDate nth(int y, Month m, DayOfWeek w, int n) {
        return LocalDate.of(y, m, 1).with(TemporalAdjusters.dayOfWeekInMonth(n, w));
    }

    /** Gregorian Easter Sunday (anonymous Gregorian algorithm, Meeus/Jones/Butcher). */
    static LocalDate easterSunday(int y) {
        int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4;
        int f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31, day = ((h + l - 7 * m + 114) % 31) + 1;
        return LocalDate.of(y, month, day);
    }
}
