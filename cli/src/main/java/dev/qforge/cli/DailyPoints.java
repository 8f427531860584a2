package dev.qforge.cli;

import dev.qforge.backtest.BacktestResult;
import dev.qforge.backtest.run.RunStore;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** The equity points a run keeps in the database: the last step of each trading date in the exchange zone. */
final class DailyPoints {

    private DailyPoints() {
    }

    static RunStore.EquityPoints of(BacktestResult r, ZoneId zone) {
        int n = r.steps();
        int[] keep = new int[n];
        int k = 0;
        for (int i = 0; i < n; i++) {
            boolean lastOfDay = i == n - 1 || !date(r.time()[i], zone).equals(date(r.time()[i + 1], zone));
            if (lastOfDay) keep[k++] = i;
        }
        long[] t = new long[k];
        double[] e = new double[k], c = new double[k], g = new double[k];
        for (int j = 0; j < k; j++) {
            t[j] = r.time()[keep[j]];
            e[j] = r.equity()[keep[j]];
            c[j] = r.cash()[keep[j]];
            g[j] = r.grossExposure()[keep[j]];
        }
        return new RunStore.EquityPoints(t, e, c, g);
    }

    private static LocalDate date(long millis, ZoneId zone) {
        // a bar closing at midnight belongs to the day before, as in TradingSession.dateOf
        return Instant.ofEpochMilli(millis - 1).atZone(zone).toLocalDate();
    }
}
