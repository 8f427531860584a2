package dev.qforge.data.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.qforge.data.BarSeries;
import dev.qforge.data.Instrument;
import dev.qforge.data.Timeframe;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class CsvBarWriterTest {

    @Test
    void writesCloseTimesAsUtcInstantsAndShortestRoundTripNumbers() throws Exception {
        BarSeries s = BarSeries.of(Instrument.usEquity("AAPL"), Timeframe.D1,
                new long[] {java.time.Instant.parse("2013-01-02T21:00:00Z").toEpochMilli()},
                new double[] {553.82}, new double[] {555.0}, new double[] {541.63}, new double[] {0.1 + 0.2}, new double[] {20018500});
        StringWriter w = new StringWriter();
        CsvBarWriter.write(s, w);
        assertThat(w.toString()).isEqualTo("time,open,high,low,close,volume\n"
                + "2013-01-02T21:00:00Z,553.82,555.0,541.63,0.30000000000000004,2.00185E7\n");
        assertThat(Double.parseDouble("0.30000000000000004")).isEqualTo(0.1 + 0.2);
    }
}
