package dev.qforge.paper;

import dev.qforge.data.Instrument;
import dev.qforge.data.Timeframe;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;
import quickfix.Message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Numbers survive the wire bit for bit, and instrument details survive the security list. */
class FixFieldsTest {

    @Property
    void anyFiniteDoubleReadsBackExactly(@ForAll @DoubleRange(min = -1e12, max = 1e12) double v) {
        Message m = new Message();
        FixFields.setDecimal(m, 44, v);
        String wire = m.toString();
        assertThat(wire).doesNotContain("E"); // FIX floats have no exponent
        assertThat(FixFields.decimal(m, 44)).isEqualTo(v == 0 ? 0.0 : v);
    }

    @Property
    void decimalTextIsTheShortestPlainDecimalOfTheDouble(@ForAll double v, @ForAll @DoubleRange(min = -1e16, max = 1e16) double w,
                                                          @ForAll long whole) {
        // the reference: the plain form of the shortest decimal that reads back as the double
        for (double x : new double[] {v, w, whole, Math.rint(w), w / 1024}) {
            if (!Double.isFinite(x)) continue;
            assertThat(FixFields.decimal(x)).isEqualTo(java.math.BigDecimal.valueOf(x).stripTrailingZeros().toPlainString());
        }
    }

    @Test
    void timestampsAreWrittenAsQuickFixWritesATransactTime() throws Exception {
        long[] times = {0L, 1704229200000L, 1704229200123L, 1704229200000L, 1704315600999L, 253402300799999L};
        for (long t : times) {
            Message m = new Message();
            m.setField(new quickfix.field.TransactTime(FixFields.utc(t)));
            assertThat(FixFields.utcTimestamp(t)).as("time %d", t).isEqualTo(m.getString(60));
        }
    }

    @Test
    void tinyAndHugeValuesAreWrittenWithoutExponent() {
        assertThat(FixFields.decimal(1e-9)).isEqualTo("0.000000001");
        assertThat(FixFields.decimal(1.5e20)).isEqualTo("150000000000000000000");
        assertThat(FixFields.decimal(0.1 + 0.2)).isEqualTo("0.30000000000000004");
        assertThatThrownBy(() -> FixFields.decimal(Double.NaN)).hasMessageContaining("NaN");
    }

    @Test
    void instrumentsRoundTripThroughTheSecurityDescription() {
        Instrument btc = Instrument.crypto("BTCUSDT", "USDT");
        String desc = InstrumentCodec.encode(btc, Timeframe.parse("5m"));
        assertThat(InstrumentCodec.instrument("BTCUSDT", desc)).isEqualTo(btc);
        assertThat(InstrumentCodec.timeframe("BTCUSDT", desc)).isEqualTo(Timeframe.parse("5m"));
        assertThatThrownBy(() -> InstrumentCodec.instrument("X", "class=EQUITY"))
                .hasMessageContaining("X").hasMessageContaining("currency");
    }
}
