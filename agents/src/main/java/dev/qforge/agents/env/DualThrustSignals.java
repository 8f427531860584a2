package dev.qforge.agents.env;

/**
 * The positions the {@code dual-thrust} strategy (with shorting allowed) holds after each bar's close, for the
 * demonstration buffer: flat at each session's start, long after a close above the buy line, short after a close
 * below the sell line, otherwise unchanged, flat on the session's last bar; nothing trades while the lines are
 * undefined. Returns +1, −1 or 0 per bar.
 */
public final class DualThrustSignals {

    private DualThrustSignals() {
    }

    public static int[] positions(TradingData data) {
        double[] c = data.series().closes();
        SessionIndex s = data.sessions();
        DualThrustLines dt = data.lines();
        int[] out = new int[c.length];
        for (int j = 0; j < s.sessions(); j++) {
            int pos = 0;
            for (int i = s.start(j); i < s.end(j); i++) {
                if (!Double.isNaN(dt.range(i))) {
                    if (c[i] > dt.buy(i)) pos = 1;
                    else if (c[i] < dt.sell(i)) pos = -1;
                }
                out[i] = pos;
            }
            out[s.end(j)] = 0;
        }
        return out;
    }
}
