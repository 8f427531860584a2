package dev.qforge.data.load;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;

/**
 * Parses the date and time layouts found in market data files: {@code yyyy-MM-dd}, {@code yyyyMMdd},
 * {@code MM/dd/yyyy}, {@code yyyy/MM/dd}, {@code yyyy-MM-dd HH:mm[:ss[.fff]]} (space or T), ISO-8601
 * with an offset or Z, {@code yyyyMMdd HHmmss}, and epoch seconds or milliseconds (a number above
 * 10^11 is milliseconds). Times without an offset are read in the given zone.
 */
final class TimeParsing {

    /** A parsed stamp: a date (date-only rows) or an instant in epoch milliseconds. */
    record Stamp(LocalDate date, long millis) {
        boolean dateOnly() {
            return date != null;
        }
    }

    private static final DateTimeFormatter DATE_TIME = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE).appendLiteral('T').append(DateTimeFormatter.ISO_LOCAL_TIME)
            .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HH", "Z").optionalEnd()
            .toFormatter();
    private static final DateTimeFormatter US = DateTimeFormatter.ofPattern("M/d/uuuu");
    private static final DateTimeFormatter SLASH = DateTimeFormatter.ofPattern("uuuu/M/d");
    private static final DateTimeFormatter COMPACT = DateTimeFormatter.ofPattern("uuuuMMdd HHmmss");

    private TimeParsing() {
    }

    /** Parses {@code s}; throws IllegalArgumentException with a short reason when no layout fits. */
    static Stamp parse(String s, ZoneId zone) {
        String t = unquote(s);
        if (t.isEmpty()) throw new IllegalArgumentException("empty time");
        try {
            if (t.matches("-?\\d+(\\.\\d+)?")) return number(t);
            if (t.matches("\\d{4}-\\d{2}-\\d{2}")) return date(LocalDate.parse(t));
            if (t.matches("\\d{1,2}/\\d{1,2}/\\d{4}")) return date(LocalDate.parse(t, US));
            if (t.matches("\\d{4}/\\d{1,2}/\\d{1,2}")) return date(LocalDate.parse(t, SLASH));
            if (t.matches("\\d{8} \\d{6}")) return instant(LocalDateTime.parse(t, COMPACT), zone);
            if (t.matches("\\d{4}-\\d{2}-\\d{2}[ T]\\d{1,2}:\\d{2}.*")) {
                String iso = t.substring(0, 10) + "T" + t.substring(11).trim().replace(" ", "");
                if (iso.charAt(12) == ':') iso = iso.substring(0, 11) + "0" + iso.substring(11); // H:mm
                TemporalAccessor ta = DATE_TIME.parse(iso);
                LocalDateTime ldt = LocalDateTime.of(LocalDate.from(ta), LocalTime.from(ta));
                if (ta.isSupported(ChronoField.OFFSET_SECONDS)) {
                    long ms = ldt.toEpochSecond(java.time.ZoneOffset.ofTotalSeconds(ta.get(ChronoField.OFFSET_SECONDS))) * 1000
                            + ldt.getNano() / 1_000_000;
                    return new Stamp(null, ms);
                }
                return instant(ldt, zone);
            }
        } catch (DateTimeParseException | ArithmeticException e) {
            throw new IllegalArgumentException("not a valid date/time: '" + t + "'");
        }
        throw new IllegalArgumentException("unknown date/time layout: '" + t + "'");
    }

    /** Joins a date column and a time column ("HH:mm[:ss]" or "HHmmss") into one stamp. */
    static Stamp parse(String date, String time, ZoneId zone) {
        String tm = unquote(time);
        if (tm.matches("\\d{6}")) tm = tm.substring(0, 2) + ":" + tm.substring(2, 4) + ":" + tm.substring(4);
        else if (tm.matches("\\d{4}")) tm = tm.substring(0, 2) + ":" + tm.substring(2);
        Stamp d = parse(date, zone);
        if (!d.dateOnly()) throw new IllegalArgumentException("date column holds a time: '" + date + "'");
        return parse(d.date() + " " + tm, zone);
    }

    private static Stamp number(String t) {
        if (t.matches("(19|20)\\d{6}")) {
            try {
                return date(LocalDate.parse(t, DateTimeFormatter.BASIC_ISO_DATE));
            } catch (DateTimeParseException e) {
                // not a date: fall through to epoch seconds
            }
        }
        double v = Double.parseDouble(t);
        long ms = Math.abs(v) >= 1e11 ? Math.round(v) : Math.round(v * 1000);
        return new Stamp(null, ms);
    }

    private static Stamp date(LocalDate d) {
        return new Stamp(d, 0);
    }

    private static Stamp instant(LocalDateTime ldt, ZoneId zone) {
        return new Stamp(null, ldt.atZone(zone).toInstant().toEpochMilli());
    }

    static String unquote(String s) {
        String t = s.trim();
        if (t.length() >= 2 && (t.charAt(0) == '"' || t.charAt(0) == '\'') && t.charAt(t.length() - 1) == t.charAt(0)) {
            t = t.substring(1, t.length() - 1).trim();
        }
        return t;
    }
}
