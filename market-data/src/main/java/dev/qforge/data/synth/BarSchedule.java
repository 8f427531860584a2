package dev.qforge.data.synth;

import dev.qforge.data.Instrument;
import dev.qforge.data.Timeframe;
import dev.qforge.data.TradingSession;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Objects;

/**
 * The close times of {@code count} consecutive synthetic bars and the length of each bar in years.
 *
 * <p>Bars follow the instrument's {@link TradingSession}: daily bars are stamped at the session close of
 * each trading day (NYSE days for exchange sessions, every day for around-the-clock ones), weekly bars at
 * the close of the last trading day of each Monday-to-Sunday week, intraday bars at {@code open + k * length}
 * inside regular hours, the last bar of a day closing at the session close (so a 1h bar on a 6.5h equity
 * session ends the day as a 30-minute bar). Only trading time counts: nights, weekends and holidays add no
 * variance.
 *
 * <p>Annualisation: a year holds {@value #EXCHANGE_DAYS_PER_YEAR} trading days on an exchange session and
 * {@value #ALL_DAYS_PER_YEAR} on an around-the-clock one. A daily bar is {@code 1/daysPerYear} of a year, a
 * weekly bar {@code tradingDaysInWeek/daysPerYear}, an intraday bar {@code (barMinutes/sessionMinutes)/daysPerYear}
 * (a 5-minute equity bar is 1/(78 * 252) of a year, a 5-minute crypto bar 1/(288 * 365)).
 */
public final class BarSchedule {

    public static final int EXCHANGE_DAYS_PER_YEAR = 252;
    public static final int ALL_DAYS_PER_YEAR = 365;

    private final long[] closeTimes;
    private final double[] yearFractions;

    private BarSchedule(long[] closeTimes, double[] yearFractions) {
        this.closeTimes = closeTimes;
        this.yearFractions = yearFractions;
    }

    /** The first {@code count} bars of {@code instrument}'s session closing on or after the first trading day from {@code start}. */
    public static BarSchedule of(Instrument instrument, Timeframe timeframe, LocalDate start, int count) {
        Objects.requireNonNull(instrument, "instrument");
        Objects.requireNonNull(timeframe, "timeframe");
        Objects.requireNonNull(start, "start");
        if (count < 1) throw new IllegalArgumentException("bar count must be at least 1, got " + count);
        TradingSession session = instrument.session();
        double daysPerYear = daysPerYear(session);
        long[] times = new long[count];
        double[] dt = new double[count];
        LocalDate day = session.isTradingDay(start) ? start : session.nextTradingDay(start);
        int n = 0;
        if (timeframe == Timeframe.D1) {
            for (; n < count; n++, day = session.nextTradingDay(day)) {
                times[n] = session.closeMillis(day);
                dt[n] = 1 / daysPerYear;
            }
        } else if (timeframe == Timeframe.W1) {
            while (n < count) {
                LocalDate weekEnd = day.with(DayOfWeek.SUNDAY);
                int days = 0;
                LocalDate last = day;
                for (; !day.isAfter(weekEnd); day = session.nextTradingDay(day)) {
                    last = day;
                    days++;
                }
                times[n] = session.closeMillis(last);
                dt[n++] = days / daysPerYear;
            }
        } else {
            long sessionMillis = sessionMillis(session);
            long bar = timeframe.millis();
            for (; n < count; day = session.nextTradingDay(day)) {
                long open = session.openMillis(day);
                long close = open + sessionMillis;
                for (long end = open + bar; n < count; end += bar) {
                    long stamp = Math.min(end, close);
                    times[n] = stamp;
                    long prev = n == 0 || times[n - 1] < open ? open : times[n - 1];
                    dt[n++] = (double) (stamp - prev) / sessionMillis / daysPerYear;
                    if (stamp == close) break;
                }
            }
        }
        return new BarSchedule(times, dt);
    }

    /**
     * Full-length bars per year: {@code daysPerYear} daily bars, {@code daysPerYear/5} weekly bars on an exchange
     * ({@code /7} around the clock), {@code daysPerYear * sessionLength / barLength} intraday bars.
     */
    public static double periodsPerYear(TradingSession session, Timeframe timeframe) {
        double days = daysPerYear(session);
        return switch (timeframe) {
            case D1 -> days;
            case W1 -> days / (session.allDays() ? 7 : 5);
            default -> days * sessionMillis(session) / (double) timeframe.millis();
        };
    }

    /** {@value #EXCHANGE_DAYS_PER_YEAR} for exchange sessions, {@value #ALL_DAYS_PER_YEAR} for around-the-clock ones. */
    public static double daysPerYear(TradingSession session) {
        return session.allDays() ? ALL_DAYS_PER_YEAR : EXCHANGE_DAYS_PER_YEAR;
    }

    static long sessionMillis(TradingSession session) {
        if (session.allDays()) return ChronoUnit.DAYS.getDuration().toMillis();
        return ChronoUnit.MILLIS.between(session.open(), session.close());
    }

    public int size() {
        return closeTimes.length;
    }

    public long closeTime(int i) {
        return closeTimes[i];
    }

    /** Length of bar {@code i} in years (trading time only). */
    public double yearFraction(int i) {
        return yearFractions[i];
    }

    public long[] closeTimes() {
        return closeTimes.clone();
    }

    public double[] yearFractions() {
        return yearFractions.clone();
    }

    @Override
    public String toString() {
        return "BarSchedule[" + closeTimes.length + " bars, year fractions " + Arrays.stream(yearFractions).min().orElse(0)
                + " .. " + Arrays.stream(yearFractions).max().orElse(0) + "]";
    }
}
