package dev.qforge.paper.client;

import quickfix.Application;
import quickfix.FieldNotFound;
import quickfix.Message;
import quickfix.SessionID;
import quickfix.field.MsgType;
import quickfix.field.Password;
import quickfix.field.Username;

import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.function.BooleanSupplier;

/**
 * The trading client's QuickFIX/J callbacks, on the FIX thread: credentials into the Logon, and each
 * application message the strategy depends on journaled (deduplicated by ExecID, ClOrdID or bar time) before
 * QuickFIX/J counts it as received, then queued for the driver. Snapshots, market data rejects and business
 * rejects are kept as warnings only.
 */
final class TraderApplication implements Application {

    private final TraderConfig config;
    private final ClientJournal journal;
    private final BlockingQueue<ClientJournal.Entry> inbox;
    private final List<String> warnings;
    private final BooleanSupplier killed;
    private final java.util.function.Consumer<String> refused;
    private volatile boolean everLoggedOn;

    TraderApplication(TraderConfig config, ClientJournal journal, BlockingQueue<ClientJournal.Entry> inbox, List<String> warnings,
                      BooleanSupplier killed, java.util.function.Consumer<String> refused) {
        this.refused = refused;
        this.config = config;
        this.journal = journal;
        this.inbox = inbox;
        this.warnings = warnings;
        this.killed = killed;
    }

    @Override
    public void onCreate(SessionID id) {
    }

    @Override
    public void onLogon(SessionID id) {
        everLoggedOn = true;
        inbox.add(new ClientJournal.Entry("LOGON", ""));
    }

    @Override
    public void onLogout(SessionID id) {
    }

    @Override
    public void toAdmin(Message m, SessionID id) {
        try {
            if (MsgType.LOGON.equals(m.getHeader().getString(MsgType.FIELD)) && config.username() != null) {
                m.setString(Username.FIELD, config.username());
                m.setString(Password.FIELD, config.password());
            }
        } catch (FieldNotFound e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void fromAdmin(Message m, SessionID id) throws FieldNotFound {
        // a Logout before we were ever logged on is the counterparty refusing us: retrying will not help
        if (!everLoggedOn && MsgType.LOGOUT.equals(m.getHeader().getString(MsgType.FIELD))) {
            refused.accept("logon refused by " + id.getTargetCompID()
                    + (m.isSetField(quickfix.field.Text.FIELD) ? ": " + m.getString(quickfix.field.Text.FIELD) : ""));
        }
    }

    @Override
    public void toApp(Message m, SessionID id) {
    }

    @Override
    public void fromApp(Message m, SessionID id) throws FieldNotFound {
        if (killed.getAsBoolean()) throw new IllegalStateException("killed"); // a dead process takes nothing in
        String type = m.getHeader().getString(MsgType.FIELD);
        String key;
        String kind;
        switch (type) {
            case MsgType.EXECUTION_REPORT -> { kind = "EXEC"; key = "X:" + m.getString(quickfix.field.ExecID.FIELD); }
            case MsgType.ORDER_CANCEL_REJECT -> { kind = "CXLREJ"; key = "R:" + m.getString(quickfix.field.ClOrdID.FIELD); }
            case MsgType.MARKET_DATA_INCREMENTAL_REFRESH -> { kind = "STEP"; key = "MD:" + MarketDataRequests.stepTime(m); }
            case MsgType.SECURITY_LIST -> { kind = "SEC"; key = "SEC"; }
            case MsgType.TRADING_SESSION_STATUS -> {
                // only a closed session ends the run; venues also announce open, halted or pre-open sessions
                if (m.getInt(quickfix.field.TradSesStatus.FIELD) != quickfix.field.TradSesStatus.CLOSED) {
                    synchronized (warnings) {
                        warnings.add("trading session status " + m.getInt(quickfix.field.TradSesStatus.FIELD) + " from "
                                + id.getTargetCompID() + " ignored: only a close (3) ends the run");
                    }
                    return;
                }
                kind = "END";
                key = "END";
            }
            default -> {
                synchronized (warnings) {
                    if (!MsgType.MARKET_DATA_SNAPSHOT_FULL_REFRESH.equals(type)) warnings.add("received " + type + ": " + m);
                }
                return;
            }
        }
        // journaled before QuickFIX/J counts the message as received; a duplicate (a resend, a step published
        // again by a restarted exchange) is dropped here
        if (journal.append(key, kind, m.toString())) inbox.add(new ClientJournal.Entry(kind, m.toString()));
    }
}
