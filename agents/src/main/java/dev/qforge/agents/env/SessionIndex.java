package dev.qforge.agents.env;

import dev.qforge.data.BarSeries;
import dev.qforge.data.TradingSession;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The trading sessions of a bar series, from the instrument's {@link TradingSession}: bar {@code i} belongs to
 * the trading date {@code session.dateOf(time[i])}, exactly as the {@code dual-thrust} strategy groups bars. For
 * 24-hour crypto calendars a session is the UTC day (00:00 to 24:00 in the exchange zone, which is UTC for the
 * bundled and shared crypto sets); for exchange-traded instruments it is the regular session of an NYSE trading
 * day (extended-hours bars in the data count toward the day they fall on).
 *
 * <p>A session is the run of consecutive bars with the same date; {@link #start(int)} and {@link #end(int)} are
 * inclusive bar indices. {@link #endsAtClose(int)} says whether the session's last bar is its closing bar
 * (no further bar of the timeframe fits before the session close), so truncated data is recognisable.
 */
public final class SessionIndex {

    private final int[] sessionOf;
    private final int[] starts;
    private final int[] ends;
    private final LocalDate[] dates;
    private final boolean[] complete;

    private SessionIndex(int[] sessionOf, int[] starts, int[] ends, LocalDate[] dates, boolean[] complete) {
        this.sessionOf = sessionOf;
        this.starts = starts;
        this.ends = ends;
        this.dates = dates;
        this.complete = complete;
    }

    public static SessionIndex of(BarSeries series) {
        if (!series.timeframe().isIntraday()) {
            throw new IllegalArgumentException("sessions need intraday bars; " + series.symbol() + " has "
                    + series.timeframe() + " bars");
        }
        TradingSession session = series.instrument().session();
        long barMillis = series.timeframe().millis();
        int n = series.size();
        int[] of = new int[n];
        List<Integer> s = new ArrayList<>();
        List<Integer> e = new ArrayList<>();
        List<LocalDate> d = new ArrayList<>();
        LocalDate current = null;
        for (int i = 0; i < n; i++) {
            LocalDate date = session.dateOf(series.time(i));
            if (!date.equals(current)) {
                if (current != null) e.add(i - 1);
                s.add(i);
                d.add(date);
                current = date;
            }
            of[i] = s.size() - 1;
        }
        if (current != null) e.add(n - 1);
        int k = s.size();
        int[] starts = new int[k];
        int[] ends = new int[k];
        boolean[] complete = new boolean[k];
        for (int j = 0; j < k; j++) {
            starts[j] = s.get(j);
            ends[j] = e.get(j);
            complete[j] = series.time(ends[j]) + barMillis > session.closeMillis(d.get(j));
        }
        return new SessionIndex(of, starts, ends, d.toArray(LocalDate[]::new), complete);
    }

    public int sessions() {
        return starts.length;
    }

    /** Index of the session bar {@code i} belongs to. */
    public int sessionOf(int bar) {
        return sessionOf[bar];
    }

    public int start(int session) {
        return starts[session];
    }

    public int end(int session) {
        return ends[session];
    }

    public LocalDate date(int session) {
        return dates[session];
    }

    /** True when the session's last bar in the data is the bar that ends at the session close. */
    public boolean endsAtClose(int session) {
        return complete[session];
    }
}
