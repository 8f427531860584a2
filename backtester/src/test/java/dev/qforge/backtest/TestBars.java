package dev.qforge.backtest;

import dev.qforge.data.BarSeries;
import dev.qforge.data.Instrument;
import dev.qforge.data.Timeframe;

import java.time.LocalDate;

/** Small hand-made series for tests: daily bars on consecutive NYSE trading days from 2024-01-02. */
public final class TestBars {

    private TestBars() {
    }

    /** Rows of {open, high, low, close, volume}. */
    public static BarSeries daily(String symbol, double[]... rows) {
        return daily(Instrument.usEquity(symbol), LocalDate.of(2024, 1, 2), rows);
    }

    public static BarSeries daily(Instrument instrument, LocalDate first, double[]... rows) {
        var session = instrument.session();
        long[] t = new long[rows.length];
        double[] o = new double[rows.length], h = new double[rows.length], l = new double[rows.length],
                c = new double[rows.length], v = new double[rows.length];
        LocalDate d = first;
        while (!session.isTradingDay(d)) d = d.plusDays(1);
        for (int i = 0; i < rows.length; i++) {
            t[i] = session.closeMillis(d);
            o[i] = rows[i][0];
            h[i] = rows[i][1];
            l[i] = rows[i][2];
            c[i] = rows[i][3];
            v[i] = rows[i].length > 4 ? rows[i][4] : 1_000_000;
            d = session.nextTradingDay(d);
        }
        return BarSeries.of(instrument, Timeframe.D1, t, o, h, l, c, v);
    }

    /** Daily bars whose open, high, low and close are all {@code closes[i]}. */
    public static BarSeries flat(String symbol, double... closes) {
        double[][] rows = new double[closes.length][];
        for (int i = 0; i < closes.length; i++) rows[i] = new double[] {closes[i], closes[i], closes[i], closes[i], 1_000_000};
        return daily(symbol, rows);
    }

    public static double[] bar(double o, double h, double l, double c) {
        return new double[] {o, h, l, c, 1_000_000};
    }

    public static double[] bar(double o, double h, double l, double c, double v) {
        return new double[] {o, h, l, c, v};
    }
}
