package dev.qforge.cli;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** Parsing of --from/--to arguments and display of bar times. */
final class Times {

    private Times() {
    }

    /** A date (start of that day in {@code zone}) or an ISO instant; null stays null. */
    static Long parseStart(String s, ZoneId zone) {
        if (s == null) return null;
        try {
            return LocalDate.parse(s).atStartOfDay(zone).toInstant().toEpochMilli();
        } catch (DateTimeParseException e) {
            return parseInstant(s);
        }
    }

    /** A date (end of that day in {@code zone}, inclusive) or an ISO instant; null stays null. */
    static Long parseEnd(String s, ZoneId zone) {
        if (s == null) return null;
        try {
            return LocalDate.parse(s).plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli() - 1;
        } catch (DateTimeParseException e) {
            return parseInstant(s);
        }
    }

    private static long parseInstant(String s) {
        try {
            return Instant.parse(s).toEpochMilli();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("cannot read '" + s + "' as a date (2013-01-31) or an instant (2013-01-31T16:00:00Z)");
        }
    }

    /** A close time in the exchange zone, e.g. {@code 2013-01-02 16:00 America/New_York}. */
    static String show(long millis, ZoneId zone) {
        var z = Instant.ofEpochMilli(millis).atZone(zone);
        String t = z.toLocalDate() + " " + z.toLocalTime();
        return zone.equals(ZoneOffset.UTC) ? t + "Z" : t;
    }
}
