package dev.qforge.paper.exchange;

import quickfix.Message;
import quickfix.SessionID;

/** Where the exchange's answers go: the FIX session, or nowhere while a restarted exchange replays its journal. */
interface Outbox {

    void send(SessionID session, Message message);

    Outbox DISCARD = (session, message) -> { };
}
