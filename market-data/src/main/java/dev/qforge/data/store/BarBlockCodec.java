package dev.qforge.data.store;

import dev.qforge.data.BarSeries;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.zip.CRC32C;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * Packs up to a few thousand consecutive bars of one series into one {@code bar_blocks.data} value, columnar, the
 * way kdb+ splayed tables and ArcticDB segments lay out data: each column is one contiguous run of 8-byte values.
 *
 * <p><b>Format, version 1</b> (all integers and values <b>little-endian</b>):
 * <pre>
 * offset  size  field
 *      0     4  magic: the ASCII bytes 'Q' 'F' 'B' and the format version 1
 *      4     1  flags: bit 0 set = the column bytes below are a java.util.zip Deflater stream (zlib); other bits 0
 *      5     3  reserved, 0
 *      8     4  n, the number of bars (at least 1)
 *     12     4  CRC32C of the 48 * n uncompressed column bytes
 *     16        the column bytes (48 * n of them, or their Deflater stream when flag bit 0 is set):
 *               time   n x int64, epoch milliseconds of the bar close, strictly increasing
 *               open   n x IEEE 754 binary64 bit patterns (Double.doubleToRawLongBits)
 *               high, low, close, volume: likewise, in that order
 * </pre>
 * Values are stored as their raw bit patterns, so every double reads back bit for bit: {@code -0.0}, infinities and
 * NaN payloads included. A block whose magic, flags, length, CRC or time order does not check out is a
 * {@link StoreException} naming the series and the block.
 */
final class BarBlockCodec {

    static final int HEADER = 16;
    static final int BYTES_PER_BAR = 48;
    static final int FLAG_DEFLATE = 1;
    private static final int MAGIC = 'Q' | 'F' << 8 | 'B' << 16 | 1 << 24;
    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);

    private BarBlockCodec() {
    }

    /** Encodes bars {@code [from, to)} of {@code s}; {@code deflate} compresses the column bytes. */
    static byte[] encode(BarSeries s, int from, int to, boolean deflate) {
        int n = to - from;
        if (n < 1 || from < 0 || to > s.size()) throw new IllegalArgumentException("bars [" + from + ", " + to + ") of " + s);
        byte[] out = new byte[HEADER + BYTES_PER_BAR * n];
        int p = HEADER;
        for (int i = from; i < to; i++, p += 8) LONG.set(out, p, s.time(i));
        for (BarSeries.Field f : BarSeries.Field.values()) {
            for (int i = from; i < to; i++, p += 8) LONG.set(out, p, Double.doubleToRawLongBits(value(s, f, i)));
        }
        CRC32C crc = new CRC32C();
        crc.update(out, HEADER, out.length - HEADER);
        INT.set(out, 0, MAGIC);
        INT.set(out, 8, n);
        INT.set(out, 12, (int) crc.getValue());
        if (!deflate) return out;
        out[4] = FLAG_DEFLATE;
        Deflater d = new Deflater(Deflater.BEST_SPEED);
        try {
            d.setInput(out, HEADER, out.length - HEADER);
            d.finish();
            byte[] z = new byte[HEADER + BYTES_PER_BAR * n + 64];
            System.arraycopy(out, 0, z, 0, HEADER);
            int len = HEADER;
            while (!d.finished()) {
                if (len == z.length) z = java.util.Arrays.copyOf(z, z.length * 2);
                len += d.deflate(z, len, z.length - len);
            }
            return java.util.Arrays.copyOf(z, len);
        } finally {
            d.end();
        }
    }

    private static double value(BarSeries s, BarSeries.Field f, int i) {
        return switch (f) {
            case OPEN -> s.open(i);
            case HIGH -> s.high(i);
            case LOW -> s.low(i);
            case CLOSE -> s.close(i);
            case VOLUME -> s.volume(i);
        };
    }

    /** Checks and opens a stored block; {@code where} names it in errors, e.g. {@code "series AAPL 1d, block 0"}. */
    static Block decode(byte[] data, String where) {
        if (data == null || data.length < HEADER) {
            throw corrupt(where, "truncated: " + (data == null ? "no data" : data.length + " bytes") + ", less than the " + HEADER + "-byte header");
        }
        if ((int) INT.get(data, 0) != MAGIC) throw corrupt(where, "not a version 1 bar block (bad magic)");
        int flags = data[4] & 0xff;
        if ((flags & ~FLAG_DEFLATE) != 0 || data[5] != 0 || data[6] != 0 || data[7] != 0) throw corrupt(where, "unknown flags " + flags);
        int n = (int) INT.get(data, 8);
        if (n < 1 || n > (Integer.MAX_VALUE - HEADER) / BYTES_PER_BAR) throw corrupt(where, "bad bar count " + n);
        int size = BYTES_PER_BAR * n;
        byte[] cols;
        int base;
        if ((flags & FLAG_DEFLATE) == 0) {
            if (data.length != HEADER + size) {
                throw corrupt(where, (data.length < HEADER + size ? "truncated: " : "too long: ") + data.length + " bytes for " + n
                        + " bars, expected " + (HEADER + size));
            }
            cols = data;
            base = HEADER;
        } else {
            cols = inflate(data, size, where);
            base = 0;
        }
        CRC32C crc = new CRC32C();
        crc.update(cols, base, size);
        if ((int) crc.getValue() != (int) INT.get(data, 12)) throw corrupt(where, "checksum mismatch (CRC32C)");
        Block b = new Block(cols, base, n);
        for (int i = 1; i < n; i++) {
            if (b.time(i) <= b.time(i - 1)) throw corrupt(where, "bar times not strictly increasing at bar " + i);
        }
        return b;
    }

    private static byte[] inflate(byte[] data, int size, String where) {
        Inflater inf = new Inflater();
        try {
            inf.setInput(data, HEADER, data.length - HEADER);
            byte[] cols = new byte[size];
            int len = 0;
            while (len < size && !inf.finished() && !inf.needsInput()) len += inf.inflate(cols, len, size - len);
            if (len != size || !inf.finished() || inf.getRemaining() != 0) {
                throw corrupt(where, "compressed columns hold " + len + (inf.finished() ? "" : "+") + " bytes, expected " + size);
            }
            return cols;
        } catch (DataFormatException e) {
            throw corrupt(where, "bad compressed data (" + e.getMessage() + ")");
        } finally {
            inf.end();
        }
    }

    static StoreException corrupt(String where, String what) {
        return new StoreException("corrupt bar block, " + where + ": " + what);
    }

    /** A checked, decoded block: reads times and values straight from its column bytes (field 0..4 = open..volume). */
    static final class Block {
        private final byte[] cols;
        private final int base;
        private final int n;

        private Block(byte[] cols, int base, int n) {
            this.cols = cols;
            this.base = base;
            this.n = n;
        }

        int size() {
            return n;
        }

        long time(int i) {
            return (long) LONG.get(cols, base + 8 * i);
        }

        double value(int field, int i) {
            return Double.longBitsToDouble((long) LONG.get(cols, base + 8 * ((field + 1) * n + i)));
        }

        /** The index of the first bar closing at or after {@code t} ({@link #size()} when none). */
        int lowerBound(long t) {
            int lo = 0, hi = n;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (time(mid) < t) lo = mid + 1;
                else hi = mid;
            }
            return lo;
        }

        /** Copies the times of bars {@code [from, to)} into {@code dest} at {@code pos}. */
        void copyTimes(int from, int to, long[] dest, int pos) {
            for (int i = from; i < to; i++) dest[pos++] = time(i);
        }

        /** Copies one field of bars {@code [from, to)} into {@code dest} at {@code pos}. */
        void copyField(int field, int from, int to, double[] dest, int pos) {
            for (int i = from; i < to; i++) dest[pos++] = value(field, i);
        }
    }
}
