package dev.qforge.backtest;

import dev.qforge.backtest.portfolio.Portfolio;
import dev.qforge.backtest.venue.SimulatedVenue;
import dev.qforge.data.BarSeries;
import dev.qforge.data.Instrument;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The event-driven backtest loop, single-threaded per run. Bars of all instruments are merged in time
 * order; a time step is one distinct close time. At each step the engine (1) sets the simulated clock to
 * the close time, (2) makes the bars closing then visible, (3) charges borrow on the shorts held since the
 * previous step (at their previous marks), (4) lets the venue work open orders against the new bars (sells,
 * then buys) and marks positions at the closes, (5) calls the
 * strategy, whose market orders fill within the call when fills are at the signal bar's close, and (6)
 * records equity, cash and gross exposure. At the end every open order is cancelled, so each order ends
 * in a terminal state.
 */
public final class BacktestEngine {

    private final BacktestConfig config;

    public BacktestEngine(BacktestConfig config) {
        this.config = config;
    }

    public BacktestResult run(List<BarSeries> data, Strategy strategy) {
        check(data);
        int n = data.size();
        History[] history = new History[n];
        List<Instrument> instruments = new ArrayList<>();
        int total = 0;
        for (int i = 0; i < n; i++) {
            history[i] = new History(data.get(i));
            instruments.add(data.get(i).instrument());
            total += data.get(i).size();
        }
        long first = Long.MAX_VALUE;
        for (BarSeries s : data) first = Math.min(first, s.firstTime());
        // onStart runs just before the first bar closes
        SimulatedClock clock = new SimulatedClock(first - 1);
        Portfolio portfolio = new Portfolio(instruments, config.initialCash());
        StrategyHost host = new StrategyHost(history, portfolio, clock, strategy);
        SimulatedVenue venue = new SimulatedVenue(instruments, config.execution(), config.rules(), portfolio,
                clock::millis, host::currentBar);
        host.attach(venue);
        double borrowRate = config.rules().borrowRate();

        long[] time = new long[total];
        double[] equity = new double[total];
        double[] cash = new double[total];
        double[] gross = new double[total];
        int[] updated = new int[n];
        int steps = 0;
        long last = Long.MIN_VALUE;
        host.start();
        long[] next = new long[n]; // close time of each instrument's next bar, MAX_VALUE when done
        for (int i = 0; i < n; i++) next[i] = history[i].nextTime();
        while (true) {
            long t = Long.MAX_VALUE;
            for (int i = 0; i < n; i++) t = Math.min(t, next[i]);
            if (t == Long.MAX_VALUE) break;
            clock.set(t);
            int k = 0;
            for (int i = 0; i < n; i++) {
                if (next[i] == t) {
                    host.barVisible(i);
                    next[i] = history[i].nextTime();
                    updated[k++] = i;
                }
            }
            // borrow for the time since the last step, on the shorts held through it (before this step's fills)
            if (last != Long.MIN_VALUE) portfolio.accrueBorrow(borrowRate, t - last);
            last = t;
            venue.onBarsClosed(updated, k);
            for (int j = 0; j < k; j++) host.mark(updated[j]);
            host.step();
            time[steps] = t;
            portfolio.record(equity, gross, steps);
            cash[steps] = portfolio.cash();
            steps++;
        }
        venue.cancelAll("backtest ended with the order open");
        host.end();
        return new BacktestResult(List.copyOf(instruments), config, trim(time, steps), trim(equity, steps), trim(cash, steps),
                trim(gross, steps),
                List.copyOf(host.fills()), host.allOrders(), List.copyOf(host.events()), portfolio.positions(),
                portfolio.fees(), portfolio.borrowPaid());
    }

    private static long[] trim(long[] a, int n) {
        return a.length == n ? a : Arrays.copyOf(a, n);
    }

    private static double[] trim(double[] a, int n) {
        return a.length == n ? a : Arrays.copyOf(a, n);
    }

    private static void check(List<BarSeries> data) {
        if (data == null || data.isEmpty()) throw new IllegalArgumentException("no data to backtest");
        String currency = null;
        for (BarSeries s : data) {
            if (s.isEmpty()) throw new IllegalArgumentException("series " + s.symbol() + " has no bars");
            String c = s.instrument().currency();
            if (currency == null) currency = c;
            else if (!currency.equals(c)) {
                throw new IllegalArgumentException("instruments trade in different currencies (" + currency + ", " + c
                        + " for " + s.symbol() + "): a backtest accounts in one currency");
            }
        }
    }
}
