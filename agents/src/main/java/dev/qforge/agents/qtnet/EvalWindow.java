package dev.qforge.agents.qtnet;

import dev.qforge.data.BarSeries;
import dev.qforge.data.TradingSession;

import java.time.LocalDate;

/**
 * A test period with a warm-up pre-roll: {@code bars} runs from the first bar of the {@code warmupSessions} whole
 * sessions before the test period's first session (or from the series' start when there are fewer) to the test
 * period's end; {@code testStart} is the close time of the first test bar. The warm-up bars are history only:
 * strategies see them (Dual Thrust's range over the previous {@code n} sessions is defined on the first test
 * session) but do not trade in them, and metrics leave them out ({@link PreRoll}). This is backtrader's
 * {@code minperiod} pre-roll, or Qlib's habit of loading data before the backtest start for its indicators.
 *
 * <p>Sessions are the instrument's trading dates ({@code session.dateOf(barClose)}, the UTC day for crypto), as
 * {@code dual-thrust} groups them. When the test period starts mid-session, the bars of that session before it
 * are warm-up too and the whole sessions are counted before it.
 */
public record EvalWindow(BarSeries bars, long testStart, int warmupSessions, int warmupBars) {

    public EvalWindow {
        if (warmupBars < 0 || warmupBars >= bars.size()) throw new IllegalArgumentException("warm-up of " + warmupBars + " bars leaves no test bar");
        if (bars.time(warmupBars) != testStart) throw new IllegalArgumentException("the test starts at bar " + warmupBars + ", not at " + testStart);
    }

    /**
     * The bars of {@code full} closing in {@code [testFrom, testTo]} preceded by up to {@code sessions} whole
     * sessions of warm-up.
     */
    public static EvalWindow of(BarSeries full, long testFrom, long testTo, int sessions) {
        if (sessions < 0) throw new IllegalArgumentException("warm-up sessions must be >= 0, got " + sessions);
        int first = full.ceilIndex(testFrom);
        if (first < 0 || first >= full.size() || full.time(first) > testTo) {
            throw new IllegalArgumentException("no bar of " + full.symbol() + " closes in the test period");
        }
        int last = full.floorIndex(testTo);
        if (last - first + 1 < 2) throw new IllegalArgumentException("the test period holds " + (last - first + 1) + " bars of " + full.symbol());
        TradingSession session = full.instrument().session();
        LocalDate testDate = session.dateOf(full.time(first));
        int start = first;
        while (start > 0 && session.dateOf(full.time(start - 1)).equals(testDate)) start--; // the test session's earlier bars
        int whole = 0;
        while (whole < sessions && start > 0) {
            LocalDate d = session.dateOf(full.time(start - 1));
            while (start > 0 && session.dateOf(full.time(start - 1)).equals(d)) start--;
            whole++;
        }
        BarSeries bars = full.slice(start, last + 1);
        return new EvalWindow(bars, full.time(first), whole, first - start);
    }

    /** The test bars alone (what is measured). */
    public BarSeries test() {
        return bars.slice(warmupBars, bars.size());
    }
}
