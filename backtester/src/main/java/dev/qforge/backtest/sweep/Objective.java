package dev.qforge.backtest.sweep;

import dev.qforge.backtest.BacktestResult;
import dev.qforge.data.TradingSession;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * Simple objectives computed from a {@link BacktestResult} alone; higher is better. A sweep takes any
 * {@code ToDoubleFunction<BacktestResult>}, so richer metrics plug in the same way; these are the
 * built-in ones, named on the command line by {@link #parse}.
 *
 * <ul>
 *   <li>{@link #TOTAL_RETURN}: {@code finalEquity / initialCash - 1}.</li>
 *   <li>{@link #FINAL_EQUITY}: the last point of the equity curve (the initial cash for an empty run).</li>
 *   <li>{@link #SHARPE}: annualised Sharpe ratio of daily returns with a zero risk-free rate:
 *       {@code mean / sampleStdev * sqrt(252)}. A day is a trading date of the first instrument's session
 *       ({@link TradingSession#dateOf}); its equity is the equity at the day's last time step, and the
 *       first day's return is measured from the initial cash. NaN when there are fewer than two daily
 *       returns, when the returns do not vary (stdev 0, up to rounding), or when equity falls to zero or below.</li>
 * </ul>
 */
public enum Objective implements ToDoubleFunction<BacktestResult> {

    TOTAL_RETURN("total-return") {
        @Override
        public double applyAsDouble(BacktestResult r) {
            return r.finalEquity() / r.config().initialCash() - 1;
        }
    },
    FINAL_EQUITY("final-equity") {
        @Override
        public double applyAsDouble(BacktestResult r) {
            return r.finalEquity();
        }
    },
    SHARPE("sharpe") {
        @Override
        public double applyAsDouble(BacktestResult r) {
            return sharpe(dailyReturns(r));
        }
    };

    /** Trading days per year used to annualise the Sharpe ratio. */
    public static final int TRADING_DAYS = 252;

    private final String label;

    Objective(String label) {
        this.label = label;
    }

    /** The name {@link #parse} accepts, e.g. {@code total-return}. */
    public String label() {
        return label;
    }

    /**
     * An objective by name, ignoring case and treating {@code _} like {@code -}: {@code total-return}
     * (or {@code return}), {@code final-equity} (or {@code equity}), {@code sharpe}.
     */
    public static Objective parse(String name) {
        String key = name == null ? "" : name.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        for (Objective o : values()) if (o.label.equals(key)) return o;
        if (key.equals("return")) return TOTAL_RETURN;
        if (key.equals("equity")) return FINAL_EQUITY;
        throw new IllegalArgumentException("unknown objective '" + name + "'; expected one of "
                + Arrays.stream(values()).map(Objective::label).toList());
    }

    /** Day-over-day returns of the equity curve as described on {@link #SHARPE}; NaN past a non-positive equity. */
    static double[] dailyReturns(BacktestResult r) {
        long[] time = r.time();
        double[] equity = r.equity();
        if (time.length == 0) return new double[0];
        TradingSession session = r.instruments().get(0).session();
        double[] out = new double[time.length];
        int n = 0;
        double previous = r.config().initialCash();
        for (int i = 0; i < time.length; i++) {
            boolean lastOfDay = i == time.length - 1 || !session.dateOf(time[i + 1]).equals(session.dateOf(time[i]));
            if (!lastOfDay) continue;
            out[n++] = previous > 0 ? equity[i] / previous - 1 : Double.NaN;
            previous = equity[i];
        }
        return Arrays.copyOf(out, n);
    }

    /** {@code mean / sampleStdev * sqrt(252)}; NaN for fewer than two returns or no variation. */
    static double sharpe(double[] returns) {
        int n = returns.length;
        if (n < 2) return Double.NaN;
        double mean = 0;
        for (double x : returns) mean += x;
        mean /= n;
        double ss = 0;
        for (double x : returns) ss += (x - mean) * (x - mean);
        double sd = Math.sqrt(ss / (n - 1));
        if (!(sd > 0) || sd <= Math.abs(mean) * 1e-12) return Double.NaN; // constant returns, up to rounding
        return mean / sd * Math.sqrt(TRADING_DAYS);
    }
}
