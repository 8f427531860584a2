package dev.qforge.agents.models;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;

/**
 * Train, valid and test periods as inclusive date ranges, parsed from {@code "2005:2014,2015:2016,2017:2020"}
 * (whole years) or {@code "2005-01-01:2014-12-31,..."} (dates), as the R&D-Agent(Q) and Qlib benchmarks
 * split their data. The three periods must be in order and must not overlap.
 */
public record SplitSpec(LocalDate trainFrom, LocalDate trainTo, LocalDate validFrom, LocalDate validTo,
                        LocalDate testFrom, LocalDate testTo) {

    /** The split of the sp500-daily figures: train 2005-2014, valid 2015-2016, test 2017-2020. */
    public static final SplitSpec SP500_DEFAULT = parse("2005:2014,2015:2016,2017:2020");

    public SplitSpec {
        LocalDate[] d = {trainFrom, trainTo, validFrom, validTo, testFrom, testTo};
        for (int i = 0; i + 1 < d.length; i++) {
            boolean ok = (i % 2 == 0) ? !d[i].isAfter(d[i + 1]) : d[i].isBefore(d[i + 1]);
            if (!ok) throw new IllegalArgumentException("split periods out of order or overlapping: " + Arrays.toString(d));
        }
    }

    public static SplitSpec parse(String text) {
        String[] parts = text.trim().split(",");
        if (parts.length != 3) {
            throw new IllegalArgumentException("split '" + text + "': expected three periods train,valid,test like 2005:2014,2015:2016,2017:2020");
        }
        LocalDate[] d = new LocalDate[6];
        for (int i = 0; i < 3; i++) {
            String[] ends = parts[i].trim().split(":");
            if (ends.length != 2) throw new IllegalArgumentException("split period '" + parts[i] + "': expected FROM:TO");
            d[2 * i] = date(ends[0].trim(), true, parts[i]);
            d[2 * i + 1] = date(ends[1].trim(), false, parts[i]);
        }
        return new SplitSpec(d[0], d[1], d[2], d[3], d[4], d[5]);
    }

    private static LocalDate date(String s, boolean start, String period) {
        try {
            if (s.matches("\\d{4}")) {
                int y = Integer.parseInt(s);
                return start ? LocalDate.of(y, 1, 1) : LocalDate.of(y, 12, 31);
            }
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("split period '" + period + "': '" + s + "' is neither a year nor a yyyy-MM-dd date");
        }
    }

    /**
     * Row ranges {@code [from, to)} of each period on a grid of bar close times (epoch millis), dates read in
     * {@code zone}. A bar belongs to the date of the millisecond before its close, as {@code TradingSession.dateOf}:
     * a 24-hour market's daily bar closes at the next midnight and is still the bar of the day before.
     */
    public SplitRows rows(long[] times, ZoneId zone) {
        int[] r = new int[6];
        LocalDate[] froms = {trainFrom, validFrom, testFrom};
        LocalDate[] tos = {trainTo, validTo, testTo};
        for (int p = 0; p < 3; p++) {
            r[2 * p] = firstOnOrAfter(times, froms[p], zone);
            r[2 * p + 1] = firstOnOrAfter(times, tos[p].plusDays(1), zone);
            if (r[2 * p] >= r[2 * p + 1]) {
                throw new IllegalArgumentException("split period " + froms[p] + ":" + tos[p] + " has no rows in the data ("
                        + (times.length == 0 ? "empty" : dateOf(times[0], zone) + " to " + dateOf(times[times.length - 1], zone)) + ")");
            }
        }
        return new SplitRows(r[0], r[1], r[2], r[3], r[4], r[5]);
    }

    /** The first row whose bar is of {@code day} or later: the first close strictly after that day's midnight. */
    private static int firstOnOrAfter(long[] times, LocalDate day, ZoneId zone) {
        long t = day.atStartOfDay(zone).toInstant().toEpochMilli();
        int i = Arrays.binarySearch(times, t);
        return i >= 0 ? i + 1 : -i - 1; // times are strictly increasing: a close at midnight exactly is the day before's
    }

    /** The trading date of a bar closing at {@code closeMillis} (a close at midnight belongs to the day before). */
    public static LocalDate dateOf(long closeMillis, ZoneId zone) {
        return LocalDate.ofInstant(java.time.Instant.ofEpochMilli(closeMillis - 1), zone);
    }

    @Override
    public String toString() {
        return trainFrom + ":" + trainTo + "," + validFrom + ":" + validTo + "," + testFrom + ":" + testTo;
    }

    /**
     * Row ranges of the three periods. {@link #purged} trims the end of train and valid by the label's
     * horizon, so that no training label is computed from a price inside the next period.
     */
    public record SplitRows(int trainFrom, int trainTo, int validFrom, int validTo, int testFrom, int testTo) {
        public SplitRows purged(int horizon) {
            return new SplitRows(trainFrom, Math.max(trainFrom, Math.min(trainTo, validFrom - horizon)),
                    validFrom, Math.max(validFrom, Math.min(validTo, testFrom - horizon)), testFrom, testTo);
        }
    }
}
