package dev.qforge.backtest.metrics;

import dev.qforge.backtest.order.Fill;
import dev.qforge.backtest.order.Side;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** Small builders for the metrics tests. */
final class Curves {

    static final long DAY = 86_400_000L;

    private Curves() {
    }

    static long at(String isoInstant) {
        return Instant.parse(isoInstant).toEpochMilli();
    }

    /** Close of {@code date} + {@code days} at 21:00 UTC. */
    static long close(String date, int days) {
        return LocalDate.parse(date).plusDays(days).atTime(21, 0).toInstant(ZoneOffset.UTC).toEpochMilli();
    }

    /** One point a calendar day at 21:00 UTC from {@code startDate}, flat (no exposure). */
    static EquityCurve daily(String startDate, double... equity) {
        long[] t = new long[equity.length];
        for (int i = 0; i < t.length; i++) {
            t[i] = close(startDate, i);
        }
        return new EquityCurve(t, equity, new double[equity.length]);
    }

    static EquityCurve of(long[] time, double... equity) {
        return new EquityCurve(time, equity, new double[equity.length]);
    }

    static Fill fill(String symbol, Side side, double quantity, double price, double commission, long time) {
        return new Fill(1, symbol, side, quantity, price, commission, time, "");
    }
}
