package dev.qforge.data;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Content fingerprint of a {@link BarSeries}: SHA-256 (lower-case hex) over canonical bytes, so two series
 * have the same fingerprint exactly when they describe the same instrument, timeframe and bars bit for bit.
 *
 * <p>Canonical bytes, all big-endian: the tag {@code qforge.bars.v1}; the instrument's symbol, asset class
 * name, currency and zone id (each as a 4-byte length and UTF-8 bytes); tick size, lot size and multiplier
 * (IEEE-754 bits); the timeframe label; the bar count; then the time column (longs) and the open, high, low,
 * close and volume columns (IEEE-754 bits via {@link Double#doubleToLongBits}, so every NaN is the same
 * NaN, and {@code -0.0} counts as {@code 0.0}: the sign of a zero carries no meaning in market data,
 * and H2 stores both as {@code 0.0}, so a stored series keeps its fingerprint). Only the bars of a slice count, not the parent's.
 * Backtests record it as their data fingerprint; the store uses it to recognise a re-import.
 */
public final class Fingerprint {

    private static final int CHUNK = 4096; // values per buffer flush

    private Fingerprint() {
    }

    /** The hex SHA-256 fingerprint of {@code series}. */
    public static String of(BarSeries series) {
        MessageDigest md = sha256();
        Instrument in = series.instrument();
        ByteBuffer head = ByteBuffer.allocate(1024);
        putString(head, "qforge.bars.v1");
        putString(head, in.symbol());
        putString(head, in.assetClass().name());
        putString(head, in.currency());
        putString(head, in.exchangeZone().getId());
        head.putDouble(in.tickSize()).putDouble(in.lotSize()).putDouble(in.multiplier());
        putString(head, series.timeframe().label());
        head.putInt(series.size());
        md.update(head.flip());

        int n = series.size();
        ByteBuffer buf = ByteBuffer.allocate(CHUNK * Long.BYTES);
        for (int i = 0; i < n; i++) {
            if (!buf.hasRemaining()) flush(md, buf);
            buf.putLong(series.time(i));
        }
        for (BarSeries.Field f : BarSeries.Field.values()) {
            double[] col = series.copyColumn(f);
            for (double v : col) {
                if (!buf.hasRemaining()) flush(md, buf);
                buf.putLong(Double.doubleToLongBits(v == 0.0 ? 0.0 : v)); // -0.0 == 0.0
            }
        }
        flush(md, buf);
        return HexFormat.of().formatHex(md.digest());
    }

    private static void flush(MessageDigest md, ByteBuffer buf) {
        md.update(buf.flip());
        buf.clear();
    }

    private static void putString(ByteBuffer b, String s) {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        if (bytes.length > 200) throw new IllegalArgumentException("instrument field too long for a fingerprint: " + s);
        b.putInt(bytes.length).put(bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
}
