package dev.qforge.bench;

import dev.qforge.paper.FixSessionSettings;
import dev.qforge.paper.StoreKind;
import quickfix.Application;
import quickfix.ConfigError;
import quickfix.DefaultMessageFactory;
import quickfix.FieldNotFound;
import quickfix.Message;
import quickfix.MessageStoreFactory;
import quickfix.Session;
import quickfix.SessionID;
import quickfix.SessionSettings;
import quickfix.SocketInitiator;
import quickfix.UtcTimestampPrecision;
import quickfix.field.ClOrdID;
import quickfix.field.ExecType;
import quickfix.field.HandlInst;
import quickfix.field.MDEntryType;
import quickfix.field.MDReqID;
import quickfix.field.MarketDepth;
import quickfix.field.MsgType;
import quickfix.field.OrdType;
import quickfix.field.OrderQty;
import quickfix.field.Side;
import quickfix.field.SubscriptionRequestType;
import quickfix.field.Symbol;
import quickfix.field.TransactTime;
import quickfix.field.converter.UtcTimestampConverter;
import quickfix.fix44.MarketDataRequest;
import quickfix.fix44.NewOrderSingle;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.LongConsumer;

/**
 * The load generator of {@code qforge bench paper}: a QuickFIX/J initiator that sends market orders with
 * ClOrdID {@code <n>} and, on each fill's execution report, reports the round trip of order {@code n}
 * (nanoseconds from just before the send to the report's arrival in {@code fromApp}). A semaphore bounds the
 * orders in flight.
 */
final class PaperLoadClient implements Application {

    private final SessionID id;
    private final SocketInitiator initiator;
    private final CountDownLatch logon = new CountDownLatch(1);
    private final CountDownLatch snapshot = new CountDownLatch(1);
    private long[] sentAt;
    private Semaphore window;
    private LongConsumer onRoundTrip;
    private CountDownLatch done;

    PaperLoadClient(MessageStoreFactory factory, SessionSettings settings) throws ConfigError {
        this.id = new SessionID(FixSessionSettings.BEGIN_STRING, "QFORGE-CL", "QFORGE-EX");
        this.initiator = new SocketInitiator(this, factory, settings, new dev.qforge.paper.FixLogs(), new DefaultMessageFactory());
    }

    static SessionSettings settings(int port, Path dir) {
        SessionSettings s = FixSessionSettings.initiator("127.0.0.1", port, "QFORGE-CL", "QFORGE-EX", StoreKind.MEMORY, dir, 30);
        // a load generator checks nothing and keeps nothing: the exchange's side is what is measured
        s.setString("ValidateIncomingMessage", "N");
        s.setString("PersistMessages", "N");
        return s;
    }

    void start() throws Exception {
        initiator.start();
        if (!logon.await(30, TimeUnit.SECONDS)) throw new IllegalStateException("no logon within 30 s");
        MarketDataRequest m = new MarketDataRequest(new MDReqID("bench"), new SubscriptionRequestType(SubscriptionRequestType.SNAPSHOT_UPDATES),
                new MarketDepth(1));
        MarketDataRequest.NoMDEntryTypes t = new MarketDataRequest.NoMDEntryTypes();
        t.set(new MDEntryType(MDEntryType.CLOSING_PRICE));
        m.addGroup(t);
        MarketDataRequest.NoRelatedSym s = new MarketDataRequest.NoRelatedSym();
        s.set(new Symbol("BENCH"));
        m.addGroup(s);
        Session.sendToTarget(m, id);
        // the first bar's incremental refresh: the exchange has a close to fill at
        if (!snapshot.await(30, TimeUnit.SECONDS)) throw new IllegalStateException("no market data within 30 s");
    }

    /** Sends {@code n} orders, at most {@code inFlight} unanswered; waits for all fills. Returns elapsed nanos. */
    long run(int n, int inFlight, int offset, LongConsumer roundTrip) throws Exception {
        sentAt = new long[n];
        window = new Semaphore(inFlight);
        onRoundTrip = roundTrip;
        done = new CountDownLatch(n);
        Session session = Session.lookupSession(id);
        // a load generator should cost little next to what it measures: the fields are set as text, the timestamp
        // formatted once (the typed constructors format doubles and times anew for every order)
        String transactTime = UtcTimestampConverter.convert(LocalDateTime.of(2024, 1, 2, 21, 0), UtcTimestampPrecision.MILLIS);
        long t0 = System.nanoTime();
        for (int k = 0; k < n; k++) {
            window.acquire();
            NewOrderSingle o = new NewOrderSingle();
            o.setString(ClOrdID.FIELD, Integer.toString(offset + k));
            o.setChar(Side.FIELD, k % 2 == 0 ? Side.BUY : Side.SELL);
            o.setString(TransactTime.FIELD, transactTime);
            o.setChar(OrdType.FIELD, OrdType.MARKET);
            o.setChar(HandlInst.FIELD, '1');
            o.setString(Symbol.FIELD, "BENCH");
            o.setString(OrderQty.FIELD, "1");
            sentAt[k] = System.nanoTime();
            session.send(o);
        }
        if (!done.await(300, TimeUnit.SECONDS)) throw new IllegalStateException(done.getCount() + " fills missing after 300 s");
        return System.nanoTime() - t0;
    }

    private int offset;

    void offset(int o) {
        this.offset = o;
    }

    void stop() {
        initiator.stop(true);
    }

    @Override public void onCreate(SessionID s) { }
    @Override public void onLogon(SessionID s) { logon.countDown(); }
    @Override public void onLogout(SessionID s) { }
    @Override public void toAdmin(Message m, SessionID s) { }
    @Override public void fromAdmin(Message m, SessionID s) { }
    @Override public void toApp(Message m, SessionID s) { }

    @Override
    public void fromApp(Message m, SessionID s) throws FieldNotFound {
        long now = System.nanoTime();
        String type = m.getHeader().getString(MsgType.FIELD);
        if (MsgType.MARKET_DATA_INCREMENTAL_REFRESH.equals(type)) {
            snapshot.countDown();
            return;
        }
        if (!MsgType.EXECUTION_REPORT.equals(type) || m.getChar(ExecType.FIELD) != ExecType.TRADE) return;
        int k = Integer.parseInt(m.getString(ClOrdID.FIELD)) - offset;
        onRoundTrip.accept(now - sentAt[k]);
        window.release();
        done.countDown();
    }
}
