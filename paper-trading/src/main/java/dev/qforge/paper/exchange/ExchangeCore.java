package dev.qforge.paper.exchange;

import dev.qforge.backtest.SimulatedClock;
import dev.qforge.backtest.order.OrderRequest;
import dev.qforge.backtest.order.OrderType;
import dev.qforge.backtest.order.Side;
import dev.qforge.backtest.order.TimeInForce;
import dev.qforge.data.Bar;
import dev.qforge.data.Instrument;
import dev.qforge.paper.FixFields;
import dev.qforge.paper.InstrumentCodec;
import quickfix.FieldNotFound;
import quickfix.Message;
import quickfix.SessionID;
import quickfix.UnsupportedMessageType;
import quickfix.field.ClOrdID;
import quickfix.field.CxlRejReason;
import quickfix.field.MsgType;
import quickfix.field.OrigClOrdID;
import quickfix.field.PossDupFlag;
import quickfix.field.SecurityReqID;
import quickfix.field.SecurityRequestResult;
import quickfix.field.SecurityResponseID;
import quickfix.field.Symbol;
import quickfix.field.TradSesStatus;
import quickfix.field.TradingSessionID;
import quickfix.fix44.MarketDataRequest;
import quickfix.fix44.SecurityList;
import quickfix.fix44.TradingSessionStatus;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The paper exchange's state machine: one {@link AccountBook} per client session, the market data desk and
 * the replay position. Every input (an application message, a bar acknowledgement, a step of the replay)
 * goes through one method here, under the caller's lock, so that the same inputs in the same order give the
 * same outputs: the property the journal-based restart relies on.
 */
final class ExchangeCore {

    static final String END_REASON = "replay ended with the order open";

    private final ExchangeConfig config;
    private final BarTape tape;
    private final List<Instrument> instruments;
    private final Map<String, Integer> index;
    private final SimulatedClock clock;
    private final Bar[] last;
    private final Map<SessionID, AccountBook> books = new LinkedHashMap<>();
    private final Map<SessionID, Long> acks = new HashMap<>();
    private final MarketDataDesk desk;
    private final Outbox out;
    private final int[] updated;
    private int step;
    private boolean ended;

    ExchangeCore(ExchangeConfig config, BarTape tape, Outbox out) {
        this.config = config;
        this.tape = tape;
        this.instruments = tape.instruments();
        this.index = tape.index();
        this.clock = new SimulatedClock(tape.firstTime() - 1);
        this.last = new Bar[instruments.size()];
        this.updated = new int[instruments.size()];
        this.out = out;
        this.desk = new MarketDataDesk(index, out);
        for (ExchangeConfig.ClientLogin c : config.clients()) {
            SessionID s = new SessionID(dev.qforge.paper.FixSessionSettings.BEGIN_STRING, config.compId(), c.compId());
            books.put(s, new AccountBook(s, instruments, index, config.cash(), config.execution(), config.rules(), clock,
                    i -> last[i], out));
        }
    }

    void handle(SessionID s, Message m) throws FieldNotFound, UnsupportedMessageType {
        AccountBook b = books.get(s);
        String type = m.getHeader().getString(MsgType.FIELD);
        switch (type) {
            case MsgType.ORDER_SINGLE -> newOrder(s, b, m);
            case MsgType.ORDER_CANCEL_REQUEST -> cancel(b, m, true);
            case MsgType.ORDER_CANCEL_REPLACE_REQUEST -> cancel(b, m, false);
            case MsgType.ORDER_STATUS_REQUEST -> b.status(m.getString(ClOrdID.FIELD), b.ticket(m.getString(ClOrdID.FIELD)));
            case MsgType.MARKET_DATA_REQUEST -> desk.request(s, (MarketDataRequest) m, i -> last[i]);
            case MsgType.SECURITY_LIST_REQUEST -> securityList(s, m);
            default -> throw new UnsupportedMessageType();
        }
    }

    private void newOrder(SessionID s, AccountBook b, Message m) throws FieldNotFound {
        String clOrdId = m.getString(ClOrdID.FIELD);
        char wireSide = m.getChar(quickfix.field.Side.FIELD);
        if (b.knows(clOrdId)) {
            if (possibleResend(m)) b.status(clOrdId, b.ticket(clOrdId)); // a resend of an order we have: say where it stands
            else b.reject(clOrdId, request(m, Side.BUY, OrderType.MARKET, TimeInForce.DAY), wireSide,
                    "duplicate ClOrdID " + clOrdId + ": it is already used by an order of this session");
            return;
        }
        Side side = FixFields.side(wireSide);
        OrderType type = FixFields.ordType(m.getChar(quickfix.field.OrdType.FIELD));
        TimeInForce tif = m.isSetField(quickfix.field.TimeInForce.FIELD) ? FixFields.tif(m.getChar(quickfix.field.TimeInForce.FIELD))
                : TimeInForce.DAY; // FIX: absent TimeInForce means DAY
        String why = null;
        if (side == null) why = "unsupported side " + wireSide + ": this exchange takes buy (1) and sell (2)";
        else if (type == null) why = "unsupported order type " + m.getChar(quickfix.field.OrdType.FIELD) + ": use market, limit, stop, stop-limit or market-on-close";
        else if (tif == null) why = "unsupported time in force " + m.getChar(quickfix.field.TimeInForce.FIELD) + ": use day (0) or GTC (1)";
        OrderRequest r = request(m, side == null ? Side.BUY : side, type == null ? OrderType.MARKET : type, tif == null ? TimeInForce.DAY : tif);
        if (why == null && !index.containsKey(r.symbol())) why = "unknown symbol " + r.symbol() + "; this exchange lists " + index.keySet();
        if (why == null && ended) why = "exchange closed: the replay has ended";
        if (why != null) b.reject(clOrdId, r, wireSide, why);
        else b.submit(clOrdId, r);
    }

    /** PossDupFlag (43) or PossResend (97): the sender is not sure the message was not handled already. */
    private static boolean possibleResend(Message m) throws FieldNotFound {
        return m.getHeader().isSetField(PossDupFlag.FIELD) && m.getHeader().getBoolean(PossDupFlag.FIELD)
                || m.getHeader().isSetField(quickfix.field.PossResend.FIELD) && m.getHeader().getBoolean(quickfix.field.PossResend.FIELD);
    }

    private static OrderRequest request(Message m, Side side, OrderType type, TimeInForce tif) throws FieldNotFound {
        return new OrderRequest(m.getString(Symbol.FIELD), side, FixFields.decimal(m, quickfix.field.OrderQty.FIELD), type,
                FixFields.decimal(m, quickfix.field.Price.FIELD), FixFields.decimal(m, quickfix.field.StopPx.FIELD), tif, "");
    }

    private void cancel(AccountBook b, Message m, boolean cancel) throws FieldNotFound {
        String clOrdId = m.getString(ClOrdID.FIELD);
        String orig = m.getString(OrigClOrdID.FIELD);
        AccountBook.Ticket t = b.ticket(orig);
        if (b.knows(clOrdId) && possibleResend(m)) {
            // a request re-sent by a recovering client that was carried out before: say where the order stands
            b.status(clOrdId, b.ticket(clOrdId));
        } else if (b.knows(clOrdId)) {
            b.refuse(clOrdId, orig, t, cancel, CxlRejReason.DUPLICATE_CLORDID_RECEIVED, "duplicate ClOrdID " + clOrdId);
        } else if (t == null) {
            b.refuse(clOrdId, orig, null, cancel, CxlRejReason.UNKNOWN_ORDER, "unknown order " + orig);
        } else if (!t.last.isOpen()) {
            b.refuse(clOrdId, orig, t, cancel, CxlRejReason.TOO_LATE_TO_CANCEL, "order " + orig + " is already " + t.last.status());
        } else if (cancel && t.cancelClOrdId != null) {
            // the venue keeps the first cancel on its way and ignores a second: say so
            b.refuse(clOrdId, orig, t, true, CxlRejReason.ORDER_ALREADY_IN_PENDING_CANCEL_OR_PENDING_REPLACE_STATUS,
                    "order " + orig + " already has cancel " + t.cancelClOrdId + " pending");
        } else if (cancel) {
            b.cancel(clOrdId, t);
        } else {
            TimeInForce tif = m.isSetField(quickfix.field.TimeInForce.FIELD) ? FixFields.tif(m.getChar(quickfix.field.TimeInForce.FIELD))
                    : t.last.request().timeInForce();
            Side side = FixFields.side(m.getChar(quickfix.field.Side.FIELD));
            OrderType type = FixFields.ordType(m.getChar(quickfix.field.OrdType.FIELD));
            if (side == null || type == null || tif == null) {
                b.refuse(clOrdId, orig, t, false, CxlRejReason.OTHER, "unsupported side, order type or time in force in the replace");
                return;
            }
            if (t.replaceClOrdId != null) {
                // as in the backtest, a later replace supersedes one still on its way; the earlier one is answered
                b.refuse(t.replaceClOrdId, orig, t, false, CxlRejReason.OTHER, "replace " + t.replaceClOrdId + " superseded by " + clOrdId);
            }
            b.replace(clOrdId, t, request(m, side, type, tif));
        }
    }

    private void securityList(SessionID s, Message m) throws FieldNotFound {
        String req = m.getString(SecurityReqID.FIELD);
        SecurityList list = new SecurityList(new SecurityReqID(req), new SecurityResponseID("SL-" + req),
                new SecurityRequestResult(SecurityRequestResult.VALID_REQUEST));
        for (Instrument ins : instruments) {
            SecurityList.NoRelatedSym g = new SecurityList.NoRelatedSym();
            g.set(new Symbol(ins.symbol()));
            g.setString(quickfix.field.SecurityDesc.FIELD, InstrumentCodec.encode(ins, tape.timeframe()));
            g.setString(quickfix.field.Currency.FIELD, ins.currency());
            list.addGroup(g);
        }
        out.send(s, list);
    }

    /** A client's acknowledgement of the bar closing at {@code time} (lock-step pacing). */
    void ack(SessionID s, long time) {
        acks.merge(s, time, Math::max);
    }

    boolean started() {
        return !desk.subscriptions().isEmpty();
    }

    /**
     * Whether every subscribed client has acknowledged the last bars it was sent. A client none of whose symbols
     * had a bar at the last steps was sent nothing then, and has nothing to acknowledge for them.
     */
    boolean acknowledged() {
        if (step == 0) return true;
        for (SessionID s : desk.subscriptions().keySet()) if (acks.getOrDefault(s, Long.MIN_VALUE) < desk.lastSent(s)) return false;
        return true;
    }

    boolean hasNext() {
        return step < tape.steps();
    }

    boolean ended() {
        return ended;
    }

    int step() {
        return step;
    }

    long nextGapMillis() {
        return step == 0 || step >= tape.steps() ? 0 : tape.time(step) - tape.time(step - 1);
    }

    /** Closes the next step's bars: works every account's orders against them, marks, then publishes them. */
    void publishStep() {
        long t = tape.time(step);
        long since = step == 0 ? 0 : t - tape.time(step - 1);
        clock.set(t);
        int n = 0;
        for (int i = 0; i < instruments.size(); i++) {
            Bar bar = tape.bar(step, i);
            if (bar != null) {
                last[i] = bar;
                updated[n++] = i;
            }
        }
        for (AccountBook b : books.values()) b.barsClosed(updated, n, i -> last[i], since, config.rules().borrowRate());
        desk.publish(t, updated, n, i -> last[i]);
        step++;
    }

    /** The end of the data: open orders are cancelled (as at the end of a backtest) and clients told the market closed. */
    void end() {
        ended = true;
        for (AccountBook b : books.values()) b.endOfData(END_REASON);
        for (SessionID s : desk.subscriptions().keySet()) {
            TradingSessionStatus st = new TradingSessionStatus(new TradingSessionID("REPLAY"), new TradSesStatus(TradSesStatus.CLOSED));
            st.setString(quickfix.field.Text.FIELD, "replay ended after " + step + " steps");
            out.send(s, st);
        }
    }

    Map<SessionID, AccountBook> books() {
        return books;
    }

    long time() {
        return clock.millis();
    }

    int steps() {
        return tape.steps();
    }
}
