package dev.qforge.paper.client;

import dev.qforge.backtest.order.Fill;
import dev.qforge.backtest.order.Order;
import dev.qforge.backtest.order.OrderRequest;
import dev.qforge.backtest.order.OrderStatus;
import dev.qforge.backtest.venue.Venue;
import dev.qforge.backtest.venue.VenueListener;
import dev.qforge.paper.FixFields;
import quickfix.FieldNotFound;
import quickfix.Message;
import quickfix.field.ClOrdID;
import quickfix.field.CumQty;
import quickfix.field.ExecID;
import quickfix.field.ExecType;
import quickfix.field.HandlInst;
import quickfix.field.OrdRejReason;
import quickfix.field.OrdStatus;
import quickfix.field.OrigClOrdID;
import quickfix.field.Symbol;
import quickfix.field.Text;
import quickfix.field.TransactTime;
import quickfix.fix44.NewOrderSingle;
import quickfix.fix44.OrderCancelReplaceRequest;
import quickfix.fix44.OrderCancelRequest;
import quickfix.fix44.OrderStatusRequest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * The engine's {@link Venue} over a FIX 4.4 session: a strategy's orders become NewOrderSingle,
 * OrderCancelRequest and OrderCancelReplaceRequest messages, and execution reports become order snapshots
 * and fills for the {@link VenueListener}.
 *
 * <p>Assumptions: an order counts as accepted (open) from the moment it is sent, so that a strategy's
 * pending quantity is right within the step that sent it, as with the backtest's venue; a rejection arrives
 * later as a REJECTED snapshot. ClOrdIDs are {@code <run>-<order id>} (replacements and cancels add
 * {@code .<n>}), so they are unique across runs and the same when a recovering client re-runs its strategy.
 * Fills take their quantity, price, commission (CommType 3) and time from the trade report; an order status
 * answer that shows more filled than was booked (which a complete resend never leaves) books the missing
 * quantity at the implied price with no commission, and says so.
 */
public final class FixVenue implements Venue {

    private final String runId;
    private final LongSupplier clock;
    private final Consumer<Message> wire;
    private final ClientJournal journal;
    private VenueListener listener;
    private final Map<Long, Order> orders = new LinkedHashMap<>();
    private final Map<Long, String> current = new HashMap<>();
    private final Map<String, Long> byClOrdId = new HashMap<>();
    private final Map<String, OrderRequest> replacements = new HashMap<>();
    private final Map<Long, Integer> amendments = new HashMap<>();
    private final List<Message> deferred = new ArrayList<>();
    private final List<String> warnings = java.util.Collections.synchronizedList(new ArrayList<>());
    private Set<Long> alreadySent = Set.of();
    private boolean recovering;
    private long nextId = 1;
    private long requestSeq;

    FixVenue(String runId, LongSupplier clock, Consumer<Message> wire, ClientJournal journal) {
        this.runId = runId;
        this.clock = clock;
        this.wire = wire;
        this.journal = journal;
    }

    @Override
    public void setListener(VenueListener listener) {
        this.listener = listener;
    }

    /** While recovering, requests already on the wire (by sequence) are not sent again, the others wait for logon. */
    void recovering(boolean on, Set<Long> sent) {
        this.recovering = on;
        this.alreadySent = sent;
    }

    /** Sends what a recovery left waiting; called once the session is logged on. */
    void flushDeferred() {
        List<Message> copy = List.copyOf(deferred);
        deferred.clear();
        for (Message m : copy) wire.accept(m);
    }

    @Override
    public long submit(OrderRequest r) {
        long id = nextId++;
        long now = clock.getAsLong();
        String clOrdId = runId + "-" + id;
        byClOrdId.put(clOrdId, id);
        current.put(id, clOrdId);
        if (!Double.isFinite(r.quantity()) || (r.type().needsLimitPrice() && !Double.isFinite(r.limitPrice()))
                || (r.type().needsStopPrice() && !Double.isFinite(r.stopPrice()))) {
            // a number FIX cannot carry: refused here with the words the exchange's validator would use
            String why = dev.qforge.backtest.model.OrderValidator.problem(r, dev.qforge.data.Instrument.guess(r.symbol()));
            update(Order.rejected(id, r, now, why == null ? "order has a non-finite number" : why));
            return id;
        }
        update(Order.accepted(id, r, now));
        NewOrderSingle m = new NewOrderSingle(new ClOrdID(clOrdId), new quickfix.field.Side(FixFields.side(r.side())),
                new TransactTime(FixFields.utc(now)), new quickfix.field.OrdType(FixFields.ordType(r.type())));
        m.set(new HandlInst(HandlInst.AUTOMATED_EXECUTION_ORDER_PRIVATE_NO_BROKER_INTERVENTION));
        m.set(new Symbol(r.symbol()));
        FixFields.setDecimal(m, quickfix.field.OrderQty.FIELD, r.quantity());
        m.setChar(quickfix.field.TimeInForce.FIELD, FixFields.tif(r.timeInForce()));
        if (r.type().needsLimitPrice()) FixFields.setDecimal(m, quickfix.field.Price.FIELD, r.limitPrice());
        if (r.type().needsStopPrice()) FixFields.setDecimal(m, quickfix.field.StopPx.FIELD, r.stopPrice());
        send(m, clOrdId);
        return id;
    }

    @Override
    public boolean cancel(long orderId) {
        Order o = orders.get(orderId);
        if (o == null || !o.isOpen()) {
            listener.onRequestRejected(orderId, "cancel refused: no open order " + orderId);
            return false;
        }
        String clOrdId = nextClOrdId(orderId);
        OrderCancelRequest m = new OrderCancelRequest(new OrigClOrdID(current.get(orderId)), new ClOrdID(clOrdId),
                new quickfix.field.Side(FixFields.side(o.side())), new TransactTime(FixFields.utc(clock.getAsLong())));
        m.set(new Symbol(o.symbol()));
        FixFields.setDecimal(m, quickfix.field.OrderQty.FIELD, o.request().quantity());
        send(m, clOrdId);
        return true;
    }

    @Override
    public boolean replace(long orderId, OrderRequest amended) {
        Order o = orders.get(orderId);
        if (o == null || !o.isOpen()) {
            listener.onRequestRejected(orderId, "replace refused: no open order " + orderId);
            return false;
        }
        String clOrdId = nextClOrdId(orderId);
        replacements.put(clOrdId, amended);
        OrderCancelReplaceRequest m = new OrderCancelReplaceRequest(new OrigClOrdID(current.get(orderId)), new ClOrdID(clOrdId),
                new quickfix.field.Side(FixFields.side(amended.side())), new TransactTime(FixFields.utc(clock.getAsLong())),
                new quickfix.field.OrdType(FixFields.ordType(amended.type())));
        m.set(new HandlInst(HandlInst.AUTOMATED_EXECUTION_ORDER_PRIVATE_NO_BROKER_INTERVENTION));
        m.set(new Symbol(amended.symbol()));
        FixFields.setDecimal(m, quickfix.field.OrderQty.FIELD, amended.quantity());
        m.setChar(quickfix.field.TimeInForce.FIELD, FixFields.tif(amended.timeInForce()));
        if (amended.type().needsLimitPrice()) FixFields.setDecimal(m, quickfix.field.Price.FIELD, amended.limitPrice());
        if (amended.type().needsStopPrice()) FixFields.setDecimal(m, quickfix.field.StopPx.FIELD, amended.stopPrice());
        send(m, clOrdId);
        return true;
    }

    private String nextClOrdId(long orderId) {
        int n = amendments.merge(orderId, 1, Integer::sum);
        String id = runId + "-" + orderId + "." + n;
        byClOrdId.put(id, orderId);
        return id;
    }

    private void send(Message m, String clOrdId) {
        long seq = ++requestSeq;
        if (recovering) {
            if (alreadySent.contains(seq)) return;
            m.getHeader().setBoolean(quickfix.field.PossResend.FIELD, true); // it may have left before the crash
            deferred.add(m);
            return;
        }
        wire.accept(m);
        if (journal != null) journal.markSent(seq, clOrdId, msgType(m));
    }

    private static String msgType(Message m) {
        try {
            return m.getHeader().getString(quickfix.field.MsgType.FIELD);
        } catch (FieldNotFound e) {
            return "?";
        }
    }

    /** Status requests for every order still open, sent after a (re)logon. */
    List<Message> statusRequests() {
        List<Message> out = new ArrayList<>();
        for (Order o : orders.values()) {
            if (!o.isOpen()) continue;
            OrderStatusRequest m = new OrderStatusRequest(new ClOrdID(current.get(o.id())), new quickfix.field.Side(FixFields.side(o.side())));
            m.set(new Symbol(o.symbol()));
            out.add(m);
        }
        return out;
    }

    /** Applies an execution report; returns the ExecID and the fill it booked, when it booked one. */
    Fill onExecutionReport(Message er, String[] execIdOut) throws FieldNotFound {
        String clOrdId = er.getString(ClOrdID.FIELD);
        Long id = byClOrdId.get(clOrdId);
        if (id == null && er.isSetField(OrigClOrdID.FIELD)) id = byClOrdId.get(er.getString(OrigClOrdID.FIELD));
        execIdOut[0] = er.getString(ExecID.FIELD);
        if (id == null) {
            warnings.add("execution report " + execIdOut[0] + " for unknown ClOrdID " + clOrdId + " ignored");
            return null;
        }
        Order o = orders.get(id);
        char type = er.getChar(ExecType.FIELD);
        long t = er.isSetField(TransactTime.FIELD) ? FixFields.millis(er.getUtcTimeStamp(TransactTime.FIELD)) : clock.getAsLong();
        String text = er.isSetField(Text.FIELD) ? er.getString(Text.FIELD) : "";
        switch (type) {
            case ExecType.TRADE -> {
                double qty = FixFields.decimal(er, quickfix.field.LastQty.FIELD);
                double px = FixFields.decimal(er, quickfix.field.LastPx.FIELD);
                double fee = er.isSetField(quickfix.field.Commission.FIELD) ? FixFields.decimal(er, quickfix.field.Commission.FIELD) : 0;
                return book(o, qty, px, fee, t);
            }
            case ExecType.REJECTED -> {
                boolean duplicate = er.isSetField(OrdRejReason.FIELD) && er.getInt(OrdRejReason.FIELD) == OrdRejReason.DUPLICATE_ORDER;
                // a re-sent order the exchange already has: the original stands
                if (duplicate && o.status() != OrderStatus.REJECTED) return null;
                update(o.withStatus(OrderStatus.REJECTED, t, text));
            }
            case ExecType.CANCELED -> update(o.withStatus(OrderStatus.CANCELLED, t, text));
            case ExecType.EXPIRED -> update(o.withStatus(OrderStatus.EXPIRED, t, text));
            case ExecType.REPLACED -> {
                OrderRequest amended = replacements.remove(clOrdId);
                current.put(id, clOrdId);
                if (amended != null) {
                    Order r = o.withRequest(amended, t);
                    if (r.remainingQuantity() <= 0) r = r.withStatus(OrderStatus.FILLED, t, "");
                    update(r);
                }
            }
            case ExecType.ORDER_STATUS -> reconcile(o, er, t, text);
            default -> { } // NEW (already open here), pending cancel/replace: nothing changes yet
        }
        return null;
    }

    private void reconcile(Order o, Message er, long t, String text) throws FieldNotFound {
        double cum = FixFields.decimal(er, CumQty.FIELD);
        if (cum > o.filledQuantity() + 1e-9) {
            double avg = FixFields.decimal(er, quickfix.field.AvgPx.FIELD);
            double missing = cum - o.filledQuantity();
            double px = (avg * cum - (o.filledQuantity() > 0 ? o.avgFillPrice() * o.filledQuantity() : 0)) / missing;
            warnings.add("order " + o.id() + ": status shows " + cum + " filled, " + o.filledQuantity() + " booked; booked the rest at " + px);
            book(o, missing, px, 0, t);
            o = orders.get(o.id());
        }
        OrderStatus s = FixFields.ordStatus(er.getChar(OrdStatus.FIELD), cum);
        if (o.isOpen() && s.isTerminal() && s != OrderStatus.FILLED) update(o.withStatus(s, t, text));
    }

    private Fill book(Order o, double qty, double px, double fee, long t) {
        Order after = o.withFill(qty, px, t);
        orders.put(o.id(), after);
        Fill f = new Fill(o.id(), o.symbol(), o.side(), qty, px, fee, t, o.request().tag());
        listener.onFill(f);
        listener.onOrder(after);
        if (journal != null) journal.order(after, current.get(o.id()));
        return f;
    }

    void onCancelReject(Message m) throws FieldNotFound {
        Long id = byClOrdId.get(m.getString(ClOrdID.FIELD));
        if (id == null) return;
        listener.onRequestRejected(id, m.isSetField(Text.FIELD) ? m.getString(Text.FIELD) : "cancel/replace rejected");
    }

    private void update(Order o) {
        orders.put(o.id(), o);
        listener.onOrder(o);
        if (journal != null) journal.order(o, current.get(o.id()));
    }

    List<String> warnings() {
        return warnings;
    }
}
