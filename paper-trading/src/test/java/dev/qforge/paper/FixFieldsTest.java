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
