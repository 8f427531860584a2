package dev.qforge.data.load;

import dev.qforge.data.Instrument;
import dev.qforge.data.Timeframe;
import dev.qforge.data.TradingSession;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Converts a source's time convention to qforge's close stamps. Intraday bars close one timeframe
 * after they open; a daily bar closes at its date's session close; a weekly bar labelled with its first
 * day closes at the session close of the last trading day of that week.
 */
final class BarStamps {

    private BarStamps() {
    }

    /** Close stamp of a bar that opened at {@code openMillis}. */
    static long fromOpen(long openMillis, Timeframe tf, Instrument instrument) {
        if (tf.isIntraday()) return openMillis + tf.millis();
        LocalDate d = Instant.ofEpochMilli(openMillis).atZone(instrument.session().zone()).toLocalDate();
        return fromPeriodStart(d, tf, instrument);
    }

    /** Close stamp of a daily or weekly bar whose period starts on {@code d}. */
    static long fromPeriodStart(LocalDate d, Timeframe tf, Instrument instrument) {
        TradingSession session = instrument.session();
        if (tf != Timeframe.W1) return session.closeMillis(d);
        for (int k = 6; k >= 0; k--) {
            if (session.isTradingDay(d.plusDays(k))) return session.closeMillis(d.plusDays(k));
        }
        return session.closeMillis(d.plusDays(6));
    }

    /** Close stamp of a date-only row: the session close of that date. */
    static long ofDate(LocalDate d, Instrument instrument) {
        return instrument.session().closeMillis(d);
    }

    /** First and number of epoch days (1900-01-01 .. 2099-12-31) whose session closes are memoised. */
    private static final int MEMO_FIRST = (int) LocalDate.of(1900, 1, 1).toEpochDay(),
            MEMO_DAYS = (int) (LocalDate.of(2100, 1, 1).toEpochDay() - MEMO_FIRST);
    private static final ConcurrentHashMap<TradingSession, AtomicLongArray> CLOSES = new ConcurrentHashMap<>();

    /**
     * {@code session.closeMillis} of the date {@code epochDay}, memoised per session and date (the zone rules are
     * looked up once per date, not once per row of every file).
     */
    static long closeOfDay(TradingSession session, long epochDay) {
        long k = epochDay - MEMO_FIRST;
        if (k < 0 || k >= MEMO_DAYS) return session.closeMillis(LocalDate.ofEpochDay(epochDay));
        AtomicLongArray memo = CLOSES.get(session);
        if (memo == null) {
            AtomicLongArray fresh = new AtomicLongArray(MEMO_DAYS);
            for (int i = 0; i < MEMO_DAYS; i++) fresh.setPlain(i, Long.MIN_VALUE);
            memo = CLOSES.size() < 64 ? CLOSES.computeIfAbsent(session, s -> fresh) : fresh;
        }
        long v = memo.getOpaque((int) k);
        if (v == Long.MIN_VALUE) {
            v = session.closeMillis(LocalDate.ofEpochDay(epochDay));
            memo.setOpaque((int) k, v);
        }
        return v;
    }
}
