package dev.qforge.paper.client;

import dev.qforge.backtest.SimulatedClock;
import dev.qforge.backtest.Strategy;
import dev.qforge.backtest.StrategyHost;
import dev.qforge.backtest.order.Fill;
import dev.qforge.backtest.portfolio.Portfolio;
import dev.qforge.data.Bar;
import dev.qforge.data.Instrument;
import dev.qforge.data.Timeframe;
import dev.qforge.paper.BarEntries;
import dev.qforge.paper.FixSessionSettings;
import dev.qforge.paper.InstrumentCodec;
import dev.qforge.paper.PaperDatabase;
import quickfix.ConfigError;
import quickfix.DataDictionary;
import quickfix.DefaultMessageFactory;
import quickfix.FieldNotFound;
import quickfix.InvalidMessage;
import quickfix.Message;
import quickfix.MessageUtils;
import quickfix.Session;
import quickfix.SessionID;
import quickfix.SessionSettings;
import quickfix.SocketInitiator;
import quickfix.field.Symbol;
import quickfix.field.TestReqID;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Runs a strategy against a FIX exchange: a QuickFIX/J initiator, a {@link FixVenue} and the backtester's
 * {@link StrategyHost}, so the strategy object is the one a backtest runs. Each execution report, market
 * data step, security list and end-of-replay notice is journaled in H2 (duplicates, by ExecID or bar time,
 * dropped) on the FIX thread and then applied, in order, by one driver thread: fills to the portfolio,
 * bars to the strategy's history, then the strategy's step, then (lock-step) the acknowledgement of the bar.
 *
 * <p><b>Recovery.</b> A client restarted with the same run id and a persistent message store first replays
 * its journal into a fresh strategy (deterministic strategies re-send the same orders, which are not sent
 * again when the journal shows them on the wire), then logs on with the stored sequence numbers, receives
 * what it missed by resend, asks the status of every open order and acknowledges its last bar: no fill is
 * lost and none counted twice.
 */
public final class PaperTrader implements AutoCloseable {

    private final TraderConfig config;
    private final Strategy strategy;
    private final PaperDatabase db;
    private final Clock wall;
    private final SessionID sessionId;
    private final BlockingQueue<ClientJournal.Entry> inbox = new LinkedBlockingQueue<>();
    private final CountDownLatch finished = new CountDownLatch(1);
    private final DataDictionary dd;
    private final DefaultMessageFactory factory = new DefaultMessageFactory();
    private final SimulatedClock clock = new SimulatedClock(Long.MIN_VALUE / 2);
    private final List<String> warnings = new ArrayList<>();
    private final Object progress = new Object();
    private volatile java.util.function.Consumer<Fill> onFill = f -> { };
    private ClientJournal journal;
    private FixVenue venue;
    private StrategyHost host;
    private Portfolio portfolio;
    private Map<String, Integer> index;
    private SocketInitiator initiator;
    private Thread driver;
    private volatile boolean killed;
    private volatile RuntimeException failure;
    private long lastStep = Long.MIN_VALUE;
    private long accruedUntil = Long.MIN_VALUE;
    private int bars;
    private boolean ended;

    public PaperTrader(TraderConfig config, Strategy strategy, PaperDatabase db, Clock wall) {
        this.config = config;
        this.strategy = strategy;
        this.db = db;
        this.wall = wall;
        this.sessionId = new SessionID(FixSessionSettings.BEGIN_STRING, config.compId(), config.exchangeCompId());
        try {
            this.dd = new DataDictionary("FIX44.xml");
        } catch (ConfigError e) {
            throw new IllegalStateException("QuickFIX/J's FIX44.xml is missing", e);
        }
    }

    /** Replays the run's journal (when resuming), then connects. */
    public void start() {
        journal = new ClientJournal(db.dataSource(), config.runId());
        venue = new FixVenue(config.runId(), clock::millis, this::wire, journal);
        List<ClientJournal.Entry> past = journal.readAll();
        venue.recovering(true, journal.sent());
        for (ClientJournal.Entry e : past) apply(e, true);
        venue.recovering(false, java.util.Set.of());
        driver = new Thread(this::drive, "paper-trader-" + config.runId());
        driver.setDaemon(true);
        driver.start();
        if (ended) return;
        SessionSettings s = FixSessionSettings.initiator(config.host(), config.port(), config.compId(), config.exchangeCompId(),
                config.store(), config.workDir().resolve("client-store"), config.heartbeatSeconds());
        FixSessionSettings.write(s, config.workDir().resolve("client.cfg"));
        try {
            initiator = new SocketInitiator(new TraderApplication(config, journal, inbox, warnings, () -> killed, why -> {
                failure = new IllegalStateException(why);
                finished.countDown();
            }), config.store().factory(s, db.dataSource()), s, new dev.qforge.paper.FixLogs(), factory);
            initiator.start();
        } catch (ConfigError e) {
            throw new IllegalArgumentException("FIX initiator settings rejected: " + e.getMessage(), e);
        }
    }

    private void drive() {
        try {
            while (!killed) {
                ClientJournal.Entry e = inbox.poll(100, TimeUnit.MILLISECONDS);
                if (e != null) apply(e, false);
                if (ended) return;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            failure = e;
            finished.countDown();
        }
    }

    private void apply(ClientJournal.Entry e, boolean replay) {
        try {
            switch (e.kind()) {
                case "LOGON" -> loggedOn();
                case "SEC" -> securities(parse(e.payload()), replay);
                case "EXEC" -> {
                    Message er = parse(e.payload());
                    String[] execId = new String[1];
                    if (er.getChar(quickfix.field.ExecType.FIELD) == quickfix.field.ExecType.TRADE
                            && er.isSetField(quickfix.field.TransactTime.FIELD)) {
                        accrueTo(dev.qforge.paper.FixFields.millis(er.getUtcTimeStamp(quickfix.field.TransactTime.FIELD)));
                    }
                    Fill f = venue.onExecutionReport(er, execId);
                    if (f != null) {
                        journal.fill(execId[0], f);
                        if (!replay) onFill.accept(f);
                    }
                }
                case "CXLREJ" -> venue.onCancelReject(parse(e.payload()));
                case "STEP" -> step(parse(e.payload()), replay);
                case "END" -> end();
                default -> throw new IllegalStateException("unknown journal entry " + e.kind());
            }
        } catch (FieldNotFound ex) {
            throw new IllegalStateException("message of kind " + e.kind() + " lacks field " + ex.field + ": " + e.payload(), ex);
        }
    }

    private Message parse(String raw) {
        try {
            return MessageUtils.parse(factory, dd, raw);
        } catch (InvalidMessage ex) {
            throw new IllegalStateException("journaled message cannot be parsed: " + ex.getMessage(), ex);
        }
    }

    private void securities(Message list, boolean replay) throws FieldNotFound {
        if (host != null) return;
        List<Instrument> instruments = new ArrayList<>();
        Timeframe tf = null;
        int n = list.getGroupCount(quickfix.field.NoRelatedSym.FIELD);
        for (int g = 1; g <= n; g++) {
            quickfix.Group grp = list.getGroup(g, quickfix.field.NoRelatedSym.FIELD);
            String sym = grp.getString(Symbol.FIELD);
            if (grp.isSetField(quickfix.field.SecurityDesc.FIELD) && grp.getString(quickfix.field.SecurityDesc.FIELD).contains("tf=")) {
                String desc = grp.getString(quickfix.field.SecurityDesc.FIELD);
                instruments.add(InstrumentCodec.instrument(sym, desc));
                tf = InstrumentCodec.timeframe(sym, desc);
            } else {
                // another venue's list: guess the instrument from its symbol, assume daily bars
                instruments.add(Instrument.guess(sym));
                if (tf == null) tf = Timeframe.D1;
                synchronized (warnings) {
                    warnings.add("security list entry " + sym + " has no qforge SecurityDesc: instrument guessed, daily bars assumed");
                }
            }
        }
        if (instruments.isEmpty()) throw new IllegalStateException("the exchange lists no instruments");
        index = new HashMap<>();
        for (int i = 0; i < instruments.size(); i++) index.put(instruments.get(i).symbol(), i);
        portfolio = new Portfolio(instruments, config.cash());
        host = StrategyHost.live(instruments, tf, portfolio, clock, strategy);
        host.attach(venue);
        host.start();
        if (!replay) wire(MarketDataRequests.subscribe(config.runId(), instruments));
    }

    private void step(Message x, boolean replay) throws FieldNotFound {
        Map<String, BarEntries.Builder> bySymbol = new LinkedHashMap<>();
        int n = x.getGroupCount(quickfix.field.NoMDEntries.FIELD);
        for (int g = 1; g <= n; g++) {
            quickfix.Group grp = x.getGroup(g, quickfix.field.NoMDEntries.FIELD);
            bySymbol.computeIfAbsent(grp.getString(Symbol.FIELD), k -> new BarEntries.Builder()).add(grp);
        }
        long t = Long.MIN_VALUE;
        List<int[]> seen = new ArrayList<>();
        List<Bar> barsNow = new ArrayList<>();
        for (Map.Entry<String, BarEntries.Builder> en : bySymbol.entrySet()) {
            Integer i = index.get(en.getKey());
            if (i == null) continue;
            Bar b = en.getValue().bar(en.getKey());
            t = Math.max(t, b.time());
            seen.add(new int[] {i});
            barsNow.add(b);
        }
        if (t == Long.MIN_VALUE || t <= lastStep) return; // a step already taken (re-published after an exchange restart)
        clock.set(t);
        accrueTo(t);
        for (int k = 0; k < barsNow.size(); k++) host.barArrived(seen.get(k)[0], barsNow.get(k));
        host.step();
        lastStep = t;
        accruedUntil = t;
        synchronized (progress) {
            bars++;
            progress.notifyAll();
        }
        journal.status(strategy.getClass().getSimpleName(), "running", bars, lastStep, portfolio, wall.instant());
        if (!replay) ack();
    }

    /** Borrow on shorts for the time since the last step, charged before that time's fills, as the backtest does. */
    private void accrueTo(long t) {
        if (lastStep == Long.MIN_VALUE || t <= accruedUntil || portfolio == null) return;
        portfolio.accrueBorrow(config.rules().borrowRate(), t - accruedUntil);
        accruedUntil = t;
    }

    private void ack() {
        if (lastStep == Long.MIN_VALUE) return;
        quickfix.fix44.TestRequest ack = new quickfix.fix44.TestRequest(new TestReqID(dev.qforge.paper.exchange.Pacing.ACK_PREFIX + lastStep));
        wire(ack);
    }

    private void end() {
        if (ended) return;
        ended = true;
        if (host != null) {
            host.end();
            journal.status(strategy.getClass().getSimpleName(), "finished", bars, lastStep, portfolio, wall.instant());
        }
        finished.countDown();
    }

    private void loggedOn() {
        venue.flushDeferred();
        for (Message m : venue.statusRequests()) wire(m);
        if (host == null) wire(MarketDataRequests.securityList(config.runId()));
        else wire(MarketDataRequests.subscribe(config.runId(), host.instruments()));
        ack();
    }

    private void wire(Message m) {
        Session s = Session.lookupSession(sessionId);
        if (s == null) return; // not connected yet: the logon sends what is needed
        s.send(m);
    }

    // ---- results

    /** Waits for the end of the replay; false on timeout. Throws what stopped the driver, if anything did. */
    public boolean awaitFinished(long timeout, TimeUnit unit) throws InterruptedException {
        boolean ok = finished.await(timeout, unit);
        if (failure != null) throw failure;
        return ok;
    }

    /** Called on the driver thread with each live (not replayed) fill, for progress output. */
    public void onFill(java.util.function.Consumer<Fill> listener) {
        this.onFill = listener;
    }

    /** Waits until the strategy has taken {@code n} steps (live or replayed); false on timeout. */
    public boolean awaitBars(int n, long timeout, TimeUnit unit) throws InterruptedException {
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        synchronized (progress) {
            while (bars < n) {
                long left = deadline - System.nanoTime();
                if (left <= 0 || finished.getCount() == 0) return bars >= n;
                TimeUnit.NANOSECONDS.timedWait(progress, left);
            }
        }
        return true;
    }

    /** The driver's view; read it after {@link #awaitFinished} or {@link #kill}. */
    public StrategyHost host() {
        return host;
    }

    public Portfolio portfolio() {
        return portfolio;
    }

    public int bars() {
        synchronized (progress) {
            return bars;
        }
    }

    public List<String> warnings() {
        // the FIX thread and the driver add to these lists while a caller reads them
        List<String> all;
        synchronized (warnings) {
            all = new ArrayList<>(warnings);
        }
        if (venue != null) {
            List<String> v = venue.warnings();
            synchronized (v) {
                all.addAll(v);
            }
        }
        return all;
    }

    /** Stops as a crash would: no logout, nothing more processed; what was journaled stays. */
    public void kill() {
        killed = true;
        Session s = Session.lookupSession(sessionId);
        if (s != null) {
            try {
                s.disconnect("killed", false);
            } catch (java.io.IOException e) {
                synchronized (warnings) {
                    warnings.add("disconnect: " + e.getMessage());
                }
            }
        }
        stopAll();
    }

    @Override
    public void close() {
        killed = true;
        stopAll();
    }

    private void stopAll() {
        if (initiator != null) initiator.stop(true);
        if (driver != null) {
            driver.interrupt();
            try {
                driver.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (journal != null) journal.close();
    }
}
