package dev.qforge.data.load;

import dev.qforge.data.Instrument;
import dev.qforge.data.Timeframe;

/**
 * How to read a source. Null fields mean "work it out": the symbol from the file name, the instrument
 * from the symbol ({@link Instrument#guess}), the timeframe from the spacing of the bars (trades are
 * aggregated into 1-minute bars unless a timeframe is given).
 */
public record LoadOptions(DataFormat format, String symbol, Instrument instrument, Timeframe timeframe) {

    public static LoadOptions auto() {
        return new LoadOptions(DataFormat.AUTO, null, null, null);
    }

    public LoadOptions withFormat(DataFormat f) {
        return new LoadOptions(f, symbol, instrument, timeframe);
    }

    public LoadOptions withSymbol(String s) {
        return new LoadOptions(format, s, instrument, timeframe);
    }

    public LoadOptions withInstrument(Instrument i) {
        return new LoadOptions(format, symbol, i, timeframe);
    }

    public LoadOptions withTimeframe(Timeframe t) {
        return new LoadOptions(format, symbol, instrument, t);
    }
}
