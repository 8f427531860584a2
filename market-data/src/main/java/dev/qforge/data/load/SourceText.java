package dev.qforge.data.load;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * The decoded text of one source: gzip is recognised by its magic bytes (not by the name), binary
 * content and empty sources are refused with a {@link NotMarketDataException}.
 */
record SourceText(String name, String text) {

    private static final int PROBE = 8192;

    static SourceText of(String name, byte[] bytes) {
        byte[] raw = bytes;
        if (raw.length >= 2 && (raw[0] & 0xff) == 0x1f && (raw[1] & 0xff) == 0x8b) {
            raw = gunzip(name, raw);
        }
        if (raw.length == 0) throw new NotMarketDataException(name, "the file is empty");
        int probe = Math.min(PROBE, raw.length), control = 0;
        for (int i = 0; i < probe; i++) {
            int b = raw[i] & 0xff;
            if (b == 0) throw new NotMarketDataException(name, "binary content (NUL byte at offset " + i + "), not text");
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t') control++;
        }
        if (control * 20 > probe) throw new NotMarketDataException(name, "binary content (" + control + " control bytes in the first " + probe + "), not text");
        String text = new String(raw, StandardCharsets.UTF_8);
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') text = text.substring(1);
        if (text.isBlank()) throw new NotMarketDataException(name, "the file holds only white space");
        return new SourceText(name, text);
    }

    static SourceText of(String name, InputStream in) {
        try (in) {
            return of(name, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(name + ": cannot read: " + e.getMessage(), e);
        }
    }

    private static byte[] gunzip(String name, byte[] raw) {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(raw), 1 << 16)) {
            // the gzip trailer's ISIZE (the last member's length mod 2^32) sizes the output: for one member, one array
            int n = raw.length, hint = raw.length >= 18
                    ? (raw[n - 4] & 0xff) | (raw[n - 3] & 0xff) << 8 | (raw[n - 2] & 0xff) << 16 | (raw[n - 1] & 0xff) << 24 : -1;
            if (hint <= 0 || hint > 1 << 30) return in.readAllBytes();
            byte[] out = new byte[hint];
            int len = 0;
            while (len < hint) {
                int r = in.read(out, len, hint - len);
                if (r < 0) return java.util.Arrays.copyOf(out, len);
                len += r;
            }
            byte[] rest = in.readAllBytes(); // more members, or a wrong hint
            if (rest.length == 0) return out;
            byte[] all = java.util.Arrays.copyOf(out, len + rest.length);
            System.arraycopy(rest, 0, all, len, rest.length);
            return all;
        } catch (IOException e) {
            throw new NotMarketDataException(name, "truncated or corrupt gzip data (" + e.getMessage() + ")", e);
        }
    }

    /** The lines of the text, without terminators (index 0 is line 1). */
    List<String> lines() {
        List<String> out = new ArrayList<>();
        text.lines().forEach(out::add);
        return out;
    }

    /** The start of the text with white space collapsed, for error messages. */
    String preview() {
        String s = text.substring(0, Math.min(200, text.length())).replaceAll("\\s+", " ").trim();
        return s.length() > 80 ? s.substring(0, 80) + "..." : s;
    }
}
