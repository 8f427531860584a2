package dev.qforge.paper;

import quickfix.Message;
import quickfix.field.BeginString;
import quickfix.field.MsgSeqNum;
import quickfix.field.MsgType;
import quickfix.field.SenderCompID;
import quickfix.field.SendingTime;
import quickfix.field.TargetCompID;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

/** A FIX peer on a bare socket, to put exactly the bytes a test wants on the wire and read the raw answers. */
final class RawFixClient implements AutoCloseable {

    static final char SOH = '\u0001';
    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;
    private final String sender;
    private final String target;

    RawFixClient(int port, String sender, String target) throws IOException {
        this.socket = new Socket("127.0.0.1", port);
        socket.setSoTimeout(10_000);
        this.in = socket.getInputStream();
        this.out = socket.getOutputStream();
        this.sender = sender;
        this.target = target;
    }

    /** A well-formed message: QuickFIX/J computes BodyLength and CheckSum. Body fields as tag, value pairs. */
    String message(String type, int seq, Object... body) {
        Message m = new Message();
        m.getHeader().setString(BeginString.FIELD, "FIX.4.4");
        m.getHeader().setString(MsgType.FIELD, type);
        m.getHeader().setString(SenderCompID.FIELD, sender);
        m.getHeader().setString(TargetCompID.FIELD, target);
        m.getHeader().setInt(MsgSeqNum.FIELD, seq);
        m.getHeader().setUtcTimeStamp(SendingTime.FIELD, LocalDateTime.now(java.time.ZoneOffset.UTC));
        for (int k = 0; k < body.length; k += 2) m.setString((Integer) body[k], String.valueOf(body[k + 1]));
        return m.toString();
    }

    void sendRaw(String raw) throws IOException {
        out.write(raw.getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }

    void logon(int heartbeat) throws IOException {
        sendRaw(message("A", 1, 98, 0, 108, heartbeat));
    }

    /** The next message as tag=value pairs (last value wins for repeated tags), or null when the peer closed. */
    Map<Integer, String> read() throws IOException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) >= 0) {
            buf.write(b);
            String s = buf.toString(StandardCharsets.ISO_8859_1);
            if (b == SOH && (s.startsWith("10=") || s.contains(SOH + "10="))) {
                Map<Integer, String> f = new LinkedHashMap<>();
                for (String part : s.split(String.valueOf(SOH))) {
                    int eq = part.indexOf('=');
                    if (eq > 0) f.put(Integer.parseInt(part.substring(0, eq)), part.substring(eq + 1));
                }
                return f;
            }
        }
        return null;
    }

    /** Reads until a message of {@code type} arrives (skipping heartbeats and others); null when the peer closed. */
    Map<Integer, String> readUntil(String type) throws IOException {
        for (Map<Integer, String> m = read(); m != null; m = read()) {
            if (type.equals(m.get(35))) return m;
        }
        return null;
    }

    /** True when the peer closes the connection before sending anything more than heartbeats or a logout. */
    boolean closedByPeer() throws IOException {
        try {
            for (Map<Integer, String> m = read(); m != null; m = read()) {
                if (!"5".equals(m.get(35)) && !"0".equals(m.get(35))) return false;
            }
            return true;
        } catch (SocketTimeoutException e) {
            return false;
        } catch (java.net.SocketException e) {
            return true; // reset by peer
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
