package dev.qforge.paper.exchange;

import dev.qforge.data.Bar;
import dev.qforge.paper.BarEntries;
import quickfix.SessionID;
import quickfix.field.MDReqID;
import quickfix.field.MDReqRejReason;
import quickfix.field.MDUpdateAction;
import quickfix.field.SubscriptionRequestType;
import quickfix.field.Symbol;
import quickfix.field.Text;
import quickfix.fix44.MarketDataIncrementalRefresh;
import quickfix.fix44.MarketDataRequest;
import quickfix.fix44.MarketDataRequestReject;
import quickfix.fix44.MarketDataSnapshotFullRefresh;

import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * MarketDataRequest subscriptions and the bars published on them. A request for a snapshot (263=0) gets one
 * full refresh (W) per symbol with its last closed bar; snapshot plus updates (263=1) also subscribes the
 * session, which then gets one incremental refresh (X) per step with the bars of its symbols that closed;
 * 263=2 unsubscribes. A request naming an unknown symbol is rejected (Y, reason 0) as a whole.
 */
final class MarketDataDesk {

    record Subscription(String mdReqId, BitSet instruments) {
    }

    private final Map<String, Integer> index;
    private final Map<SessionID, Subscription> subs = new LinkedHashMap<>();
    private final Map<SessionID, Long> lastSent = new java.util.HashMap<>();
    private final Outbox out;

    MarketDataDesk(Map<String, Integer> index, Outbox out) {
        this.index = index;
        this.out = out;
    }

    Map<SessionID, Subscription> subscriptions() {
        return subs;
    }

    void request(SessionID s, MarketDataRequest m, IntFunction<Bar> lastBar) throws quickfix.FieldNotFound {
        String id = m.getString(MDReqID.FIELD);
        char type = m.getChar(SubscriptionRequestType.FIELD);
        if (type == SubscriptionRequestType.DISABLE_PREVIOUS_SNAPSHOT_UPDATE_REQUEST) {
            subs.remove(s);
            return;
        }
        BitSet wanted = new BitSet();
        int n = m.getGroupCount(quickfix.field.NoRelatedSym.FIELD);
        for (int g = 1; g <= n; g++) {
            String sym = m.getGroup(g, quickfix.field.NoRelatedSym.FIELD).getString(Symbol.FIELD);
            Integer i = index.get(sym);
            if (i == null) {
                MarketDataRequestReject r = new MarketDataRequestReject(new MDReqID(id));
                r.set(new MDReqRejReason(MDReqRejReason.UNKNOWN_SYMBOL));
                r.set(new Text("unknown symbol " + sym + "; this exchange lists " + index.keySet()));
                out.send(s, r);
                return;
            }
            wanted.set(i);
        }
        for (int i = wanted.nextSetBit(0); i >= 0; i = wanted.nextSetBit(i + 1)) {
            Bar bar = lastBar.apply(i);
            if (bar != null) out.send(s, snapshot(id, symbol(i), bar));
        }
        if (type == SubscriptionRequestType.SNAPSHOT_UPDATES) subs.put(s, new Subscription(id, wanted));
    }

    /** The close time of the last bars sent to {@code s} in an incremental refresh; MIN_VALUE when none were. */
    long lastSent(SessionID s) {
        return lastSent.getOrDefault(s, Long.MIN_VALUE);
    }

    /**
     * One incremental refresh per subscribed session with the bars of {@code updated[0..n)}, closing at
     * {@code time}, it asked for; a session none of whose symbols has a bar now is sent nothing.
     */
    void publish(long time, int[] updated, int n, IntFunction<Bar> lastBar) {
        for (Map.Entry<SessionID, Subscription> e : subs.entrySet()) {
            Subscription sub = e.getValue();
            MarketDataIncrementalRefresh x = new MarketDataIncrementalRefresh();
            x.set(new MDReqID(sub.mdReqId()));
            int entries = 0;
            for (int k = 0; k < n; k++) {
                int i = updated[k];
                if (!sub.instruments().get(i)) continue;
                Bar bar = lastBar.apply(i);
                for (int t = 0; t < BarEntries.TYPES.length; t++) {
                    MarketDataIncrementalRefresh.NoMDEntries g = new MarketDataIncrementalRefresh.NoMDEntries();
                    if (!BarEntries.fill(g, bar, t)) continue;
                    g.set(new MDUpdateAction(MDUpdateAction.NEW));
                    g.set(new Symbol(symbol(i)));
                    x.addGroup(g);
                    entries++;
                }
            }
            if (entries > 0) {
                out.send(e.getKey(), x);
                lastSent.put(e.getKey(), time);
            }
        }
    }

    private static MarketDataSnapshotFullRefresh snapshot(String id, String symbol, Bar bar) {
        MarketDataSnapshotFullRefresh w = new MarketDataSnapshotFullRefresh();
        w.set(new MDReqID(id));
        w.set(new Symbol(symbol));
        for (int t = 0; t < BarEntries.TYPES.length; t++) {
            MarketDataSnapshotFullRefresh.NoMDEntries g = new MarketDataSnapshotFullRefresh.NoMDEntries();
            if (BarEntries.fill(g, bar, t)) w.addGroup(g);
        }
        return w;
    }

    private String symbol(int i) {
        for (Map.Entry<String, Integer> e : index.entrySet()) if (e.getValue() == i) return e.getKey();
        throw new IllegalStateException("no symbol at " + i);
    }
}
