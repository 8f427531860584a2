package dev.qforge.paper.client;

import dev.qforge.data.Instrument;
import dev.qforge.paper.BarEntries;
import quickfix.FieldNotFound;
import quickfix.Message;
import quickfix.field.MDEntryDate;
import quickfix.field.MDEntryTime;
import quickfix.field.MDEntryType;
import quickfix.field.MDReqID;
import quickfix.field.MarketDepth;
import quickfix.field.SecurityListRequestType;
import quickfix.field.SecurityReqID;
import quickfix.field.SubscriptionRequestType;
import quickfix.field.Symbol;
import quickfix.fix44.MarketDataRequest;
import quickfix.fix44.SecurityListRequest;

import java.time.LocalDateTime;
import java.util.List;

/** The client's requests for instruments and bars, and the time that identifies a published step. */
final class MarketDataRequests {

    private MarketDataRequests() {
    }

    static Message securityList(String runId) {
        return new SecurityListRequest(new SecurityReqID(runId), new SecurityListRequestType(SecurityListRequestType.ALL_SECURITIES));
    }

    /** Snapshot plus updates of the bar entries of every instrument. */
    static Message subscribe(String runId, List<Instrument> instruments) {
        MarketDataRequest m = new MarketDataRequest(new MDReqID(runId),
                new SubscriptionRequestType(SubscriptionRequestType.SNAPSHOT_UPDATES), new MarketDepth(1));
        for (char t : BarEntries.TYPES) {
            MarketDataRequest.NoMDEntryTypes g = new MarketDataRequest.NoMDEntryTypes();
            g.set(new MDEntryType(t));
            m.addGroup(g);
        }
        for (Instrument i : instruments) {
            MarketDataRequest.NoRelatedSym g = new MarketDataRequest.NoRelatedSym();
            g.set(new Symbol(i.symbol()));
            m.addGroup(g);
        }
        return m;
    }

    /** The close time of the bars in an incremental refresh (its first entry's date and time). */
    static long stepTime(Message x) throws FieldNotFound {
        quickfix.Group g = x.getGroup(1, quickfix.field.NoMDEntries.FIELD);
        return dev.qforge.paper.FixFields.millis(LocalDateTime.of(g.getUtcDateOnly(MDEntryDate.FIELD), g.getUtcTimeOnly(MDEntryTime.FIELD)));
    }
}
