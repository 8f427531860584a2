package dev.qforge.strategies.rules;

import dev.qforge.backtest.order.OrderRequest;
import dev.qforge.backtest.order.Side;

import dev.qforge.backtest.History;
import dev.qforge.backtest.StrategyContext;
import dev.qforge.data.TradingSession;

import java.time.LocalDate;

/**
 * {@code dual-thrust}: Michael Chalek's intraday range breakout, flat at every session close.
 *
 * <p>Rule. Over the previous {@code n} complete sessions take HH (highest high), LL (lowest low), HC (highest
 * close) and LC (lowest close); {@code Range = max(HH − LC, HC − LL)}. In today's session, with {@code open} the
 * open of its first bar, a bar closing above {@code open + k1 · Range} makes the strategy long (from flat or short),
 * a bar closing below {@code open − k2 · Range} makes it short when {@code allowShort} (from flat or long) and
 * otherwise only closes a long. On the last bar of each session it closes whatever it holds and opens nothing.
 *
 * <p>Modelling assumptions:
 * <ul>
 *   <li>sessions come from the instrument's {@link TradingSession}: a bar belongs to the trading date
 *       {@code session.dateOf(barClose)} (for 24-hour crypto the UTC day); a session's high, low and close are
 *       those of all its bars (extended-hours bars included when the data has them), its open the first bar's open;</li>
 *   <li>a bar is the session's last when no further bar of the timeframe fits before the session close
 *       ({@code barClose + timeframe > session.closeMillis(date)}); on that bar it sends a market-on-close order
 *       (see {@code OrderType.MARKET_ON_CLOSE}: placed before the closing auction, which is fair since the decision
 *       needs only the clock), so it is flat at every session close whatever the fill timing. If a session's last
 *       bar is missing from the data, the position is closed on the first bar of the next session instead, and
 *       that bar opens nothing;</li>
 *   <li>triggers are judged on bar closes, not intrabar highs and lows (no stop orders), and trade with market
 *       orders sized by {@link Sizing} (the same size long and short);</li>
 *   <li>needs intraday bars: with daily bars every bar is a session's last and nothing would ever trade, so it
 *       refuses them at the start. Until {@code n} sessions are complete nothing trades.</li>
 * </ul>
 */
public final class DualThrustStrategy extends SingleInstrumentStrategy {

    private final int n;
    private final double k1;
    private final double k2;
    private final boolean allowShort;
    private final double[] highs;
    private final double[] lows;
    private final double[] closes;
    private int completed;
    private TradingSession session;
    private long barMillis;
    private LocalDate date;
    private long sessionClose;
    private double dayOpen, dayHigh, dayLow, dayClose;
    private double range = Double.NaN;
    private boolean firstBar;
    private boolean lastBar;

    public DualThrustStrategy(String symbol, int n, double k1, double k2, boolean allowShort, Sizing sizing) {
        super(symbol, sizing);
        if (n < 1) throw new IllegalArgumentException("dual-thrust needs n >= 1 sessions, got " + n);
        this.n = n;
        this.k1 = k1;
        this.k2 = k2;
        this.allowShort = allowShort;
        this.highs = new double[n];
        this.lows = new double[n];
        this.closes = new double[n];
    }

    @Override
    protected void start(StrategyContext ctx, History h) {
        if (!h.timeframe().isIntraday()) {
            throw new IllegalArgumentException("dual-thrust trades within sessions and needs intraday bars; "
                    + h.symbol() + " has " + h.timeframe() + " bars");
        }
        session = h.instrument().session();
        barMillis = h.timeframe().millis();
    }

    @Override
    protected void update(History h, int i) {
        long t = h.time(i);
        firstBar = false;
        if (date == null || t > sessionClose) {
            LocalDate d = session.dateOf(t);
            if (!d.equals(date)) {
                if (date != null) {
                    int slot = completed++ % n;
                    highs[slot] = dayHigh;
                    lows[slot] = dayLow;
                    closes[slot] = dayClose;
                }
                date = d;
                sessionClose = session.closeMillis(d);
                dayOpen = h.open(i);
                dayHigh = h.high(i);
                dayLow = h.low(i);
                range = completed >= n ? range() : Double.NaN;
                firstBar = true;
            }
        }
        dayHigh = Math.max(dayHigh, h.high(i));
        dayLow = Math.min(dayLow, h.low(i));
        dayClose = h.close(i);
        lastBar = t + barMillis > sessionClose;
    }

    /** Range over the last n completed sessions (the ring buffer holds exactly those). */
    private double range() {
        double hh = Double.NEGATIVE_INFINITY, ll = Double.POSITIVE_INFINITY;
        double hc = Double.NEGATIVE_INFINITY, lc = Double.POSITIVE_INFINITY;
        for (int j = 0; j < n; j++) {
            hh = Math.max(hh, highs[j]);
            ll = Math.min(ll, lows[j]);
            hc = Math.max(hc, closes[j]);
            lc = Math.min(lc, closes[j]);
        }
        return Math.max(hh - lc, hc - ll);
    }

    @Override
    protected void decide(StrategyContext ctx, History h) {
        double q = position(ctx);
        if (lastBar) {
            // flat at the session close whatever the fill timing: the decision needs only the clock
            cancelWorking(ctx);
            if (q != 0) ctx.submit(OrderRequest.marketOnClose(symbol(), q > 0 ? Side.SELL : Side.BUY, Math.abs(q)));
            return;
        }
        if (firstBar && q != 0) {
            cancelWorking(ctx);
            target(ctx, 0);
            return;
        }
        if (Double.isNaN(range) || hasWorkingOrder()) return;
        double c = h.lastClose();
        if (c > dayOpen + k1 * range && q <= 0) {
            target(ctx, sizing.units(ctx, h));
        } else if (c < dayOpen - k2 * range) {
            if (allowShort && q >= 0) target(ctx, -sizing.units(ctx, h));
            else if (!allowShort && q > 0) target(ctx, 0);
        }
    }

    /** The range in force for the current session (NaN until {@code n} sessions are complete); for tests and reports. */
    public double currentRange() {
        return range;
    }
}
