package dev.qforge.data.load;

import dev.qforge.data.Instrument;
import dev.qforge.data.Timeframe;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

/**
 * Data sets that ship with qforge, read from the classpath (the root of the {@code org.ta4j:ta4j-examples}
 * jar), so that examples and tests run without any download:
 * <ul>
 * <li>{@code aapl-2013-daily}: 252 daily AAPL bars of 2013 (appleinc_bars_from_20130101_usd.csv), stamped at the
 * 16:00 New York close;</li>
 * <li>{@code btc-bitstamp-2013}: 100,000 Bitstamp BTC/USD trades of 2013-11-25 .. 2013-12-01
 * (bitstamp_trades_from_20131125_usd.csv) aggregated into 1-minute bars (or the timeframe asked for), symbol BTCUSD;</li>
 * <li>{@code eth-2023-5m}: ETH/USD 5-minute bars of 2023-03-13 .. 2023-03-15 (ETH-USD-PT5M-2023-3-13_2023-3-15.json).</li>
 * </ul>
 */
public final class BundledData {

    private record Entry(String resource, DataFormat format, Instrument instrument, Timeframe timeframe) {
    }

    private static final Map<String, Entry> SETS = Map.of(
            "aapl-2013-daily", new Entry("appleinc_bars_from_20130101_usd.csv", DataFormat.CSV, Instrument.usEquity("AAPL"), Timeframe.D1),
            "btc-bitstamp-2013", new Entry("bitstamp_trades_from_20131125_usd.csv", DataFormat.TRADES, Instrument.crypto("BTCUSD", "USD"), Timeframe.M1),
            "eth-2023-5m", new Entry("ETH-USD-PT5M-2023-3-13_2023-3-15.json", DataFormat.JSON_CANDLES, Instrument.crypto("ETH-USD", "USD"), Timeframe.M5));

    private BundledData() {
    }

    private static Instrument renamed(Instrument i, String symbol) {
        return new Instrument(symbol, i.assetClass(), i.currency(), i.exchangeZone(), i.tickSize(), i.lotSize(), i.multiplier());
    }

    public static List<String> names() {
        return List.of("aapl-2013-daily", "btc-bitstamp-2013", "eth-2023-5m");
    }

    public static boolean contains(String name) {
        return SETS.containsKey(name);
    }

    /** Reads a bundled set; options may override the instrument and (for the trades) the timeframe. */
    public static RawBars read(String name, LoadOptions options) {
        Entry e = SETS.get(name);
        if (e == null) throw new IllegalArgumentException("no bundled data set '" + name + "'; bundled are " + names());
        LoadOptions o = options == null ? LoadOptions.auto() : options;
        Instrument instrument = o.instrument() != null ? o.instrument()
                : o.symbol() != null ? renamed(e.instrument(), o.symbol()) : e.instrument();
        Timeframe tf = o.timeframe() != null ? o.timeframe() : e.timeframe();
        InputStream in = BundledData.class.getClassLoader().getResourceAsStream(e.resource());
        if (in == null) {
            throw new IllegalStateException("bundled data set '" + name + "' needs " + e.resource()
                    + " on the classpath (from org.ta4j:ta4j-examples:0.18), and it is not there");
        }
        return Loaders.read(SourceText.of(name + " (" + e.resource() + ")", in), e.resource(),
                new LoadOptions(e.format(), null, instrument, tf));
    }
}
