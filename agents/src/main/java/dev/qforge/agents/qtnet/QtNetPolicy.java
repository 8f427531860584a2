package dev.qforge.agents.qtnet;

import dev.qforge.agents.env.SessionEpisode;
import dev.qforge.agents.env.TradingData;

/**
 * A trained agent acting greedily, one bar at a time, on one instrument: at each session's first decision bar it
 * opens a {@link SessionEpisode} (which keeps the account features of the observation) and zeroes the recurrent
 * state; at each decision bar it returns the argmax action and steps the episode with it. Deterministic.
 */
public final class QtNetPolicy {

    private final QtNetAgent agent;
    private final TradingData data;
    private final float[] obs;
    private final float[] state;
    private SessionEpisode episode;

    public QtNetPolicy(QtNetAgent agent, TradingData data) {
        if (agent.observationSize() != data.config().observationSize()) {
            throw new IllegalArgumentException("the agent takes observations of " + agent.observationSize()
                    + " values, the environment gives " + data.config().observationSize());
        }
        this.agent = agent;
        this.data = data;
        this.obs = new float[agent.observationSize()];
        this.state = new float[agent.stateSize()];
    }

    public TradingData data() {
        return data;
    }

    /**
     * The position to hold after bar {@code bar}'s close: +1 long, −1 short, 0 flat (outside decision bars and on
     * each session's last bar). Bars must be visited in increasing order.
     */
    public int positionAt(int bar) {
        int s = data.sessions().sessionOf(bar);
        int first = data.firstDecision(s);
        if (first < 0 || bar < first || bar >= data.sessions().end(s)) {
            episode = null;
            return 0;
        }
        if (bar == first || episode == null || episode.session() != s) {
            episode = new SessionEpisode(data, s);
            java.util.Arrays.fill(state, 0);
            while (episode.bar() < bar) episode.step(act()); // joined mid-session: catch up on the bars before
        }
        if (episode.bar() != bar) throw new IllegalStateException("bars must be visited in order: expected " + episode.bar() + ", got " + bar);
        int a = act();
        episode.step(a);
        return a == SessionEpisode.LONG ? 1 : -1;
    }

    private int act() {
        episode.observe(obs, 0);
        float[] pi = agent.act(obs, state, 1);
        return pi[1] > pi[0] ? SessionEpisode.LONG : SessionEpisode.SHORT;
    }
}
