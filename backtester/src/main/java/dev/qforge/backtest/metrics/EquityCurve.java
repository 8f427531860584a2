package dev.qforge.backtest.metrics;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Objects;

/**
 * The account's equity over a backtest, one point per bar.
 *
 * <p>{@code time[i]} is the close time of bar {@code i} in epoch millis (strictly increasing),
 * {@code equity[i]} is cash plus positions marked at that close, and {@code grossExposure[i]} is the sum of
 * the absolute market values of the open positions at that close (zero when flat).
 *
 * <p>Return-based metrics are computed on {@linkplain #daily(ZoneId) daily points}: the last point of each
 * local date in a zone. For a curve of daily bars this is the identity. Drawdowns are measured on every
 * bar, so an intraday trough that recovers by the close still counts.
 *
 * <p>The arrays are copied when the record is built; the accessors hand out the record's own arrays,
 * which callers must not modify.
 */
public record EquityCurve(long[] time, double[] equity, double[] grossExposure) {

    /**
     * @throws IllegalArgumentException when the arrays differ in length or the times do not increase
     */
    public EquityCurve {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(equity, "equity");
        Objects.requireNonNull(grossExposure, "grossExposure");
        if (equity.length != time.length || grossExposure.length != time.length) {
            throw new IllegalArgumentException(String.format(
                    "equity curve arrays differ in length: time has %d points, equity %d, grossExposure %d",
                    time.length, equity.length, grossExposure.length));
        }
        for (int i = 1; i < time.length; i++) {
            if (time[i] <= time[i - 1]) {
                throw new IllegalArgumentException(String.format(
                        "equity curve times must increase: point %d (%s) is not after point %d (%s)",
                        i, Instant.ofEpochMilli(time[i]), i - 1, Instant.ofEpochMilli(time[i - 1])));
            }
        }
        time = time.clone();
        equity = equity.clone();
        grossExposure = grossExposure.clone();
    }

    /** Number of points. */
    public int size() {
        return time.length;
    }

    public boolean isEmpty() {
        return time.length == 0;
    }

    /**
     * One point per local date in {@code zone} (a point at midnight closes the day before): the last point of
     * each date (the day's close). Returns this
     * curve when every point already falls on its own date (daily bars).
     */
    public EquityCurve daily(ZoneId zone) {
        Objects.requireNonNull(zone, "zone");
        int n = time.length;
        boolean[] keep = new boolean[n];
        int kept = 0;
        for (int i = 0; i < n; i++) {
            keep[i] = i == n - 1 || epochDay(time[i], zone) != epochDay(time[i + 1], zone);
            if (keep[i]) {
                kept++;
            }
        }
        if (kept == n) {
            return this;
        }
        long[] t = new long[kept];
        double[] e = new double[kept];
        double[] g = new double[kept];
        for (int i = 0, j = 0; i < n; i++) {
            if (keep[i]) {
                t[j] = time[i];
                e[j] = equity[i];
                g[j] = grossExposure[i];
                j++;
            }
        }
        return new EquityCurve(t, e, g);
    }

    /**
     * Checks what the metrics need: at least one point, equity finite and positive, gross exposure finite
     * and not negative.
     *
     * @throws IllegalArgumentException naming the first offending point and its time
     */
    void requireUsable() {
        if (time.length == 0) {
            throw new IllegalArgumentException("equity curve is empty: there are no points to compute metrics on");
        }
        for (int i = 0; i < time.length; i++) {
            if (!Double.isFinite(equity[i]) || equity[i] <= 0) {
                throw new IllegalArgumentException(String.format(
                        "equity must be finite and positive: point %d at %s has equity %s",
                        i, Instant.ofEpochMilli(time[i]), equity[i]));
            }
            if (!Double.isFinite(grossExposure[i]) || grossExposure[i] < 0) {
                throw new IllegalArgumentException(String.format(
                        "gross exposure must be finite and not negative: point %d at %s has gross exposure %s",
                        i, Instant.ofEpochMilli(time[i]), grossExposure[i]));
            }
        }
    }

    /**
     * The date a point closing at {@code millis} belongs to: a close at midnight ends the day before, as in
     * {@code TradingSession.dateOf} (a crypto bar closing at 24:00 UTC is that day's last).
     */
    static long epochDay(long millis, ZoneId zone) {
        return LocalDate.ofInstant(Instant.ofEpochMilli(millis - 1), zone).toEpochDay();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EquityCurve c && Arrays.equals(time, c.time) && Arrays.equals(equity, c.equity)
                && Arrays.equals(grossExposure, c.grossExposure);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Arrays.hashCode(time) + Arrays.hashCode(equity)) + Arrays.hashCode(grossExposure);
    }

    @Override
    public String toString() {
        if (time.length == 0) {
            return "EquityCurve[empty]";
        }
        return String.format("EquityCurve[%d points, %s %s .. %s %s]", time.length,
                Instant.ofEpochMilli(time[0]), equity[0], Instant.ofEpochMilli(time[time.length - 1]),
                equity[time.length - 1]);
    }
}
