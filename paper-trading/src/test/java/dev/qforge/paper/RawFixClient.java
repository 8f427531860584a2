package dev.qforge.paper;


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

    /**
     * A well-formed message with body fields in the order given (tag, value pairs), so repeating groups keep
     * their layout; BodyLength and CheckSum are computed here as FIX defines them.
     */
    String message(String type, int seq, Object... body) {
        StringBuilder b = new StringBuilder();
        b.append("35=").append(type).append(SOH).append("34=").append(seq).append(SOH).append("49=").append(sender).append(SOH)
                .append("52=").append(java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd-HH:mm:ss.SSS")
                        .format(LocalDateTime.now(java.time.ZoneOffset.UTC))).append(SOH)
                .append("56=").append(target).append(SOH);
        for (int k = 0; k < body.length; k += 2) b.append(body[k]).append('=').append(body[k + 1]).append(SOH);
        String head = "8=FIX.4.4" + SOH + "9=" + b.length() + SOH;
        String msg = head + b;
        int sum = 0;
        for (byte x : msg.getBytes(StandardCharsets.ISO_8859_1)) sum += x & 0xff;
        return msg + "10=" + String.format("%03d", sum % 256) + SOH;
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
