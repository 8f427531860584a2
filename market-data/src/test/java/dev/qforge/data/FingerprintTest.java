package dev.qforge.data;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FingerprintTest {

    private static BarSeries series(Instrument in, double lastClose) {
        return BarSeries.of(in, Timeframe.D1, new long[] {1000, 2000}, new double[] {1, 2}, new double[] {1.5, 2.5},
                new double[] {0.5, 1.5}, new double[] {1.2, lastClose}, new double[] {10, 20});
    }

    @Test
    void isSha256HexAndStableForEqualContent() {
        String a = Fingerprint.of(series(Instrument.usEquity("X"), 2.2));
        assertThat(a).hasSize(64).matches("[0-9a-f]{64}");
        assertThat(Fingerprint.of(series(Instrument.usEquity("X"), 2.2))).isEqualTo(a);
    }

    @Test
    void changesWithOneBitOfOneValueTheInstrumentOrTheTimeframe() {
        BarSeries base = series(Instrument.usEquity("X"), 2.2);
        String a = Fingerprint.of(base);
        assertThat(Fingerprint.of(series(Instrument.usEquity("X"), Math.nextUp(2.2)))).isNotEqualTo(a);
        assertThat(Fingerprint.of(series(Instrument.usEquity("Y"), 2.2))).isNotEqualTo(a);
        assertThat(Fingerprint.of(series(Instrument.crypto("X", "USD"), 2.2))).isNotEqualTo(a);
        BarSeries weekly = BarSeries.of(base.instrument(), Timeframe.W1, base.times(), base.opens(), base.highs(), base.lows(),
                base.closes(), base.volumes());
        assertThat(Fingerprint.of(weekly)).isNotEqualTo(a);
    }

    @Test
    void aSliceHasTheFingerprintOfItsOwnBarsOnly() {
        BarSeries base = series(Instrument.usEquity("X"), 2.2);
        BarSeries slice = base.slice(1, 2);
        BarSeries copy = BarSeries.of(base.instrument(), Timeframe.D1, slice.times(), slice.opens(), slice.highs(),
                slice.lows(), slice.closes(), slice.volumes());
        assertThat(Fingerprint.of(slice)).isEqualTo(Fingerprint.of(copy)).isNotEqualTo(Fingerprint.of(base));
    }
}
