package dev.qforge.data.load;

import dev.qforge.data.Instrument;
import dev.qforge.data.Timeframe;

/**
 * Reads AlphaVantage "daily adjusted" CSV
 * ({@code timestamp,open,high,low,close,adjusted_close,volume,dividend_amount,split_coefficient}).
 * Each date is stamped at the instrument's session close. The raw OHLC are <em>not</em> split
 * adjusted; {@code adjusted_close} (which folds in splits and dividends) is kept so that the validator
 * can scale O/H/L/C by {@code adjusted_close / close}. The dividend and split columns are not read:
 * the adjusted close already carries them.
 */
public final class AlphaVantageLoader {

    private AlphaVantageLoader() {
    }

    static RawBars load(SourceText src, Instrument instrument, Timeframe tf) {
        String first = src.text().lines().filter(l -> !l.isBlank()).findFirst().orElse("").trim().toLowerCase(java.util.Locale.ROOT);
        if (!first.startsWith("timestamp,") || !first.contains("adjusted_close")) {
            throw new NotMarketDataException(src.name(), "expected the AlphaVantage header 'timestamp,open,high,low,close,adjusted_close,...', found '"
                    + src.preview() + "'");
        }
        return CsvLoader.load(src, instrument, tf == null ? Timeframe.D1 : tf);
    }
}
