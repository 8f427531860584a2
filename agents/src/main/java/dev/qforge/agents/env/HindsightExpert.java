package dev.qforge.agents.env;

/**
 * iRDPG's hindsight expert, a training label only (never part of an observation): with the whole session known,
 * it buys at the session's lowest close and sells at its highest. Since the action space has no flat position,
 * the legs into and out of those extremes are held short (or long, mirrored): when the low comes first the label is
 * short before the low, long from the low until the high, short after it; when the high comes first it is long
 * before the high, short from the high until the low, long after it. Ties take the first occurrence; a session
 * with a constant close is labelled long throughout.
 */
public final class HindsightExpert {

    private HindsightExpert() {
    }

    /** The expert's action ({@link SessionEpisode#SHORT} or {@link SessionEpisode#LONG}) for every bar of the series. */
    public static int[] labels(TradingData data) {
        double[] c = data.series().closes();
        SessionIndex s = data.sessions();
        int[] out = new int[c.length];
        for (int j = 0; j < s.sessions(); j++) {
            int from = s.start(j), to = s.end(j);
            int lo = from, hi = from;
            for (int i = from; i <= to; i++) {
                if (c[i] < c[lo]) lo = i;
                if (c[i] > c[hi]) hi = i;
            }
            for (int i = from; i <= to; i++) {
                int a;
                if (c[lo] == c[hi]) a = SessionEpisode.LONG;
                else if (lo < hi) a = i >= lo && i < hi ? SessionEpisode.LONG : SessionEpisode.SHORT;
                else a = i >= hi && i < lo ? SessionEpisode.SHORT : SessionEpisode.LONG;
                out[i] = a;
            }
        }
        return out;
    }
}
