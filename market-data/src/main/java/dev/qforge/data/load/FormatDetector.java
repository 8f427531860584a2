package dev.qforge.data.load;

import java.util.Locale;

/**
 * Picks a {@link DataFormat} from the content of a source (never from its name): JSON with a
 * {@code candles} or {@code ohlc} array; a first line {@code open_time,...} (Binance); an AlphaVantage
 * header ({@code timestamp,...,adjusted_close,...}); a trades header ({@code price} and
 * {@code amount}, no {@code open}); NinjaTrader rows ({@code yyyyMMdd[ HHmmss];o;h;l;c;v}); any other
 * table with a date/time column and a close column (generic CSV). Anything else is refused with a
 * {@link NotMarketDataException} that quotes what was found.
 */
public final class FormatDetector {

    private FormatDetector() {
    }

    /** Detects the format of {@code text} (already decompressed); {@code name} is used in messages. */
    public static DataFormat detect(String name, String text) {
        return detect(new SourceText(name, text));
    }

    static DataFormat detect(SourceText src) {
        String text = src.text();
        int start = 0;
        while (start < text.length() && Character.isWhitespace(text.charAt(start))) start++;
        if (start == text.length()) throw new NotMarketDataException(src.name(), "the file holds only white space");
        char c0 = text.charAt(start);
        if (c0 == '{' || c0 == '[') {
            String head = text.substring(start, Math.min(text.length(), start + 4096));
            if (head.contains("\"candles\"") || head.contains("\"ohlc\"") || (c0 == '[' && head.contains("\"start\""))) {
                return DataFormat.JSON_CANDLES;
            }
            throw new NotMarketDataException(src.name(), "JSON-like text without candles: '" + src.preview() + "'");
        }
        int end = text.indexOf('\n', start);
        String first = (end < 0 ? text.substring(start) : text.substring(start, end)).trim();
        String lower = first.toLowerCase(Locale.ROOT);
        if (first.matches("\\d{8}( \\d{6})?;.*")) return DataFormat.NINJATRADER;
        String[] h = CsvLoader.split(lower, CsvLoader.delimiter(lower));
        for (int i = 0; i < h.length; i++) h[i] = TimeParsing.unquote(h[i]);
        if (h[0].equals("open_time")) return DataFormat.BINANCE;
        if (h[0].equals("timestamp") && lower.contains("adjusted_close")) return DataFormat.ALPHAVANTAGE;
        if (has(h, "price") && (has(h, "amount") || has(h, "size") || has(h, "qty") || has(h, "quantity")) && !has(h, "open")) {
            return DataFormat.TRADES;
        }
        int[] roles = CsvLoader.roles(h);
        boolean hasTime = roles[0] >= 0 || roles[1] >= 0;
        if (hasTime && roles[6] >= 0) return DataFormat.CSV;
        if (!hasTime && h.length >= 5 && first.matches("\"?\\d{4}-?\\d{2}-?\\d{2}.*")) return DataFormat.CSV; // headerless table
        throw new NotMarketDataException(src.name(), "no known market data layout (no date/time and close columns); it starts with '"
                + src.preview() + "'");
    }

    private static boolean has(String[] h, String name) {
        for (String s : h) if (s.equals(name)) return true;
        return false;
    }
}
