package dev.qforge.paper;

import quickfix.Application;
import quickfix.DefaultMessageFactory;
import quickfix.FieldNotFound;
import quickfix.MemoryStoreFactory;
import quickfix.Message;
import quickfix.ScreenLogFactory;
import quickfix.Session;
import quickfix.SessionID;
import quickfix.SessionNotFound;
import quickfix.SessionSettings;
import quickfix.SocketAcceptor;
import quickfix.field.AvgPx;
import quickfix.field.ClOrdID;
import quickfix.field.CumQty;
import quickfix.field.ExecID;
import quickfix.field.ExecType;
import quickfix.field.LastPx;
import quickfix.field.LastQty;
import quickfix.field.LeavesQty;
import quickfix.field.MDEntryDate;
import quickfix.field.MDEntryPx;
import quickfix.field.MDEntryTime;
import quickfix.field.MDEntryType;
import quickfix.field.MDReqID;
import quickfix.field.MDUpdateAction;
import quickfix.field.MsgType;
import quickfix.field.OrdStatus;
import quickfix.field.OrderID;
import quickfix.field.OrderQty;
import quickfix.field.SecurityReqID;
import quickfix.field.SecurityRequestResult;
import quickfix.field.SecurityResponseID;
import quickfix.field.Side;
import quickfix.field.Symbol;
import quickfix.field.TradSesStatus;
import quickfix.field.TradingSessionID;
import quickfix.fix44.ExecutionReport;
import quickfix.fix44.MarketDataIncrementalRefresh;
import quickfix.fix44.SecurityList;
import quickfix.fix44.TradingSessionStatus;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A minimal acceptor that is not ours, in the manner of QuickFIX/J's Executor example: it lists one symbol
 * (plain Symbol, no qforge SecurityDesc), publishes a fixed number of daily bars with standard entry types when
 * subscribed, fills every order in full at one price, and declares the session closed once it has filled as
 * many orders as it published bars.
 */
final class OnePriceAcceptor implements Application {

    static final double PRICE = 42.5;
    private final int bars;
    private final boolean announceOpen;
    private final AtomicInteger filled = new AtomicInteger();
    private final AtomicInteger execIds = new AtomicInteger();
    private SocketAcceptor acceptor;

    OnePriceAcceptor(int bars) {
        this(bars, false);
    }

    /** With {@code announceOpen}, says the trading session is open (35=h, 340=2) before answering the security list. */
    OnePriceAcceptor(int bars, boolean announceOpen) {
        this.bars = bars;
        this.announceOpen = announceOpen;
    }

    void start(int port) throws Exception {
        SessionSettings s = new SessionSettings();
        SessionID id = new SessionID("FIX.4.4", "EXEC", "QFORGE-CL");
        s.setString("ConnectionType", "acceptor");
        s.setString("StartTime", "00:00:00");
        s.setString("EndTime", "00:00:00");
        s.setString("SocketAcceptAddress", "127.0.0.1");
        s.setLong("SocketAcceptPort", port);
        s.setString("UseDataDictionary", "Y");
        s.setString(id, "BeginString", "FIX.4.4");
        s.setString(id, "SenderCompID", "EXEC");
        s.setString(id, "TargetCompID", "QFORGE-CL");
        acceptor = new SocketAcceptor(this, new MemoryStoreFactory(), s, new quickfix.SLF4JLogFactory(s), new DefaultMessageFactory());
        acceptor.start();
    }

    void stop() {
        acceptor.stop(true);
    }

    @Override public void onCreate(SessionID id) { }
    @Override public void onLogon(SessionID id) { }
    @Override public void onLogout(SessionID id) { }
    @Override public void toAdmin(Message m, SessionID id) { }
    @Override public void fromAdmin(Message m, SessionID id) { }
    @Override public void toApp(Message m, SessionID id) { }

    @Override
    public void fromApp(Message m, SessionID id) throws FieldNotFound {
        String type = m.getHeader().getString(MsgType.FIELD);
        try {
            switch (type) {
                case MsgType.SECURITY_LIST_REQUEST -> {
                    if (announceOpen) {
                        Session.sendToTarget(new TradingSessionStatus(new TradingSessionID("DAY"), new TradSesStatus(TradSesStatus.OPEN)), id);
                    }
                    SecurityList l = new SecurityList(new SecurityReqID(m.getString(SecurityReqID.FIELD)), new SecurityResponseID("1"),
                            new SecurityRequestResult(SecurityRequestResult.VALID_REQUEST));
                    SecurityList.NoRelatedSym g = new SecurityList.NoRelatedSym();
                    g.set(new Symbol("XYZ"));
                    l.addGroup(g);
                    Session.sendToTarget(l, id);
                }
                case MsgType.MARKET_DATA_REQUEST -> {
                    for (int k = 0; k < bars; k++) {
                        MarketDataIncrementalRefresh x = new MarketDataIncrementalRefresh();
                        x.set(new MDReqID(m.getString(MDReqID.FIELD)));
                        LocalDate day = LocalDate.of(2024, 3, 4).plusDays(k);
                        char[] types = {MDEntryType.OPENING_PRICE, MDEntryType.TRADING_SESSION_HIGH_PRICE, MDEntryType.TRADING_SESSION_LOW_PRICE,
                                MDEntryType.CLOSING_PRICE};
                        double[] px = {40 + k, 41 + k, 39 + k, 40.5 + k};
                        for (int e = 0; e < types.length; e++) {
                            MarketDataIncrementalRefresh.NoMDEntries g = new MarketDataIncrementalRefresh.NoMDEntries();
                            g.set(new MDUpdateAction(MDUpdateAction.NEW));
                            g.set(new MDEntryType(types[e]));
                            g.set(new Symbol("XYZ"));
                            g.set(new MDEntryPx(px[e]));
                            g.set(new MDEntryDate(day));
                            g.set(new MDEntryTime(LocalTime.of(21, 0)));
                            x.addGroup(g);
                        }
                        Session.sendToTarget(x, id);
                    }
                }
                case MsgType.ORDER_SINGLE -> {
                    double qty = m.getDouble(OrderQty.FIELD);
                    String oid = "X" + execIds.incrementAndGet();
                    ExecutionReport fill = new ExecutionReport(new OrderID(oid), new ExecID("E" + execIds.incrementAndGet()),
                            new ExecType(ExecType.TRADE), new OrdStatus(OrdStatus.FILLED), new Side(m.getChar(Side.FIELD)), new LeavesQty(0),
                            new CumQty(qty), new AvgPx(PRICE));
                    fill.set(new ClOrdID(m.getString(ClOrdID.FIELD)));
                    fill.set(new Symbol(m.getString(Symbol.FIELD)));
                    fill.set(new OrderQty(qty));
                    fill.set(new LastQty(qty));
                    fill.set(new LastPx(PRICE));
                    Session.sendToTarget(fill, id);
                    if (filled.incrementAndGet() == bars) {
                        Session.sendToTarget(new TradingSessionStatus(new TradingSessionID("DAY"), new TradSesStatus(TradSesStatus.CLOSED)), id);
                    }
                }
                default -> { }
            }
        } catch (SessionNotFound e) {
            throw new IllegalStateException(e);
        }
    }
}
