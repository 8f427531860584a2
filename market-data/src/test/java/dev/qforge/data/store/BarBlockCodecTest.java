package dev.qforge.data.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.qforge.data.BarSeries;
import dev.qforge.data.Instrument;
import dev.qforge.data.Timeframe;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.zip.CRC32C;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class BarBlockCodecTest {

    private static final String WHERE = "series AAPL 1d (id 7), block 3";
    /** Bit patterns Double.equals would conflate or a DOUBLE PRECISION column would not keep. */
    private static final long[] ODD_BITS = {
            Double.doubleToRawLongBits(-0.0), 0x7ff8_0000_dead_beefL, 0xfff8_0000_0000_0001L, 0x7ff0_0000_0000_0001L,
            Double.doubleToRawLongBits(Double.NEGATIVE_INFINITY), 1L /* smallest subnormal */};

    private static BarSeries odd() {
        int n = ODD_BITS.length;
        long[] t = new long[n];
        double[][] v = new double[5][n];
        for (int i = 0; i < n; i++) {
            t[i] = -5_000 + 1_000L * i; // before 1970 too
            for (int f = 0; f < 5; f++) v[f][i] = Double.longBitsToDouble(ODD_BITS[(i + f) % n]);
        }
        return BarSeries.of(Instrument.usEquity("AAPL"), Timeframe.D1, t, v[0], v[1], v[2], v[3], v[4]);
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void roundTripKeepsEveryBitIncludingNegativeZeroAndNaNPayloads(boolean deflate) {
        BarSeries s = odd();
        BarBlockCodec.Block b = BarBlockCodec.decode(BarBlockCodec.encode(s, 0, s.size(), deflate), WHERE);
        assertThat(b.size()).isEqualTo(s.size());
        for (int i = 0; i < s.size(); i++) {
            assertThat(b.time(i)).isEqualTo(s.time(i));
            for (int f = 0; f < 5; f++) {
                assertThat(Double.doubleToRawLongBits(b.value(f, i))).as("field %d bar %d", f, i).isEqualTo(ODD_BITS[(i + f) % ODD_BITS.length]);
            }
        }
    }

    @Test
    void layoutIsTheDocumentedLittleEndianColumns() {
        BarSeries s = TestData.daily("AAPL", 10, 1);
        byte[] data = BarBlockCodec.encode(s, 2, 5, false); // bars 2, 3, 4
        assertThat(data).hasSize(16 + 48 * 3);
        ByteBuffer bb = ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN);
        assertThat(new String(data, 0, 3, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("QFB");
        assertThat(data[3]).isEqualTo((byte) 1);
        assertThat(data[4]).isZero();
        assertThat(bb.getInt(8)).isEqualTo(3);
        CRC32C crc = new CRC32C();
        crc.update(data, 16, data.length - 16);
        assertThat(bb.getInt(12)).isEqualTo((int) crc.getValue());
        for (int i = 0; i < 3; i++) {
            assertThat(bb.getLong(16 + 8 * i)).isEqualTo(s.time(2 + i));
            assertThat(bb.getLong(16 + 24 + 8 * i)).isEqualTo(Double.doubleToRawLongBits(s.open(2 + i)));
            assertThat(bb.getLong(16 + 4 * 24 + 8 * i)).isEqualTo(Double.doubleToRawLongBits(s.close(2 + i)));
            assertThat(bb.getLong(16 + 5 * 24 + 8 * i)).isEqualTo(Double.doubleToRawLongBits(s.volume(2 + i)));
        }
    }

    @Test
    void sliceHelpersAgreeWithTheSeries() {
        BarSeries s = TestData.daily("AAPL", 20, 2);
        BarBlockCodec.Block b = BarBlockCodec.decode(BarBlockCodec.encode(s, 0, 20, true), WHERE);
        assertThat(b.lowerBound(s.time(5))).isEqualTo(5);
        assertThat(b.lowerBound(s.time(5) + 1)).isEqualTo(6);
        assertThat(b.lowerBound(Long.MIN_VALUE)).isZero();
        assertThat(b.lowerBound(Long.MAX_VALUE)).isEqualTo(20);
        double[] close = new double[4];
        b.copyField(3, 5, 9, close, 0);
        assertThat(close).containsExactly(Arrays.copyOfRange(s.closes(), 5, 9));
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void aTruncatedBlockIsAClearError(boolean deflate) {
        byte[] data = BarBlockCodec.encode(TestData.daily("AAPL", 50, 1), 0, 50, deflate);
        assertThatThrownBy(() -> BarBlockCodec.decode(Arrays.copyOf(data, data.length - 9), WHERE))
                .isInstanceOf(StoreException.class).hasMessageContaining(WHERE).hasMessageContaining("corrupt bar block");
        assertThatThrownBy(() -> BarBlockCodec.decode(Arrays.copyOf(data, 10), WHERE))
                .isInstanceOf(StoreException.class).hasMessageContaining(WHERE).hasMessageContaining("truncated");
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void aFlippedBitIsAChecksumOrFormatError(boolean deflate) {
        byte[] data = BarBlockCodec.encode(TestData.daily("AAPL", 50, 1), 0, 50, deflate);
        data[data.length - 20] ^= 0x10;
        assertThatThrownBy(() -> BarBlockCodec.decode(data, WHERE)).isInstanceOf(StoreException.class).hasMessageContaining(WHERE);
    }

    @Test
    void headerDamageIsNamed() {
        byte[] data = BarBlockCodec.encode(TestData.daily("AAPL", 5, 1), 0, 5, false);
        byte[] magic = data.clone();
        magic[3] = 2;
        assertThatThrownBy(() -> BarBlockCodec.decode(magic, WHERE)).hasMessageContaining("bad magic").hasMessageContaining(WHERE);
        byte[] count = data.clone();
        count[8] = 6;
        assertThatThrownBy(() -> BarBlockCodec.decode(count, WHERE)).hasMessageContaining("truncated").hasMessageContaining("6 bars");
        byte[] flags = data.clone();
        flags[4] = 4;
        assertThatThrownBy(() -> BarBlockCodec.decode(flags, WHERE)).hasMessageContaining("unknown flags");
        assertThatThrownBy(() -> BarBlockCodec.decode(null, WHERE)).hasMessageContaining("no data");
    }

    @Test
    void timesOutOfOrderWithAValidChecksumAreAnError() {
        byte[] data = BarBlockCodec.encode(TestData.daily("AAPL", 3, 1), 0, 3, false);
        ByteBuffer bb = ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN);
        long t0 = bb.getLong(16);
        bb.putLong(16, bb.getLong(24));
        bb.putLong(24, t0);
        CRC32C crc = new CRC32C();
        crc.update(data, 16, data.length - 16);
        bb.putInt(12, (int) crc.getValue());
        assertThatThrownBy(() -> BarBlockCodec.decode(data, WHERE)).hasMessageContaining("not strictly increasing at bar 1");
    }
}
