package dev.qforge.data.load;

import dev.qforge.data.Instrument;
import dev.qforge.data.Timeframe;

/**
 * Reads Binance kline CSV ({@code open_time,open,high,low,close,volume}, open time such as
 * {@code 2023-03-01 00:00:00+00:00} or epoch milliseconds). {@code open_time} is the bar's
 * <em>open</em>; the stamp is open + timeframe (the timeframe inferred from the spacing of open times
 * when not given), so the first 1-minute bar opening at 00:00 is stamped 00:01.
 */
public final class BinanceLoader {

    private BinanceLoader() {
    }

    static RawBars load(SourceText src, Instrument instrument, Timeframe tf) {
        String first = src.text().lines().filter(l -> !l.isBlank()).findFirst().orElse("").trim().toLowerCase(java.util.Locale.ROOT);
        if (!first.startsWith("open_time")) {
            throw new NotMarketDataException(src.name(), "expected the Binance kline header 'open_time,open,high,low,close,volume', found '"
                    + src.preview() + "'");
        }
        return CsvLoader.load(src, instrument, tf, CsvLoader.TimeMeaning.OPEN);
    }
}
