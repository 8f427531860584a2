package dev.qforge.backtest.venue;

import dev.qforge.backtest.model.AccountRules;
import dev.qforge.backtest.model.BuyingPower;
import dev.qforge.backtest.model.Execution;
import dev.qforge.backtest.model.Lots;
import dev.qforge.backtest.model.ExecutionModel;
import dev.qforge.backtest.model.FillTiming;
import dev.qforge.backtest.model.OrderMatcher;
import dev.qforge.backtest.model.OrderValidator;
import dev.qforge.backtest.order.Fill;
import dev.qforge.backtest.order.Order;
import dev.qforge.backtest.order.OrderRequest;
import dev.qforge.backtest.order.OrderStatus;
import dev.qforge.backtest.order.OrderType;
import dev.qforge.backtest.order.Side;
import dev.qforge.backtest.portfolio.AccountView;
import dev.qforge.data.Bar;
import dev.qforge.data.Instrument;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.function.LongSupplier;

/**
 * The backtest's exchange and broker in one: accepts or rejects orders, works them against each new bar
 * with the {@link ExecutionModel} and checks buying power with the {@link AccountRules}.
 *
 * <p>Order of events at a time step: the driver calls {@link #onBarsClosed} once the step's bars have
 * closed; open orders of those instruments are matched sells first, then buys (so a rebalance's sales
 * fund its purchases, as Qlib's executor does), each side in submission order; DAY orders still open on
 * a bar at or after their session's close then expire. A market order sent with
 * {@link FillTiming#SIGNAL_CLOSE} executes within {@link #submit} at the close of the bar the strategy
 * last saw. At fill time a buy that the account can no longer afford (the next open gapped up) is cut to
 * what it can afford and the rest cancelled with the reason.
 */
public final class SimulatedVenue implements Venue {

    private final List<Instrument> instruments;
    private final Map<String, Integer> index = new HashMap<>();
    private final ExecutionModel model;
    private final AccountRules rules;
    private final AccountView account;
    private final LongSupplier clock;
    private final IntFunction<Bar> currentBar;
    private final List<List<Working>> open = new ArrayList<>();
    private final double[] volumeUsed;
    private final long[] volumeBar;
    private final SessionDay[] sessionDays;
    private VenueListener listener = new VenueListener() {
        @Override public void onFill(Fill fill) { }
        @Override public void onOrder(Order order) { }
    };
    private final java.util.SplittableRandom latencyDraws;
    private long nextId = 1;
    private int openCount;
    /** Instruments with open orders: bars of the others need no matching, and checks skip them. */
    private final java.util.BitSet withOpen;

    /** Mutable bookkeeping of one working order; the listener only ever sees its snapshots. */
    private static final class Working {
        Order order;
        double charged;
        double notional;
        long dayClose = Long.MIN_VALUE;
        java.time.LocalDate activeDate;
        /** When the order reaches the venue (submission time plus the insert latency). */
        long arrives;
        /** When a requested cancel or replace takes effect; Long.MAX_VALUE when none is on its way. */
        long cancelArrives = Long.MAX_VALUE;
        long replaceArrives = Long.MAX_VALUE;
        OrderRequest replacement;

        Working(Order order) {
            this.order = order;
        }
    }

    /**
     * @param currentBar the last closed bar of an instrument (null before its first), read only when an
     *                   order needs it
     */
    public SimulatedVenue(List<Instrument> instruments, ExecutionModel model, AccountRules rules, AccountView account,
                          LongSupplier clock, IntFunction<Bar> currentBar) {
        this.instruments = List.copyOf(instruments);
        for (int i = 0; i < instruments.size(); i++) {
            index.put(instruments.get(i).symbol(), i);
            open.add(new ArrayList<>());
        }
        this.model = model;
        this.rules = rules;
        this.account = account;
        this.clock = clock;
        this.currentBar = currentBar;
        this.withOpen = new java.util.BitSet(instruments.size());
        this.latencyDraws = model.latency().random();
        this.volumeUsed = new double[instruments.size()];
        this.volumeBar = new long[instruments.size()];
        this.sessionDays = new SessionDay[instruments.size()];
    }

    @Override
    public void setListener(VenueListener listener) {
        this.listener = listener;
    }

    public ExecutionModel model() {
        return model;
    }

    @Override
    public long submit(OrderRequest request) {
        long id = nextId++;
        long now = clock.getAsLong();
        Integer i = index.get(request.symbol());
        String problem = i == null ? "unknown symbol " + request.symbol() : OrderValidator.problem(request, instruments.get(i));
        if (problem == null) {
            request = OrderValidator.normalize(request, instruments.get(i));
            problem = projectedProblem(i, request);
        }
        if (problem != null) {
            listener.onOrder(Order.rejected(id, request, now, problem));
            return id;
        }
        Working w = new Working(Order.accepted(id, request, now));
        listener.onOrder(w.order);
        open.get(i).add(w);
        openCount++;
        withOpen.set(i);
        boolean moc = request.type() == OrderType.MARKET_ON_CLOSE;
        boolean atClose = moc || (request.type() == OrderType.MARKET && model.timing() == FillTiming.SIGNAL_CLOSE);
        w.arrives = atClose || model.latency().isZero() ? now : now + model.latency().insert(latencyDraws);
        Bar bar = atClose ? currentBar.apply(i) : null; // built only for orders that trade at a close
        // only a bar that closed at this step is a close to trade at; an older one is stale
        boolean closing = atClose && bar != null && bar.time() == now;
        if (request.timeInForce() == dev.qforge.backtest.order.TimeInForce.DAY) assignSession(i, w, closing ? bar.time() : now, closing);
        if (closing) {
            work(i, w, bar, true);
            if (!w.order.isOpen()) {
                remove(i, w);
            } else if (moc) {
                finish(i, w, OrderStatus.CANCELLED, "market-on-close remainder cancelled: the volume cap left no more of the closing bar");
            } else if (w.activeDate != null && bar.time() >= w.dayClose) {
                finish(i, w, OrderStatus.EXPIRED, "day order expired at the close of " + w.activeDate);
            }
        } else if (moc) {
            finish(i, w, OrderStatus.CANCELLED, bar == null ? "market-on-close order sent before any bar closed"
                    : "market-on-close order for " + request.symbol() + ", which has no bar closing at " + java.time.Instant.ofEpochMilli(now));
        }
        // a market order at the signal close whose instrument has no bar now waits for its next bar's open
        return id;
    }

    @Override
    public boolean cancel(long orderId) {
        for (int i = withOpen.nextSetBit(0); i >= 0; i = withOpen.nextSetBit(i + 1)) {
            for (Working w : open.get(i)) {
                if (w.order.id() == orderId) {
                    if (model.latency().isZero()) {
                        finish(i, w, OrderStatus.CANCELLED, "cancelled on request");
                    } else if (w.cancelArrives == Long.MAX_VALUE) {
                        w.cancelArrives = clock.getAsLong() + model.latency().cancel(latencyDraws);
                    }
                    return true;
                }
            }
        }
        listener.onRequestRejected(orderId, "cancel refused: no open order " + orderId);
        return false;
    }

    @Override
    public boolean replace(long orderId, OrderRequest amended) {
        for (int i = withOpen.nextSetBit(0); i >= 0; i = withOpen.nextSetBit(i + 1)) {
            for (Working w : open.get(i)) {
                if (w.order.id() != orderId) continue;
                OrderRequest old = w.order.request();
                String why = null;
                if (!amended.symbol().equals(old.symbol()) || amended.side() != old.side() || amended.type() != old.type()) {
                    why = "replace may change quantity, prices and time in force only";
                } else if (amended.quantity() < w.order.filledQuantity()) {
                    why = "new quantity " + amended.quantity() + " is below the " + w.order.filledQuantity() + " already filled";
                } else {
                    why = OrderValidator.problem(amended, instruments.get(i));
                }
                if (why != null) {
                    listener.onRequestRejected(orderId, "replace refused for order " + orderId + ": " + why);
                    return false;
                }
                OrderRequest normal = OrderValidator.normalize(amended, instruments.get(i));
                if (model.latency().isZero()) {
                    applyReplace(i, w, normal);
                } else {
                    w.replacement = normal;
                    w.replaceArrives = clock.getAsLong() + model.latency().replace(latencyDraws);
                }
                return true;
            }
        }
        listener.onRequestRejected(orderId, "replace refused: no open order " + orderId);
        return false;
    }

    /**
     * Works the open orders of the instruments whose bars just closed (indices {@code updated[0..n)}),
     * sells before buys, then expires DAY orders whose session has closed.
     */
    public void onBarsClosed(int[] updated, int n) {
        if (openCount == 0) return;
        for (int k = 0; k < n; k++) if (withOpen.get(updated[k])) matchSide(updated[k], Side.SELL);
        for (int k = 0; k < n; k++) if (withOpen.get(updated[k])) matchSide(updated[k], Side.BUY);
        for (int k = 0; k < n; k++) if (withOpen.get(updated[k])) expireDay(updated[k]);
    }

    /** Cancels every open order, for example when a backtest ends; each gets the reason. */
    public void cancelAll(String reason) {
        for (int i = withOpen.nextSetBit(0); i >= 0; i = withOpen.nextSetBit(i + 1)) {
            for (Working w : List.copyOf(open.get(i))) finish(i, w, OrderStatus.CANCELLED, reason);
        }
    }

    private void matchSide(int i, Side side) {
        List<Working> list = open.get(i);
        if (list.isEmpty()) return;
        Bar bar = currentBar.apply(i);
        for (Working w : List.copyOf(list)) {
            if (w.order.side() != side || !w.order.isOpen()) continue;
            if (!applyArrived(i, w, bar.time())) continue;
            if (w.arrives >= bar.time()) continue; // still on its way: this bar closed before it arrived
            if (w.activeDate != null && instruments.get(i).session().dateOf(bar.time()).isAfter(w.activeDate)) {
                // the instrument had no bar at the close of the order's session: it ended then
                finish(i, w, OrderStatus.EXPIRED, "day order expired at the close of " + w.activeDate);
                continue;
            }
            work(i, w, bar, false);
            if (!w.order.isOpen()) remove(i, w);
        }
    }

    /**
     * The session a DAY order is for: the one its close-time fill belongs to, or else the session in progress
     * at {@code t}, or the next trading session when {@code t} is at or after that day's close (an order sent
     * at a daily bar's close is for the next day). Fixed at submission, from the instrument's calendar, so a
     * day on which the instrument has no bar still ends the order.
     */
    private void assignSession(int i, Working w, long t, boolean closing) {
        SessionDay day = sessionDays[i];
        if (day == null || day.time() != t || day.closing() != closing) {
            // every order of a bar is submitted at the same time: the calendar (holidays, half days, zone rules)
            // is worked out once per instrument and time, not once per order
            dev.qforge.data.TradingSession session = instruments.get(i).session();
            java.time.LocalDate d = session.dateOf(t);
            if (!closing && (!session.isTradingDay(d) || t >= session.closeMillis(d))) d = session.nextTradingDay(d);
            day = new SessionDay(t, closing, d, session.closeMillis(d));
            sessionDays[i] = day;
        }
        w.activeDate = day.date();
        w.dayClose = day.close();
    }

    /** The session assigned to orders of one instrument submitted at {@code time}. */
    private record SessionDay(long time, boolean closing, java.time.LocalDate date, long close) {
    }

    private void applyReplace(int i, Working w, OrderRequest r) {
        w.order = w.order.withRequest(r, clock.getAsLong());
        w.replacement = null;
        w.replaceArrives = Long.MAX_VALUE;
        if (w.order.remainingQuantity() <= 0) {
            finish(i, w, OrderStatus.FILLED, "");
        } else {
            listener.onOrder(w.order);
        }
    }

    /**
     * Applies the cancel or replace requests that reached the venue before this bar closed (taken as in
     * force from the bar's open); false when the order is no longer working.
     */
    private boolean applyArrived(int i, Working w, long barClose) {
        if (w.cancelArrives < barClose) {
            finish(i, w, OrderStatus.CANCELLED, "cancelled on request");
            return false;
        }
        if (w.replaceArrives < barClose) {
            if (w.replacement.quantity() < w.order.filledQuantity()) {
                listener.onRequestRejected(w.order.id(), "replace refused for order " + w.order.id() + ": new quantity "
                        + w.replacement.quantity() + " is below the " + w.order.filledQuantity() + " filled before it arrived");
                w.replacement = null;
                w.replaceArrives = Long.MAX_VALUE;
            } else {
                applyReplace(i, w, w.replacement);
            }
        }
        return w.order.isOpen();
    }

    private void expireDay(int i) {
        List<Working> list = open.get(i);
        if (list.isEmpty()) return;
        long t = currentBar.apply(i).time();
        for (Working w : List.copyOf(list)) {
            if (w.activeDate != null && t >= w.dayClose) {
                finish(i, w, OrderStatus.EXPIRED, "day order expired at the close of " + w.activeDate);
            }
        }
    }

    private void work(int i, Working w, Bar bar, boolean atClose) {
        Instrument instrument = instruments.get(i);
        if (volumeBar[i] != bar.time()) {
            volumeBar[i] = bar.time();
            volumeUsed[i] = 0;
        }
        double volumeLeft = model.volumeCap().maxQuantity(bar.volume()) - volumeUsed[i];
        Execution ex = OrderMatcher.match(w.order, bar, instrument, model, atClose, volumeLeft);
        long now = clock.getAsLong();
        if (ex.triggered()) {
            w.order = w.order.withTriggered(now);
        }
        if (!ex.filled()) return;
        Side side = w.order.side();
        double qty = affordable(i, w, side, ex.quantity(), ex.price());
        if (qty > 0) {
            double notional = w.notional + qty * ex.price() * instrument.multiplier();
            double total = model.commission().total(side, w.order.filledQuantity() + qty, notional);
            double commission = total - w.charged;
            w.charged = total;
            w.notional = notional;
            volumeUsed[i] += qty;
            w.order = w.order.withFill(qty, ex.price(), now);
            listener.onFill(new Fill(w.order.id(), instrument.symbol(), side, qty, ex.price(), commission, now,
                    w.order.request().tag()));
            listener.onOrder(w.order);
        }
        if (qty < ex.quantity() && w.order.isOpen()) {
            finish(i, w, OrderStatus.CANCELLED, BuyingPower.refusal(rules, account.quantity(i), account.equity(), side,
                    ex.quantity() - qty, ex.price()));
        }
    }

    /** The largest whole number of lots, up to {@code qty}, that the account rules allow at {@code price}. */
    private double affordable(int i, Working w, Side side, double qty, double price) {
        Instrument ins = instruments.get(i);
        double lot = ins.lotSize();
        long hi = Math.round(qty / lot);
        if (allows(i, w, side, Lots.ofLots(hi, lot), price)) return qty;
        long lo = 0;
        while (lo < hi - 1) {
            long mid = (lo + hi) >>> 1;
            if (allows(i, w, side, Lots.ofLots(mid, lot), price)) lo = mid; else hi = mid;
        }
        return Lots.ofLots(lo, lot);
    }

    private boolean allows(int i, Working w, Side side, double qty, double price) {
        if (qty <= 0) return true;
        double m = instruments.get(i).multiplier();
        double commission = model.commission().total(side, w.order.filledQuantity() + qty, w.notional + qty * price * m) - w.charged;
        return BuyingPower.allows(rules, account.quantity(i), account.lastPrice(i), m, account.equity(),
                account.grossExposure(), side.sign(), qty, price, commission);
    }

    /** Rejects an order that, with every open order filled at the last price, would break the rules. */
    private String projectedProblem(int i, OrderRequest r) {
        double price = account.lastPrice(i);
        if (Double.isNaN(price)) price = r.type().needsLimitPrice() ? r.limitPrice() : r.stopPrice();
        if (Double.isNaN(price)) return "no price for " + r.symbol() + " yet: send orders after its first bar";
        double pending = 0;
        for (Working w : open.get(i)) pending += w.order.side().sign() * w.order.remainingQuantity();
        double position = account.quantity(i) + pending;
        double m = instruments.get(i).multiplier();
        double gross = account.grossExposure() - Math.abs(account.quantity(i) * price * m) + Math.abs(position * price * m);
        // exposure of other instruments' pending orders counts too, so that a book of buys cannot overspend
        for (int j = withOpen.nextSetBit(0); j >= 0; j = withOpen.nextSetBit(j + 1)) {
            if (j == i) continue;
            for (Working w : open.get(j)) {
                double p = account.lastPrice(j);
                double q = account.quantity(j);
                double pq = w.order.side().sign() * w.order.remainingQuantity();
                if (!Double.isNaN(p)) gross += (Math.abs(q + pq) - Math.abs(q)) * p * instruments.get(j).multiplier();
            }
        }
        if (BuyingPower.allows(rules, position, price, m, account.equity(), gross, r.side().sign(), r.quantity(), price, 0)) {
            return null;
        }
        return BuyingPower.refusal(rules, position, account.equity(), r.side(), r.quantity(), price);
    }

    private void finish(int i, Working w, OrderStatus status, String reason) {
        w.order = w.order.withStatus(status, clock.getAsLong(), reason);
        listener.onOrder(w.order);
        remove(i, w);
    }

    private void remove(int i, Working w) {
        if (open.get(i).remove(w)) {
            openCount--;
            if (open.get(i).isEmpty()) withOpen.clear(i);
        }
    }
}
