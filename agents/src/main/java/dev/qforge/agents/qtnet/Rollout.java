package dev.qforge.agents.qtnet;

import dev.qforge.agents.env.SessionEpisode;
import dev.qforge.agents.env.TradingData;
import dev.qforge.agents.replay.Episode;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Plays a group of sessions side by side (sessions are independent episodes: flat at each open and close), one
 * batched policy step per bar, and records each episode for replay. The agent's recurrent state starts at zero at
 * each episode's first decision. Actions come from the policy's probabilities plus Gaussian noise of standard
 * deviation {@code noise} (argmax), or, for demonstrations, from a fixed table of positions (+1/−1 per bar; the
 * episode then starts at the table's first non-zero position of the session).
 */
final class Rollout {

    /** Result of one group: its recorded episodes, the steps taken, the summed reward and session returns. */
    record Result(List<Episode> episodes, long steps, double rewardSum, double returnSum) {
    }

    private Rollout() {
    }

    static Result play(QtNetAgent agent, TradingData data, List<Integer> sessions, int[] expert, int[] demoPositions,
                       double noise, Random rnd) {
        int obsSize = agent.observationSize(), stateSize = agent.stateSize();
        List<SessionEpisode> eps = new ArrayList<>();
        for (int s : sessions) {
            if (demoPositions == null) {
                eps.add(new SessionEpisode(data, s));
                continue;
            }
            int start = -1;
            SessionEpisode probe = new SessionEpisode(data, s);
            for (int i = probe.firstBar(); i < probe.lastBar(); i++) {
                if (demoPositions[i] != 0) {
                    start = i;
                    break;
                }
            }
            if (start >= 0) eps.add(new SessionEpisode(data, s, start));
        }
        int k = eps.size();
        List<Episode> records = new ArrayList<>();
        for (int j = 0; j < k; j++) records.add(new Episode(obsSize, 2, stateSize));
        float[] state = new float[k * stateSize];
        float[] obs = new float[k * obsSize];
        long steps = 0;
        double rewardSum = 0;
        int[] active = new int[k];
        while (true) {
            int n = 0;
            for (int j = 0; j < k; j++) if (!eps.get(j).done()) active[n++] = j;
            if (n == 0) break;
            float[] st = new float[n * stateSize];
            for (int a = 0; a < n; a++) {
                eps.get(active[a]).observe(obs, a * obsSize);
                System.arraycopy(state, active[a] * stateSize, st, a * stateSize, stateSize);
            }
            float[] before = st.clone();
            float[] pi = agent.act(n * obsSize == obs.length ? obs : java.util.Arrays.copyOf(obs, n * obsSize), st, n);
            for (int a = 0; a < n; a++) {
                int j = active[a];
                SessionEpisode e = eps.get(j);
                int action;
                if (demoPositions != null) {
                    action = demoPositions[e.bar()] > 0 ? SessionEpisode.LONG : SessionEpisode.SHORT;
                } else {
                    double p0 = pi[a * 2] + noise * rnd.nextGaussian();
                    double p1 = pi[a * 2 + 1] + noise * rnd.nextGaussian();
                    action = p1 > p0 ? SessionEpisode.LONG : SessionEpisode.SHORT;
                }
                int bar = e.bar();
                float[] o = java.util.Arrays.copyOfRange(obs, a * obsSize, (a + 1) * obsSize);
                double r = e.step(action);
                float[] act = new float[2];
                act[action] = 1;
                records.get(j).add(o, act, (float) r, e.done(), expert == null ? -1 : expert[bar],
                        java.util.Arrays.copyOfRange(before, a * stateSize, (a + 1) * stateSize));
                System.arraycopy(st, a * stateSize, state, j * stateSize, stateSize);
                rewardSum += r;
                steps++;
            }
        }
        double returns = 0;
        for (SessionEpisode e : eps) returns += e.equity() - 1;
        return new Result(records, steps, rewardSum, returns);
    }
}
