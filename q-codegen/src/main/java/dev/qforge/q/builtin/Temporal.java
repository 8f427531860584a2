package dev.qforge.q.builtin;

import dev.qforge.q.eval.QError;
import dev.qforge.q.value.*;

import java.time.LocalDate;

/**
 * Casts between temporal types and the parts of a temporal value (code.kx.com/q/ref/cast, "Temporal").
 * Units: timestamp and timespan count nanoseconds, time milliseconds, second seconds, minute minutes (a
 * timestamp's time of day for the last four), date days and month months since 2000.01.01. A cast to a
 * coarser unit rounds down ({@code `minute$12:34:56.789} is {@code 12:34}); a date cast to month is its
 * month, a month cast to date its first day. The parts {@code `year`mm`dd`hh`uu`ss} are ints; a null
 * gives {@code 0Ni}. {@code mm} is the month of a date, month or timestamp and, as q gives {@code t.mm}, the
 * minute of a time of day.
 */
public final class Temporal {
    private Temporal() {}
    private static final long DAY_NS = 86_400_000_000_000L, EPOCH_DAY_2000 = 10_957;

    /** True for the part names {@code `year`mm`dd`hh`uu`ss}, which Cast takes besides type names. */
    public static boolean isPart(String s) {
        return switch (s) { case "year", "mm", "dd", "hh", "uu", "ss" -> true; default -> false; };
    }

    /** The names dot notation takes after a temporal value ({@code t.minute}, {@code d.year}): parts and temporal types. */
    public static boolean isField(String s) {
        if (isPart(s)) return true;
        for (int t = T.TIMESTAMP; t <= T.TIME; t++) if (T.NAMES[t].equals(s)) return true;
        return false;
    }

    /** {@code `name$y} for a part or temporal type name (atomic over lists and dictionaries). */
    public static QObj field(String name, QObj y) {
        if (!isPart(name)) {
            for (int t = T.TIMESTAMP; t <= T.TIME; t++) if (T.NAMES[t].equals(name)) return Cast.to(t, y);
            throw new QError("type");
        }
        if (y instanceof Dict d) return new Dict(d.k, field(name, d.v));
        if (!y.isAtom()) {
            QObj[] items = Lists.items(y);
            if (items.length == 0) return Lists.empty(T.INT);
            QObj[] r = new QObj[items.length];
            for (int i = 0; i < r.length; i++) r[i] = field(name, items[i]);
            return Lists.fromItems(r);
        }
        if (!(y instanceof LAtom l) || !T.isTemporal(l.t)) throw new QError("type");
        int from = -l.t;
        if (T.isNullL(from, l.v)) return new LAtom(-T.INT, T.nullOf(T.INT));
        long v;
        switch (name) {
            case "year", "mm", "dd" -> {
                if (name.equals("mm") && from != T.MONTH && from != T.DATE && from != T.TIMESTAMP) return field("uu", y);
                LocalDate d;
                if (from == T.MONTH) d = LocalDate.of(2000 + (int) Math.floorDiv(l.v, 12), (int) Math.floorMod(l.v, 12) + 1, 1);
                else if (from == T.DATE || from == T.TIMESTAMP) d = day(convert(from, T.DATE, l.v));
                else throw new QError("type");
                if (name.equals("dd") && from == T.MONTH) throw new QError("type");
                v = name.equals("year") ? d.getYear() : name.equals("mm") ? d.getMonthValue() : d.getDayOfMonth();
            }
            default -> {
                if (from == T.MONTH || from == T.DATE) throw new QError("type");
                long ns = from == T.TIMESTAMP ? Math.floorMod(l.v, DAY_NS) : l.v * nanos(from);
                long s = Math.floorDiv(ns, 1_000_000_000L);
                v = switch (name) { case "hh" -> Math.floorDiv(s, 3600); case "uu" -> Math.floorMod(Math.floorDiv(s, 60), 60); default -> Math.floorMod(s, 60); };
            }
        }
        return new LAtom(-T.INT, T.wrap(T.INT, v));
    }

    /** Converts a non-null value of temporal type {@code from} to temporal type {@code to} (neither datetime). */
    static long convert(int from, int to, long v) {
        if (from == to) return v;
        boolean fromDay = from == T.DATE || from == T.MONTH, toDay = to == T.DATE || to == T.MONTH;
        if (fromDay) {
            long days = from == T.DATE ? v : day0(v);
            if (to == T.DATE) return days;
            if (to == T.MONTH) { LocalDate d = day(days); return (d.getYear() - 2000) * 12L + d.getMonthValue() - 1; }
            if (to == T.TIMESTAMP) return days * DAY_NS;
            throw new QError("type");
        }
        if (from == T.TIMESTAMP) {
            if (toDay) return convert(T.DATE, to, Math.floorDiv(v, DAY_NS));
            return Math.floorDiv(Math.floorMod(v, DAY_NS), nanos(to));
        }
        if (toDay || to == T.TIMESTAMP) throw new QError("type");
        return Math.floorDiv(v * nanos(from), nanos(to));
    }

    private static long nanos(int t) {
        return switch (t) {
            case T.TIMESPAN -> 1;
            case T.MINUTE -> 60_000_000_000L;
            case T.SECOND -> 1_000_000_000L;
            case T.TIME -> 1_000_000L;
            default -> throw new QError("type");
        };
    }

    private static LocalDate day(long days) { return LocalDate.ofEpochDay(days + EPOCH_DAY_2000); }

    private static long day0(long month) {
        return LocalDate.of(2000 + (int) Math.floorDiv(month, 12), (int) Math.floorMod(month, 12) + 1, 1).toEpochDay() - EPOCH_DAY_2000;
    }
}
