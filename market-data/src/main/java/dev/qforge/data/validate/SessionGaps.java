package dev.qforge.data.validate;

import dev.qforge.data.Timeframe;
import dev.qforge.data.TradingSession;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;

/**
 * Finds bars missing against the session calendar between consecutive bars (never before the first or
 * after the last): for 24h sessions every intraday step, day and week; for exchange sessions the trading
 * days (NYSE holidays excluded) for daily bars, weeks with a trading day for weekly bars, and the bar
 * closes inside regular hours (09:30-16:00) for intraday bars whose length divides the 390-minute session.
 * On half days the session ends at 13:00 ({@link dev.qforge.data.NyseHolidays#isEarlyClose}).
 */
final class SessionGaps {

    private static final int MAX_PER_GAP = 1_000_000;

    private SessionGaps() {
    }

    /** Reports one GAP per run of missing bars; when {@code fill}, inserts flat zero-volume bars at the previous close. */
    static void check(Work w, Timeframe tf, TradingSession s, boolean fill) {
        if (!s.allDays() && tf.isIntraday() && (390 * 60_000L) % tf.millis() != 0) return;
        long[][] missing = new long[w.n][];
        int total = 0;
        EpochDays days = tf == Timeframe.D1 ? new EpochDays(s.zone()) : null;
        long dayBefore = days == null || w.n == 0 ? 0 : days.of(w.t[0]);
        for (int i = 1; i < w.n; i++) {
            if (days != null) { // daily bars: no date between the two bars' dates, or only a weekend, means nothing is missing
                long day = days.of(w.t[i]), prev = dayBefore;
                dayBefore = day;
                if (day - prev <= 1 || (!s.allDays() && onlyWeekend(prev, day))) continue;
            }
            long[] m = missing(w.t[i - 1], w.t[i], tf, s);
            if (m.length == 0) continue;
            missing[i] = m;
            total += m.length;
            String span = tf.isIntraday() ? Work.at(m[0]) + " .. " + Work.at(m[m.length - 1])
                    : s.dateOf(m[0]) + " .. " + s.dateOf(m[m.length - 1]);
            w.report(ProblemKind.GAP, i, "time", m.length + (m.length == 1 ? " missing " : " missing ") + tf + " bar"
                    + (m.length == 1 ? "" : "s") + " (" + span + ") before this bar" + (fill ? "; repaired: filled with flat zero-volume bars at the previous close" : ""));
        }
        if (!fill || total == 0) return;
        int m = w.n + total, k = 0;
        long[] t = new long[m], line = new long[m];
        double[] o = new double[m], h = new double[m], l = new double[m], c = new double[m], v = new double[m];
        for (int i = 0; i < w.n; i++) {
            if (missing[i] != null) {
                double p = w.c[i - 1];
                for (long x : missing[i]) {
                    t[k] = x; line[k] = w.line[i]; o[k] = h[k] = l[k] = c[k] = p; v[k] = 0;
                    k++;
                }
            }
            t[k] = w.t[i]; line[k] = w.line[i]; o[k] = w.o[i]; h[k] = w.h[i]; l[k] = w.l[i]; c[k] = w.c[i]; v[k] = w.v[i];
            k++;
        }
        w.t = t; w.line = line; w.o = o; w.h = h; w.l = l; w.c = c; w.v = v; w.n = m;
        w.inserted += total;
    }

    /** Expected bar close stamps strictly between {@code prev} and {@code cur}. */
    static long[] missing(long prev, long cur, Timeframe tf, TradingSession s) {
        long[] out = new long[8];
        int n = 0;
        if (tf.isIntraday()) {
            long step = tf.millis();
            long x = s.allDays() ? prev + step : nextRegular(prev, step, s);
            while (x < cur && n < MAX_PER_GAP) {
                if (n == out.length) out = Arrays.copyOf(out, n * 2);
                out[n++] = x;
                x = s.allDays() ? x + step : nextRegular(x, step, s);
            }
        } else if (tf == Timeframe.D1) {
            LocalDate end = s.dateOf(cur);
            for (LocalDate d = s.dateOf(prev).plusDays(1); d.isBefore(end) && n < MAX_PER_GAP; d = d.plusDays(1)) {
                if (!s.isTradingDay(d)) continue;
                if (n == out.length) out = Arrays.copyOf(out, n * 2);
                out[n++] = s.closeMillis(d);
            }
        } else {
            LocalDate end = monday(s.dateOf(cur));
            for (LocalDate wk = monday(s.dateOf(prev)).plusWeeks(1); wk.isBefore(end) && n < MAX_PER_GAP; wk = wk.plusWeeks(1)) {
                for (int k = 6; k >= 0; k--) {
                    if (s.isTradingDay(wk.plusDays(k))) {
                        if (n == out.length) out = Arrays.copyOf(out, n * 2);
                        out[n++] = s.closeMillis(wk.plusDays(k));
                        break;
                    }
                }
            }
        }
        return Arrays.copyOf(out, n);
    }

    /** True when every date strictly between the epoch days {@code a} and {@code b} is a Saturday or a Sunday. */
    private static boolean onlyWeekend(long a, long b) {
        if (b - a > 3) return false;
        for (long d = a + 1; d < b; d++) {
            int dow = (int) Math.floorMod(d + 3, 7L); // 0 = Monday, as DayOfWeek.ordinal()
            if (dow < 5) return false;
        }
        return true;
    }

    /**
     * {@code TradingSession.dateOf} as an epoch day, with the zone offset kept until its next transition (the rules are
     * asked twice a year instead of once per bar). The day is floor((t - 1 ms + offset) / 1 day), as atZone computes it.
     */
    static final class EpochDays {
        private final java.time.zone.ZoneRules rules;
        private long from = Long.MAX_VALUE, until = Long.MIN_VALUE;
        private long offsetMillis;

        EpochDays(java.time.ZoneId zone) {
            this.rules = zone.getRules();
        }

        long of(long closeMillis) {
            long t = closeMillis - 1;
            if (t < from || t >= until) {
                Instant at = Instant.ofEpochMilli(t);
                offsetMillis = rules.getOffset(at).getTotalSeconds() * 1000L;
                java.time.zone.ZoneOffsetTransition next = rules.nextTransition(at);
                from = t;
                until = next == null ? Long.MAX_VALUE : next.getInstant().toEpochMilli();
            }
            return Math.floorDiv(Math.floorDiv(t, 1000L) * 1000L + offsetMillis, 86_400_000L);
        }
    }

    private static LocalDate monday(LocalDate d) {
        return d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** The first regular-hours bar close strictly after {@code t}. */
    static long nextRegular(long t, long step, TradingSession s) {
        LocalDate d = Instant.ofEpochMilli(t).atZone(s.zone()).toLocalDate();
        long after = t;
        while (true) {
            if (s.isTradingDay(d)) {
                long open = s.openMillis(d), close = s.closeMillis(d);
                if (after < open + step) return open + step;
                if (after < close) return open + ((after - open) / step + 1) * step;
            }
            d = d.plusDays(1);
            after = Long.MIN_VALUE;
        }
    }
}
