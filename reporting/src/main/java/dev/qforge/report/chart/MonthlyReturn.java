package dev.qforge.report.chart;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The return of one calendar month, a fraction ({@code 0.012} is +1.2%); {@code month} is 1 (January)
 * to 12 (December).
 */
public record MonthlyReturn(int year, int month, double value) {

    public MonthlyReturn {
        if (month < 1 || month > 12) throw new IllegalArgumentException("month must be 1..12, got " + month + " (year " + year + ")");
    }

    /**
     * Monthly returns of an equity curve, months in UTC. A month's return is its last finite equity
     * value over the last finite value of the month before it that has data, minus one; the first month
     * is measured from the first finite value. A month without any finite value gets no entry (and the
     * next month's return then covers the gap). Finite equity must be positive.
     */
    public static List<MonthlyReturn> fromEquity(long[] times, double[] equity) {
        ChartStyle.requireSeries("equity", times, equity);
        List<MonthlyReturn> out = new ArrayList<>();
        double base = Double.NaN;
        double last = Double.NaN;
        YearMonth month = null;
        for (int i = 0; i < equity.length; i++) {
            double e = equity[i];
            if (!Double.isFinite(e)) continue;
            if (e <= 0) {
                throw new IllegalArgumentException("monthly returns need positive equity, but equity is " + e + " on "
                        + ChartStyle.date(times[i]) + " (index " + i + ")");
            }
            YearMonth m = YearMonth.from(Instant.ofEpochMilli(times[i]).atZone(ZoneOffset.UTC));
            if (month == null) {
                base = e;
            } else if (!m.equals(month)) {
                out.add(new MonthlyReturn(month.getYear(), month.getMonthValue(), last / base - 1));
                base = last;
            }
            month = m;
            last = e;
        }
        if (month != null) out.add(new MonthlyReturn(month.getYear(), month.getMonthValue(), last / base - 1));
        return out;
    }
}
