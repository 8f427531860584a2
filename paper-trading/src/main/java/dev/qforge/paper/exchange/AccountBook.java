package dev.qforge.paper.exchange;

import dev.qforge.backtest.SimulatedClock;
import dev.qforge.backtest.model.AccountRules;
import dev.qforge.backtest.model.ExecutionModel;
import dev.qforge.backtest.order.Fill;
import dev.qforge.backtest.order.Order;
import dev.qforge.backtest.order.OrderRequest;
import dev.qforge.backtest.order.OrderStatus;
import dev.qforge.backtest.portfolio.Portfolio;
import dev.qforge.backtest.venue.SimulatedVenue;
import dev.qforge.backtest.venue.VenueListener;
import dev.qforge.data.Bar;
import dev.qforge.data.Instrument;
import quickfix.SessionID;
import quickfix.field.CxlRejReason;
import quickfix.field.ExecType;
import quickfix.field.OrdStatus;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * One client's account at the paper exchange: its cash and positions ({@link Portfolio}) and a
 * {@link SimulatedVenue} that works its orders with the backtester's own matching, slippage, commission,
 * volume-cap, latency and buying-power models. The exchange is broker and market in one, so an account
 * that starts with the backtest's cash and rules accepts, rejects and fills exactly as the backtest would.
 * This class turns the venue's order snapshots into FIX execution reports; it is driven under the
 * exchange's lock, one event at a time.
 */
final class AccountBook implements VenueListener {

    private final SessionID session;
    private final List<Instrument> instruments;
    private final Map<String, Integer> index;
    private final Portfolio portfolio;
    private final SimulatedVenue venue;
    private final ExecutionModel model;
    private final Outbox out;
    private final SimulatedClock clock;
    private final Map<Long, Ticket> tickets = new HashMap<>();
    private final Map<String, Long> byClOrdId = new HashMap<>();
    private long execSeq;
    private String submitting;
    private String life = "";

    /** What the exchange remembers of one order beyond the venue's snapshot: its FIX identities. */
    static final class Ticket {
        String clOrdId;
        Order last;
        Fill fill;
        String cancelClOrdId;
        String replaceClOrdId;
    }

    AccountBook(SessionID session, List<Instrument> instruments, Map<String, Integer> index, double cash,
                ExecutionModel model, AccountRules rules, SimulatedClock clock, IntFunction<Bar> lastBar, Outbox out) {
        this.session = session;
        this.instruments = instruments;
        this.index = index;
        this.model = model;
        this.clock = clock;
        this.out = out;
        this.portfolio = new Portfolio(instruments, cash);
        this.venue = new SimulatedVenue(instruments, model, rules, portfolio, clock::millis, lastBar);
        venue.setListener(this);
    }

    Portfolio portfolio() {
        return portfolio;
    }

    SimulatedVenue venue() {
        return venue;
    }

    boolean knows(String clOrdId) {
        return byClOrdId.containsKey(clOrdId);
    }

    Ticket ticket(String clOrdId) {
        Long id = byClOrdId.get(clOrdId);
        return id == null ? null : tickets.get(id);
    }

    /** Sends a new order to the venue; its acceptance or rejection is reported from the venue's callback. */
    void submit(String clOrdId, OrderRequest request) {
        submitting = clOrdId;
        try {
            venue.submit(request);
        } finally {
            submitting = null;
        }
    }

    /** A rejection decided before the venue saw the order (duplicate ClOrdID, unknown symbol, market closed). */
    void reject(String clOrdId, OrderRequest request, char wireSide, String reason) {
        Order o = Order.rejected(0, request, clock.millis(), reason);
        quickfix.Message m = ExecutionReports.of(o, "NONE", nextExecId(), ExecType.REJECTED, clOrdId, null, null, reason);
        m.setChar(quickfix.field.Side.FIELD, wireSide); // the side as sent, even one the engine does not model
        out.send(session, m);
    }

    void cancel(String clOrdId, Ticket t) {
        byClOrdId.put(clOrdId, t.last.id());
        t.cancelClOrdId = clOrdId;
        if (!model.latency().isZero()) {
            out.send(session, ExecutionReports.pending(t.last, orderId(t.last), nextExecId(), ExecType.PENDING_CANCEL,
                    OrdStatus.PENDING_CANCEL, clOrdId, t.clOrdId));
        }
        venue.cancel(t.last.id());
    }

    void replace(String clOrdId, Ticket t, OrderRequest amended) {
        byClOrdId.put(clOrdId, t.last.id());
        t.replaceClOrdId = clOrdId;
        if (!model.latency().isZero()) {
            out.send(session, ExecutionReports.pending(t.last, orderId(t.last), nextExecId(), ExecType.PENDING_REPLACE,
                    OrdStatus.PENDING_REPLACE, clOrdId, t.clOrdId));
        }
        venue.replace(t.last.id(), amended);
    }

    void status(String clOrdId, Ticket t) {
        if (t == null) {
            out.send(session, ExecutionReports.unknownOrderStatus(clOrdId, nextExecId()));
        } else {
            out.send(session, ExecutionReports.of(t.last, orderId(t.last), nextExecId(), ExecType.ORDER_STATUS, t.clOrdId, null,
                    null, t.last.reason()));
        }
    }

    /** Works the open orders against the bars of {@code updated[0..n)} that closed at the clock's time, then marks. */
    void barsClosed(int[] updated, int n, IntFunction<Bar> lastBar, long sinceLast, double borrowRate) {
        if (sinceLast > 0) portfolio.accrueBorrow(borrowRate, sinceLast);
        venue.onBarsClosed(updated, n);
        for (int k = 0; k < n; k++) portfolio.mark(updated[k], lastBar.apply(updated[k]).close());
    }

    void endOfData(String reason) {
        venue.cancelAll(reason);
    }

    // ---- venue callbacks, turned into execution reports

    @Override
    public void onFill(Fill fill) {
        portfolio.apply(index.get(fill.symbol()), fill.signedQuantity(), fill.price(), fill.commission());
        Ticket t = tickets.get(fill.orderId());
        t.fill = fill;
    }

    @Override
    public void onOrder(Order o) {
        Ticket t = tickets.get(o.id());
        if (t == null) {
            t = new Ticket();
            t.clOrdId = submitting;
            tickets.put(o.id(), t);
            byClOrdId.put(submitting, o.id());
            t.last = o;
            char type = o.status() == OrderStatus.REJECTED ? ExecType.REJECTED : ExecType.NEW;
            out.send(session, ExecutionReports.of(o, orderId(o), nextExecId(), type, t.clOrdId, null, null, o.reason()));
            return;
        }
        Order prev = t.last;
        t.last = o;
        if (t.fill != null && o.filledQuantity() > prev.filledQuantity()) {
            Fill f = t.fill;
            t.fill = null;
            out.send(session, ExecutionReports.of(o, orderId(o), nextExecId(), ExecType.TRADE, t.clOrdId, null, f, ""));
        } else if (!o.request().equals(prev.request())) {
            String orig = t.clOrdId;
            t.clOrdId = t.replaceClOrdId;
            t.replaceClOrdId = null;
            out.send(session, ExecutionReports.of(o, orderId(o), nextExecId(), ExecType.REPLACED, t.clOrdId, orig, null, ""));
        } else {
            switch (o.status()) {
                case CANCELLED -> {
                    boolean requested = t.cancelClOrdId != null && o.reason().equals("cancelled on request");
                    out.send(session, ExecutionReports.of(o, orderId(o), nextExecId(), ExecType.CANCELED,
                            requested ? t.cancelClOrdId : t.clOrdId, requested ? t.clOrdId : null, null, o.reason()));
                    if (requested) t.cancelClOrdId = null;
                }
                case EXPIRED -> out.send(session, ExecutionReports.of(o, orderId(o), nextExecId(), ExecType.EXPIRED, t.clOrdId, null,
                        null, o.reason()));
                default -> { } // a stop that triggered: the order works on, nothing to report yet
            }
        }
        if (!o.isOpen()) tooLate(t, o);
    }

    /**
     * FIX answers every cancel and replace request: one still on its way when the order was filled, expired or
     * cancelled otherwise is dropped by the venue with the order, so it is refused here as too late.
     */
    private void tooLate(Ticket t, Order o) {
        if (t.cancelClOrdId == null && t.replaceClOrdId == null) return; // the usual case: nothing was on its way
        String done = "order " + t.clOrdId + " was " + o.status().name().toLowerCase(java.util.Locale.ROOT)
                + " before the request arrived";
        if (t.cancelClOrdId != null) {
            out.send(session, ExecutionReports.cancelReject(orderId(o), t.cancelClOrdId, t.clOrdId, FixCodes.status(o), true,
                    CxlRejReason.TOO_LATE_TO_CANCEL, done));
            t.cancelClOrdId = null;
        }
        if (t.replaceClOrdId != null) {
            out.send(session, ExecutionReports.cancelReject(orderId(o), t.replaceClOrdId, t.clOrdId, FixCodes.status(o), false,
                    CxlRejReason.TOO_LATE_TO_CANCEL, done));
            t.replaceClOrdId = null;
        }
    }

    @Override
    public void onRequestRejected(long orderId, String reason) {
        Ticket t = tickets.get(orderId);
        if (t == null) return;
        boolean cancel = t.cancelClOrdId != null && t.replaceClOrdId == null;
        String clOrdId = cancel ? t.cancelClOrdId : t.replaceClOrdId;
        if (cancel) t.cancelClOrdId = null; else t.replaceClOrdId = null;
        int why = t.last.isOpen() ? CxlRejReason.OTHER : CxlRejReason.TOO_LATE_TO_CANCEL;
        out.send(session, ExecutionReports.cancelReject(orderId(t.last), clOrdId, t.clOrdId, FixCodes.status(t.last), cancel,
                why, reason));
    }

    /** A cancel or replace refused before it reached the venue: an unknown order, a finished one, a duplicate id. */
    void refuse(String clOrdId, String origClOrdId, Ticket t, boolean cancel, int why, String reason) {
        char status = t == null ? OrdStatus.REJECTED : FixCodes.status(t.last);
        out.send(session, ExecutionReports.cancelReject(t == null ? "NONE" : orderId(t.last), clOrdId, origClOrdId, status,
                cancel, why, reason));
    }

    /**
     * Marks the ids this account issues from now on with the exchange's life ({@code ""} when it keeps a
     * journal), so that an exchange restarted without one does not issue an ExecID or OrderID again.
     */
    void life(String prefix) {
        this.life = prefix;
    }

    private String nextExecId() {
        // deterministic: a restarted exchange replaying its journal issues the same ids, so clients drop repeats
        return session.getTargetCompID() + "-" + life + (++execSeq);
    }

    private String orderId(Order o) {
        return "O" + life + o.id();
    }
}
