package dev.qforge.data.load;

import dev.qforge.data.Instrument;
import dev.qforge.data.Timeframe;
import dev.qforge.data.TradingSession;
import java.time.Instant;
import java.time.LocalDate;

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
}
