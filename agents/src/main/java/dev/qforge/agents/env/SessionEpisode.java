package dev.qforge.agents.env;

/**
 * One session traded by an agent: flat at the open, long or short after each decision, forced flat at the close.
 *
 * <p>At decision bar {@code t} (its close) the agent sees {@link #observe} and picks {@link #SHORT} or {@link #LONG}.
 * Accounting is a broker's, the backtester's own: a change of side closes the held quantity and opens
 * {@code equity / c[t]} units on the new side (equity after the close, sized at the close as the evaluation's
 * strategy sizes), both filled at that close with the backtester's slippage and commission ({@link FillModel}:
 * the slipped price rounded to the instrument's tick, the fee on the notional at that price); the quantity is then
 * held (not rebalanced) and marked at each close. When the next bar is the session's last, the position is closed
 * there at its close (slippage and fee again) and the episode ends. The step's net
 * return {@code R} is the relative change of the session equity (which starts at 1) over the step; the reward is
 * its differential Sharpe ratio, whose moments start at {@code A = 0} and {@code B} = the mean squared one-bar
 * return of up to 390 bars before the first decision (known at the open: no look-ahead).
 *
 * <p>Observation at bar {@code t}: {@code window} rows (bars {@code t − window + 1 … t}) of 14 columns, row-major:
 * the 12 {@link MarketFeatures}, prices as {@code (x / c[t] − 1) · priceScale}, RSI and stochastics as
 * {@code (x − 50) / 50}, the MACD histogram as {@code hist / c[t] · priceScale · 10}; then the account's session
 * profit {@code (equity − 1) · priceScale} and its margin ratio (the signed position held into that bar's close,
 * ±1 or 0). Rows before the episode's first decision show a flat account. Every value comes from bars up to
 * {@code t}.
 */
public final class SessionEpisode {

    public static final int SHORT = 0;
    public static final int LONG = 1;

    private final TradingData data;
    private final int session;
    private final int first;
    private final int last;
    private final double[] closes;
    private final FillModel fills;
    private final double[] profitAt;
    private final double[] marginAt;
    private final DifferentialSharpe dsr;
    private int t;
    private double pos;
    private double units;
    private double equity = 1;
    private double lastReturn;
    private int trades;

    public SessionEpisode(TradingData data, int session) {
        this(data, session, data.firstDecision(session));
    }

    /** An episode that starts later in the session, at decision bar {@code startBar} (for demonstrations). */
    public SessionEpisode(TradingData data, int session, int startBar) {
        this.data = data;
        this.session = session;
        int firstDecision = data.firstDecision(session);
        if (firstDecision < 0) throw new IllegalArgumentException("session " + data.sessions().date(session) + " has no decision bar");
        this.last = data.sessions().end(session);
        if (startBar < firstDecision || startBar >= last) {
            throw new IllegalArgumentException("start bar " + startBar + " is outside the decisions " + firstDecision + ".." + (last - 1)
                    + " of session " + data.sessions().date(session));
        }
        this.first = startBar;
        this.closes = data.series().closes();
        this.fills = new FillModel(data.config(), data.series().instrument());
        this.profitAt = new double[last - first + 1];
        this.marginAt = new double[last - first + 1];
        this.dsr = new DifferentialSharpe(data.config().dsrEta(), data.config().dsrClip());
        dsr.reset(0, priorSecondMoment());
        this.t = first;
    }

    private double priorSecondMoment() {
        int from = Math.max(1, first - 390);
        double sum = 0;
        int n = 0;
        for (int i = from; i <= first; i++) {
            double r = closes[i] / closes[i - 1] - 1;
            sum += r * r;
            n++;
        }
        return n == 0 ? 0 : sum / n;
    }

    public int session() {
        return session;
    }

    /** The current decision bar. */
    public int bar() {
        return t;
    }

    public int firstBar() {
        return first;
    }

    public int lastBar() {
        return last;
    }

    public boolean done() {
        return t >= last;
    }

    public double position() {
        return pos;
    }

    public double equity() {
        return equity;
    }

    /** Net return of the latest step. */
    public double lastReturn() {
        return lastReturn;
    }

    /** Position changes so far (a reversal counts once; the close-out counts once). */
    public int trades() {
        return trades;
    }

    /** Writes the observation at the current bar into {@code out[off .. off + observationSize)}. */
    public void observe(float[] out, int off) {
        EnvConfig c = data.config();
        MarketFeatures f = data.features();
        int w = c.window();
        double ref = closes[t];
        double scale = c.priceScale();
        int k = off;
        for (int j = t - w + 1; j <= t; j++) {
            for (int col = 0; col < MarketFeatures.PRICE_COLUMNS; col++) {
                out[k++] = (float) ((f.get(col, j) / ref - 1) * scale);
            }
            out[k++] = (float) ((f.get(MarketFeatures.RSI, j) - 50) / 50);
            out[k++] = (float) ((f.get(MarketFeatures.STOCH_K, j) - 50) / 50);
            out[k++] = (float) ((f.get(MarketFeatures.STOCH_D, j) - 50) / 50);
            out[k++] = (float) (f.get(MarketFeatures.MACD_HIST, j) / ref * scale * 10);
            boolean inEpisode = j >= first;
            out[k++] = inEpisode ? (float) (profitAt[j - first] * scale) : 0f;
            out[k++] = inEpisode ? (float) marginAt[j - first] : 0f;
        }
    }

    /**
     * Takes the action at the current bar, advances one bar and returns the differential Sharpe reward.
     *
     * @throws IllegalStateException when the episode is over
     */
    public double step(int action) {
        if (done()) throw new IllegalStateException("episode of session " + data.sessions().date(session) + " is over");
        if (action != SHORT && action != LONG) throw new IllegalArgumentException("action must be 0 (short) or 1 (long), got " + action);
        double target = action == LONG ? 1 : -1;
        double p0 = closes[t];
        double before = equity;
        if (target != pos) {
            // close the old side, then open the new one at the whole equity, both at this close
            if (pos != 0) equity += fills.equityChange(-pos * units, p0);
            units = equity / p0;
            equity += fills.equityChange(target * units, p0);
            pos = target;
            trades++;
        }
        t++;
        equity += pos * units * (closes[t] - p0);
        if (t == last) {
            equity += fills.equityChange(-pos * units, closes[t]);
            pos = 0;
            units = 0;
            trades++;
        }
        double r = equity / before - 1;
        lastReturn = r;
        profitAt[t - first] = equity - 1;
        marginAt[t - first] = t == last ? 0 : pos;
        return dsr.update(r);
    }
}
