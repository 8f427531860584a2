package dev.qforge.paper;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import quickfix.Log;
import quickfix.LogFactory;
import quickfix.SessionID;

/**
 * QuickFIX/J session logs through SLF4J: session events at debug, errors at warn, and every message in and out
 * at trace only (logger {@code dev.qforge.paper.fix.<session>}), because formatting each message costs more
 * than the rest of the round trip at paper-trading rates.
 */
public final class FixLogs implements LogFactory {

    @Override
    public Log create(SessionID id) {
        Logger log = LoggerFactory.getLogger("dev.qforge.paper.fix." + id.getSenderCompID() + "-" + id.getTargetCompID());
        return new Log() {
            @Override public void clear() { }
            @Override public void onIncoming(String m) { if (log.isTraceEnabled()) log.trace("in  {}", m); }
            @Override public void onOutgoing(String m) { if (log.isTraceEnabled()) log.trace("out {}", m); }
            @Override public void onEvent(String e) { log.debug(e); }
            @Override public void onErrorEvent(String e) { log.warn(e); }
        };
    }
}
