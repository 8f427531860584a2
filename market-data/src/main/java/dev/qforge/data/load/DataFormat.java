package dev.qforge.data.load;

/** The file layouts qforge reads; {@code AUTO} detects the layout from the content. */
public enum DataFormat {
    AUTO, CSV, ALPHAVANTAGE, BINANCE, NINJATRADER, JSON_CANDLES, TRADES;

    public static DataFormat parse(String s) {
        String t = s.trim().toUpperCase(java.util.Locale.ROOT).replace('-', '_');
        if (t.equals("JSON")) return JSON_CANDLES;
        return valueOf(t);
    }
}
