package dev.qforge.agents.env;

import dev.qforge.data.BarSeries;

import java.util.ArrayList;
import java.util.List;

/**
 * A minute series prepared for the environment: its sessions, Dual Thrust lines and market features, and the
 * episodes (one per session) an agent can trade. A session's decisions run from its first bar whose whole
 * observation window is defined (every bar of the window at or after {@link MarketFeatures#firstComplete()}) to
 * its second-to-last bar; on the last bar the position is closed. Sessions with no decision are skipped.
 */
public final class TradingData {

    private final BarSeries series;
    private final EnvConfig config;
    private final SessionIndex sessions;
    private final DualThrustLines lines;
    private final MarketFeatures features;

    public TradingData(BarSeries series, EnvConfig config) {
        if (series.size() < 2) throw new IllegalArgumentException("the environment needs at least 2 bars of " + series.symbol());
        this.series = series;
        this.config = config;
        this.sessions = SessionIndex.of(series);
        this.lines = DualThrustLines.of(series, sessions, config.dtSessions(), config.dtK1(), config.dtK2());
        this.features = MarketFeatures.of(series, lines);
    }

    public BarSeries series() {
        return series;
    }

    public EnvConfig config() {
        return config;
    }

    public SessionIndex sessions() {
        return sessions;
    }

    public DualThrustLines lines() {
        return lines;
    }

    public MarketFeatures features() {
        return features;
    }

    /** First bar at which a decision can be taken (observation window complete). */
    public int firstDecisionBar() {
        return features.firstComplete() + config.window() - 1;
    }

    /** First decision bar of a session, or -1 when the session has none. */
    public int firstDecision(int session) {
        int first = Math.max(sessions.start(session), firstDecisionBar());
        return first < sessions.end(session) ? first : -1;
    }

    /** Sessions with at least one decision whose first bar closes in {@code [fromMillis, toMillis)}. */
    public List<Integer> tradableSessions(long fromMillis, long toMillis) {
        List<Integer> out = new ArrayList<>();
        for (int j = 0; j < sessions.sessions(); j++) {
            long t = series.time(sessions.start(j));
            if (t >= fromMillis && t < toMillis && firstDecision(j) >= 0) out.add(j);
        }
        return out;
    }

    public List<Integer> tradableSessions() {
        return tradableSessions(Long.MIN_VALUE, Long.MAX_VALUE);
    }
}
