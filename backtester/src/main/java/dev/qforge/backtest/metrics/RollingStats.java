package dev.qforge.backtest.metrics;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Collections;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Series for reports, on the same conventions as {@link MetricsCalculator}: simple returns between daily
 * points in a zone (the last bar of each local date), sample standard deviations, annualisation by
 * {@link MetricsConfig#periodsPerYear()}, drawdowns on every bar.
 */
public final class RollingStats {

    private RollingStats() {
    }

    /**
     * Daily simple returns aligned with {@code curve.daily(zone)}: element {@code j} is the return ending at
     * daily point {@code j}. Element 0 is NaN when daily point 0 is the curve's first point (daily bars);
     * with intraday bars it is the first day's return from the first bar to that day's close.
     */
    public static double[] dailyReturns(EquityCurve curve, ZoneId zone) {
        curve.requireUsable();
        return DailyReturns.of(curve, zone).aligned().clone();
    }

    /**
     * Annualised Sharpe ratio over the last {@code window} daily returns, aligned with
     * {@code curve.daily(config.zone())}; NaN until {@code window} returns have ended at or before a point.
     * Each value is {@code (mean(r) - rf) / stdev(r) * sqrt(periodsPerYear)} over the window.
     *
     * @throws IllegalArgumentException when {@code window} is below 2
     */
    public static double[] rollingSharpe(EquityCurve curve, int window, MetricsConfig config) {
        if (window < 2) {
            throw new IllegalArgumentException("rolling window must be at least 2 returns, got " + window);
        }
        curve.requireUsable();
        DailyReturns daily = DailyReturns.of(curve, config.zone());
        double[] r = daily.aligned();
        double rf = config.periodRiskFreeRate();
        double sqrtPeriods = Math.sqrt(config.periodsPerYear());
        double[] out = new double[r.length];
        for (int j = 0; j < r.length; j++) {
            int from = j - window + 1;
            out[j] = from < daily.first() ? Double.NaN
                    : Stats.ratio(Stats.mean(r, from, j + 1) - rf, Stats.sampleStdev(r, from, j + 1)) * sqrtPeriods;
        }
        return out;
    }

    /** Underwater series per bar: {@code equity[i] / max(equity[0..i]) - 1}, zero at a new high, else negative. */
    public static double[] drawdown(EquityCurve curve) {
        curve.requireUsable();
        return DrawdownAnalysis.underwater(curve.equity());
    }

    /**
     * Compounded return of each calendar month in {@code zone}: the month's last daily point over the previous
     * month's last daily point, minus one. The first month runs from the curve's first point.
     */
    public static SortedMap<YearMonth, Double> monthlyReturns(EquityCurve curve, ZoneId zone) {
        Objects.requireNonNull(zone, "zone");
        curve.requireUsable();
        EquityCurve daily = curve.daily(zone);
        TreeMap<YearMonth, Double> out = new TreeMap<>();
        double base = curve.equity()[0];
        long[] t = daily.time();
        double[] e = daily.equity();
        for (int j = 0; j < t.length; j++) {
            YearMonth month = YearMonth.from(Instant.ofEpochMilli(t[j]).atZone(zone));
            boolean monthEnd = j == t.length - 1
                    || !YearMonth.from(Instant.ofEpochMilli(t[j + 1]).atZone(zone)).equals(month);
            if (monthEnd) {
                out.put(month, e[j] / base - 1);
                base = e[j];
            }
        }
        return Collections.unmodifiableSortedMap(out);
    }
}
