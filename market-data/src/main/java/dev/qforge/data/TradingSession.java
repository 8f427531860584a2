package dev.qforge.data;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * When an instrument trades. Two calendars are modelled: around the clock every day (crypto: the
 * session of date D runs from D 00:00 to D+1 00:00 in the exchange zone) and the regular exchange
 * session on NYSE trading days (09:30 to 16:00 exchange time) for everything else. Date-only (daily
 * and weekly) bars are stamped at the session close of their date; extended-hours minutes are allowed
 * in data but gaps are only counted inside regular hours. The exchange session closes at 13:00 on NYSE
 * half days ({@link NyseHolidays#isEarlyClose}).
 */
public record TradingSession(ZoneId zone, LocalTime open, LocalTime close, boolean allDays) {

    /** Close of the exchange session on half days. */
    public static final LocalTime EARLY_CLOSE = LocalTime.of(13, 0);

    public static TradingSession forInstrument(Instrument instrument) {
        if (instrument.assetClass() == AssetClass.CRYPTO) {
            return new TradingSession(instrument.exchangeZone(), LocalTime.MIDNIGHT, LocalTime.MIDNIGHT, true);
        }
        return new TradingSession(instrument.exchangeZone(), LocalTime.of(9, 30), LocalTime.of(16, 0), false);
    }

    public boolean isTradingDay(LocalDate d) {
        return allDays || NyseHolidays.isTradingDay(d);
    }

    /** Epoch milliseconds of the session close of date {@code d} (for 24h sessions, midnight after {@code d}). */
    public long closeMillis(LocalDate d) {
        LocalDate day = allDays ? d.plusDays(1) : d;
        LocalTime c = !allDays && NyseHolidays.isEarlyClose(d) ? EARLY_CLOSE : close;
        return day.atTime(c).atZone(zone).toInstant().toEpochMilli();
    }

    /** Epoch milliseconds of the session open of date {@code d}. */
    public long openMillis(LocalDate d) {
        return d.atTime(open).atZone(zone).toInstant().toEpochMilli();
    }

    /** The trading date a bar closing at {@code closeMillis} belongs to (a close at midnight belongs to the day before). */
    public LocalDate dateOf(long closeMillis) {
        return Instant.ofEpochMilli(closeMillis - 1).atZone(zone).toLocalDate();
    }

    /** True when the bar ending at {@code closeMillis} with the given length lies inside regular hours of a trading day. */
    public boolean inRegularHours(long closeMillis, long barMillis) {
        LocalDate d = dateOf(closeMillis);
        if (!isTradingDay(d)) return false;
        if (allDays) return true;
        return closeMillis - barMillis >= openMillis(d) && closeMillis <= closeMillis(d);
    }

    /** Next trading date strictly after {@code d}. */
    public LocalDate nextTradingDay(LocalDate d) {
        LocalDate n = d.plusDays(1);
        while (!isTradingDay(n)) n = n.plusDays(1);
        return n;
    }
}
