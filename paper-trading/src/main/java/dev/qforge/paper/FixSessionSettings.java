package dev.qforge.paper;

import quickfix.ConfigError;
import quickfix.SessionID;
import quickfix.SessionSettings;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes and reads the QuickFIX/J settings files of the paper exchange (acceptor) and the trading client
 * (initiator). Sessions run around the clock (StartTime = EndTime): the exchange's own replay clock, not
 * the wall clock, says when the market is open. Messages are validated against QuickFIX/J's FIX 4.4 data
 * dictionary; user-defined fields are allowed so that other counterparties' custom tags do not break a
 * session. Sequence numbers are kept across logons (no reset), which is what makes recovery by resend work.
 */
public final class FixSessionSettings {

    public static final String BEGIN_STRING = "FIX.4.4";

    private FixSessionSettings() {
    }

    /** Settings of an acceptor on {@code host:port} with one session per client CompID. */
    public static SessionSettings acceptor(String host, int port, String exchangeCompId, List<String> clientCompIds,
                                           StoreKind store, Path storeDir) {
        SessionSettings s = new SessionSettings();
        common(s, store, storeDir);
        s.setString("ConnectionType", "acceptor");
        s.setString("SocketAcceptAddress", host);
        s.setLong("SocketAcceptPort", port);
        for (String client : clientCompIds) {
            SessionID id = new SessionID(BEGIN_STRING, exchangeCompId, client);
            s.setString(id, "BeginString", BEGIN_STRING);
            s.setString(id, "SenderCompID", exchangeCompId);
            s.setString(id, "TargetCompID", client);
        }
        return s;
    }

    /** Settings of an initiator connecting to {@code host:port}. */
    public static SessionSettings initiator(String host, int port, String clientCompId, String exchangeCompId,
                                            StoreKind store, Path storeDir, int heartbeatSeconds) {
        SessionSettings s = new SessionSettings();
        common(s, store, storeDir);
        s.setString("ConnectionType", "initiator");
        s.setLong("HeartBtInt", heartbeatSeconds);
        s.setLong("ReconnectInterval", 1);
        SessionID id = new SessionID(BEGIN_STRING, clientCompId, exchangeCompId);
        s.setString(id, "BeginString", BEGIN_STRING);
        s.setString(id, "SenderCompID", clientCompId);
        s.setString(id, "TargetCompID", exchangeCompId);
        s.setString(id, "SocketConnectHost", host);
        s.setLong(id, "SocketConnectPort", port);
        return s;
    }

    private static void common(SessionSettings s, StoreKind store, Path storeDir) {
        s.setString("StartTime", "00:00:00");
        s.setString("EndTime", "00:00:00");
        s.setString("UseDataDictionary", "Y");
        s.setString("DataDictionary", "FIX44.xml");
        s.setString("ValidateUserDefinedFields", "N");
        s.setString("ResetOnLogon", "N");
        s.setString("ResetOnLogout", "N");
        s.setString("ResetOnDisconnect", "N");
        // every store keeps the messages sent, the memory store too (for the life of the process): without them a
        // resend request is answered with a gap fill and the execution reports it asked for are lost to the client
        s.setString("PersistMessages", "Y");
        s.setString("SocketTcpNoDelay", "Y");
        // no SendingTime-against-wall-clock check: the exchange's time is the replay's, both ends are on loopback or
        // a LAN, and resent messages are exempt from it anyway; parsing SendingTime for it was 9% of the exchange's
        // CPU at load (QuickFIX/J's timestamp parser), for a check that cannot fail here
        s.setString("CheckLatency", "N");
        // sequence numbers are checked: a gap triggers a resend request, a number too low a logout
        s.setString("ValidateSequenceNumbers", "Y");
        s.setString("JdbcStoreMessagesTableName", "messages");
        s.setString("JdbcStoreSessionsTableName", "sessions");
        if (storeDir != null) s.setString("FileStorePath", storeDir.toAbsolutePath().toString());
        else if (store == StoreKind.FILE) throw new IllegalArgumentException("the file message store needs a folder");
    }

    public static void write(SessionSettings s, Path file) {
        try {
            if (file.toAbsolutePath().getParent() != null) Files.createDirectories(file.toAbsolutePath().getParent());
            try (OutputStream out = Files.newOutputStream(file)) {
                s.toStream(out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write FIX settings " + file + ": " + e.getMessage(), e);
        }
    }

    public static SessionSettings read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return new SessionSettings(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read FIX settings " + file + ": " + e.getMessage(), e);
        } catch (ConfigError e) {
            throw new IllegalArgumentException("FIX settings " + file + " are invalid: " + e.getMessage(), e);
        }
    }
}
