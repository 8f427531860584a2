package dev.qforge.paper.exchange;

import dev.qforge.paper.FixSessionSettings;
import dev.qforge.paper.PaperDatabase;
import dev.qforge.paper.Ports;
import quickfix.Application;
import quickfix.ConfigError;
import quickfix.DataDictionary;
import quickfix.DefaultMessageFactory;
import quickfix.DoNotSend;
import quickfix.FieldNotFound;
import quickfix.IncorrectTagValue;
import quickfix.InvalidMessage;
import quickfix.Message;
import quickfix.MessageUtils;
import quickfix.RejectLogon;
import quickfix.Session;
import quickfix.SessionID;
import quickfix.SessionNotFound;
import quickfix.SessionSettings;
import quickfix.SocketAcceptor;
import quickfix.UnsupportedMessageType;
import quickfix.field.MsgType;
import quickfix.field.Password;
import quickfix.field.TestReqID;
import quickfix.field.Username;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The paper exchange: a QuickFIX/J acceptor (FIX 4.4) on 127.0.0.1 that replays bars and fills orders with
 * the backtester's models. Sessions come from the settings file it writes to its work folder
 * ({@code exchange.cfg}); only the configured client CompIDs can log on, and a client configured with a
 * username and password must send them in its Logon (553/554) or is refused. Heartbeats, test requests,
 * sequence numbers, resend requests and gap fills are QuickFIX/J's, over the chosen message store.
 *
 * <p>One lock serialises every input (messages, acknowledgements, steps of the replay thread). With a
 * database and {@code journal} on, each input is journaled after its answers went out, and {@link #start}
 * first replays the journal with answers discarded: a restarted exchange is where it stopped.
 */
public final class PaperExchange implements Application, AutoCloseable {

    private final ExchangeConfig config;
    private final PaperDatabase db;
    private final Object lock = new Object();
    private final ExchangeCore core;
    private final Map<String, SessionID> sessionsByName = new HashMap<>();
    private final Map<String, ExchangeConfig.ClientLogin> logins = new HashMap<>();
    private final CountDownLatch done = new CountDownLatch(1);
    private volatile Outbox current = Outbox.DISCARD;
    private ExchangeJournal journal;
    private SocketAcceptor acceptor;
    private Thread replay;
    private volatile boolean stopping;
    private int port;
    private Path settingsFile;

    public PaperExchange(ExchangeConfig config, BarTape tape, PaperDatabase db) {
        this.config = config;
        this.db = db;
        if ((config.journal() || config.store() == dev.qforge.paper.StoreKind.JDBC) && db == null) {
            throw new IllegalArgumentException("the exchange's journal and the jdbc store need a database");
        }
        this.core = new ExchangeCore(config, tape, (s, m) -> current.send(s, m));
        for (SessionID s : core.books().keySet()) sessionsByName.put(s.toString(), s);
        for (ExchangeConfig.ClientLogin c : config.clients()) logins.put(c.compId(), c);
    }

    /** Recovers from the journal (when on), binds the acceptor and starts the replay clock. */
    public void start() {
        port = config.port() == 0 ? Ports.free() : config.port();
        SessionSettings settings = FixSessionSettings.acceptor(config.host(), port, config.compId(),
                config.clients().stream().map(ExchangeConfig.ClientLogin::compId).toList(), config.store(),
                config.workDir().resolve("exchange-store"));
        // the data dictionary check costs about an eighth of the exchange's CPU at load (measured with bench paper)
        if (!config.validateIncoming()) settings.setString("ValidateIncomingMessage", "N");
        settingsFile = config.workDir().resolve("exchange.cfg");
        FixSessionSettings.write(settings, settingsFile);
        if (config.journal()) {
            journal = new ExchangeJournal(db.dataSource(), config.exchangeId());
            recover();
        } else {
            // no journal: a restart begins afresh, so its ids must differ from those of the exchange's earlier lives
            String life = "L" + nextLife(config.workDir()) + "-";
            for (AccountBook b : core.books().values()) b.life(life);
        }
        current = (s, m) -> {
            try {
                Session.sendToTarget(m, s);
            } catch (SessionNotFound e) {
                throw new IllegalStateException("no FIX session " + s, e);
            }
        };
        try {
            acceptor = new SocketAcceptor(this, config.store().factory(settings, db == null ? null : db.dataSource()), settings,
                    new dev.qforge.paper.FixLogs(), new DefaultMessageFactory());
            acceptor.start();
        } catch (ConfigError e) {
            throw new IllegalArgumentException("FIX acceptor settings rejected: " + e.getMessage(), e);
        }
        replay = new Thread(this::replayLoop, "paper-exchange-replay");
        replay.setDaemon(true);
        replay.start();
    }

    private void recover() {
        DataDictionary dd;
        try {
            dd = new DataDictionary("FIX44.xml");
        } catch (ConfigError e) {
            throw new IllegalStateException("QuickFIX/J's FIX44.xml is missing", e);
        }
        DefaultMessageFactory factory = new DefaultMessageFactory();
        synchronized (lock) {
            for (ExchangeJournal.Entry e : journal.readAll()) {
                SessionID s = sessionsByName.get(e.session());
                try {
                    switch (e.kind()) {
                        case "MSG" -> core.handle(s, MessageUtils.parse(factory, dd, e.payload()));
                        case "ACK" -> core.ack(s, Long.parseLong(e.payload()));
                        case "STEP" -> core.publishStep();
                        case "END" -> core.end();
                        default -> throw new IllegalStateException("unknown journal entry kind " + e.kind());
                    }
                } catch (InvalidMessage | FieldNotFound | UnsupportedMessageType ex) {
                    throw new IllegalStateException("journal entry of " + e.session() + " cannot be replayed: " + ex, ex);
                }
            }
        }
    }

    /** This start's number (1, 2, ...) in the work folder, counted in {@code exchange.lives}. */
    private static int nextLife(Path dir) {
        Path f = dir.resolve("exchange.lives");
        try {
            Files.createDirectories(dir);
            int n = Files.exists(f) ? Integer.parseInt(Files.readString(f).trim()) + 1 : 1;
            Files.writeString(f, Integer.toString(n));
            return n;
        } catch (IOException | NumberFormatException e) {
            throw new IllegalStateException("cannot count the exchange's starts in " + f + ": " + e.getMessage(), e);
        }
    }

    private void replayLoop() {
        try {
            synchronized (lock) {
                while (!stopping) {
                    while (!stopping && !(core.started() && (!config.pacing().lockStep() || core.acknowledged()))) lock.wait();
                    if (stopping) return;
                    if (!core.hasNext()) {
                        if (!core.ended()) {
                            core.end();
                            journal("", "END", "");
                        }
                        done.countDown();
                        return;
                    }
                    long wait = config.pacing().wallNanos(core.nextGapMillis());
                    // the wall clock only paces the replay; the exchange's time is the bars' close time
                    long deadline = System.nanoTime() + wait;
                    for (long left = wait; left > 0 && !stopping; left = deadline - System.nanoTime()) {
                        TimeUnit.NANOSECONDS.timedWait(lock, left);
                    }
                    if (stopping) return;
                    core.publishStep();
                    journal("", "STEP", Integer.toString(core.step()));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void journal(String session, String kind, String payload) {
        if (journal != null) journal.append(session, kind, payload);
    }

    public int port() {
        return port;
    }

    public Path settingsFile() {
        return settingsFile;
    }

    /** Steps published so far, of {@link #steps()}. */
    public int step() {
        synchronized (lock) {
            return core.step();
        }
    }

    public int steps() {
        return core.steps();
    }

    /** Waits until the replay has ended and open orders were cancelled; false on timeout. */
    public boolean awaitEnd(long timeout, TimeUnit unit) throws InterruptedException {
        return done.await(timeout, unit);
    }

    /** Cash and equity of a client's account at the exchange (the broker's view). */
    public double[] account(String clientCompId) {
        synchronized (lock) {
            for (Map.Entry<SessionID, AccountBook> e : core.books().entrySet()) {
                if (e.getKey().getTargetCompID().equals(clientCompId)) {
                    return new double[] {e.getValue().portfolio().cash(), e.getValue().portfolio().equity()};
                }
            }
        }
        throw new IllegalArgumentException("no client " + clientCompId);
    }

    @Override
    public void close() {
        stopping = true;
        synchronized (lock) {
            lock.notifyAll();
        }
        if (acceptor != null) acceptor.stop(true);
        if (replay != null) {
            try {
                replay.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (journal != null) journal.close();
    }

    // ---- QuickFIX/J application callbacks

    @Override
    public void onCreate(SessionID sessionId) {
    }

    @Override
    public void onLogon(SessionID sessionId) {
    }

    @Override
    public void onLogout(SessionID sessionId) {
    }

    @Override
    public void toAdmin(Message message, SessionID sessionId) {
    }

    @Override
    public void fromAdmin(Message message, SessionID sessionId) throws FieldNotFound, IncorrectTagValue, RejectLogon {
        String type = message.getHeader().getString(MsgType.FIELD);
        if (MsgType.LOGON.equals(type)) {
            ExchangeConfig.ClientLogin login = logins.get(sessionId.getTargetCompID());
            if (login != null && login.username() != null) {
                String user = message.isSetField(Username.FIELD) ? message.getString(Username.FIELD) : null;
                String pass = message.isSetField(Password.FIELD) ? message.getString(Password.FIELD) : null;
                if (!login.username().equals(user) || !login.password().equals(pass)) {
                    throw new RejectLogon("logon refused: wrong or missing username/password for " + sessionId.getTargetCompID());
                }
            }
        } else if (MsgType.TEST_REQUEST.equals(type)) {
            String id = message.getString(TestReqID.FIELD);
            if (id.startsWith(Pacing.ACK_PREFIX)) {
                long t;
                try {
                    t = Long.parseLong(id.substring(Pacing.ACK_PREFIX.length()));
                } catch (NumberFormatException e) {
                    throw new IncorrectTagValue(TestReqID.FIELD, id);
                }
                synchronized (lock) {
                    core.ack(sessionId, t);
                    journal(sessionId.toString(), "ACK", Long.toString(t));
                    lock.notifyAll();
                }
            }
        }
    }

    @Override
    public void toApp(Message message, SessionID sessionId) throws DoNotSend {
    }

    @Override
    public void fromApp(Message message, SessionID sessionId) throws FieldNotFound, UnsupportedMessageType {
        synchronized (lock) {
            boolean wasStarted = core.started();
            core.handle(sessionId, message);
            // serialising the message again costs as much as an execution report: only when it is journaled
            if (journal != null) journal.append(sessionId.toString(), "MSG", message.toString());
            // only a first subscription can let the replay thread go on; waking it per order costs throughput
            if (!wasStarted && core.started()) lock.notifyAll();
        }
    }
}
