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
    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final java.util.regex.Pattern ISO_DATE = java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final java.util.regex.Pattern US_DATE = java.util.regex.Pattern.compile("\\d{1,2}/\\d{1,2}/\\d{4}");
    private static final java.util.regex.Pattern SLASH_DATE = java.util.regex.Pattern.compile("\\d{4}/\\d{1,2}/\\d{1,2}");
    private static final java.util.regex.Pattern COMPACT_DT = java.util.regex.Pattern.compile("\\d{8} \\d{6}");
    private static final java.util.regex.Pattern ISO_DT = java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}[ T]\\d{1,2}:\\d{2}.*");
    private static final java.util.regex.Pattern YYYYMMDD = java.util.regex.Pattern.compile("(19|20)\\d{6}");
    private static final DateTimeFormatter US = DateTimeFormatter.ofPattern("M/d/uuuu");
    private static final DateTimeFormatter SLASH = DateTimeFormatter.ofPattern("uuuu/M/d");
    private static final DateTimeFormatter COMPACT = DateTimeFormatter.ofPattern("uuuuMMdd HHmmss");

    private TimeParsing() {
    }

    /** Parses {@code s}; throws IllegalArgumentException with a short reason when no layout fits. */
    static Stamp parse(String s, ZoneId zone) {
        String t = unquote(s);
        if (t.isEmpty()) throw new IllegalArgumentException("empty time");
        long fast = fastDateTime(t, zone);
        if (fast != Long.MIN_VALUE) return new Stamp(null, fast);
        try {
            if (NUMBER.matcher(t).matches()) return number(t);
            if (ISO_DATE.matcher(t).matches()) return date(LocalDate.parse(t));
            if (US_DATE.matcher(t).matches()) return date(LocalDate.parse(t, US));
            if (SLASH_DATE.matcher(t).matches()) return date(LocalDate.parse(t, SLASH));
            if (COMPACT_DT.matcher(t).matches()) return instant(LocalDateTime.parse(t, COMPACT), zone);
            if (ISO_DT.matcher(t).matches()) {
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

    /** {@code yyyy-MM-dd HH:mm:ss} with an optional {@code Z} or {@code +HH:MM}, without a formatter; MIN_VALUE otherwise. */
    private static long fastDateTime(String t, ZoneId zone) {
        int n = t.length();
        if ((n != 19 && n != 20 && n != 25) || t.charAt(4) != '-' || t.charAt(7) != '-' || (t.charAt(10) != ' ' && t.charAt(10) != 'T')
                || t.charAt(13) != ':' || t.charAt(16) != ':') return Long.MIN_VALUE;
        int y = digits(t, 0, 4), mo = digits(t, 5, 2), d = digits(t, 8, 2), h = digits(t, 11, 2), mi = digits(t, 14, 2), se = digits(t, 17, 2);
        if (y < 0 || mo < 1 || mo > 12 || d < 1 || d > 31 || h < 0 || h > 23 || mi < 0 || mi > 59 || se < 0 || se > 59) return Long.MIN_VALUE;
        int offset;
        if (n == 19) {
            offset = Integer.MIN_VALUE;
        } else if (n == 20 && t.charAt(19) == 'Z') {
            offset = 0;
        } else if (n == 25 && (t.charAt(19) == '+' || t.charAt(19) == '-') && t.charAt(22) == ':') {
            int oh = digits(t, 20, 2), om = digits(t, 23, 2);
            if (oh < 0 || om < 0) return Long.MIN_VALUE;
            offset = (t.charAt(19) == '-' ? -1 : 1) * (oh * 3600 + om * 60);
        } else {
            return Long.MIN_VALUE;
        }
        LocalDateTime ldt;
        try {
            ldt = LocalDateTime.of(y, mo, d, h, mi, se);
        } catch (java.time.DateTimeException e) {
            return Long.MIN_VALUE; // let the full parser report it
        }
        if (offset == Integer.MIN_VALUE) return ldt.atZone(zone).toInstant().toEpochMilli();
        return ldt.toEpochSecond(java.time.ZoneOffset.ofTotalSeconds(offset)) * 1000;
    }

    private static int digits(String s, int from, int len) {
        int v = 0;
        for (int i = from; i < from + len; i++) {
            char ch = s.charAt(i);
            if (ch < '0' || ch > '9') return -1;
            v = v * 10 + (ch - '0');
        }
        return v;
    }

    private static Stamp number(String t) {
        if (YYYYMMDD.matcher(t).matches()) {
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
