package dev.qforge.paper;

import dev.qforge.data.AssetClass;
import dev.qforge.data.Instrument;
import dev.qforge.data.Timeframe;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Carries what the client needs to know of an instrument (asset class, currency, zone, tick, lot,
 * multiplier, bar timeframe) in the SecurityDesc (107) of the exchange's SecurityList, as
 * {@code key=value} pairs separated by {@code ;}. FIX 4.4's Instrument component has no standard field for
 * the bar timeframe or the exchange time zone, and a client of this exchange needs both to run a strategy
 * on the same calendar as the backtest.
 */
public final class InstrumentCodec {

    private InstrumentCodec() {
    }

    public static String encode(Instrument i, Timeframe tf) {
        return "class=" + i.assetClass() + ";currency=" + i.currency() + ";zone=" + i.exchangeZone().getId()
                + ";tick=" + FixFields.decimal(i.tickSize()) + ";lot=" + FixFields.decimal(i.lotSize())
                + ";mult=" + FixFields.decimal(i.multiplier()) + ";tf=" + tf.label();
    }

    public static Instrument instrument(String symbol, String desc) {
        Map<String, String> kv = parse(symbol, desc);
        return new Instrument(symbol, AssetClass.valueOf(need(kv, "class", symbol).toUpperCase(Locale.ROOT)), need(kv, "currency", symbol),
                ZoneId.of(need(kv, "zone", symbol)), Double.parseDouble(need(kv, "tick", symbol)),
                Double.parseDouble(need(kv, "lot", symbol)), Double.parseDouble(need(kv, "mult", symbol)));
    }

    public static Timeframe timeframe(String symbol, String desc) {
        return Timeframe.parse(need(parse(symbol, desc), "tf", symbol));
    }

    private static Map<String, String> parse(String symbol, String desc) {
        Map<String, String> kv = new HashMap<>();
        for (String part : desc.split(";")) {
            int eq = part.indexOf('=');
            if (eq > 0) kv.put(part.substring(0, eq).trim(), part.substring(eq + 1).trim());
        }
        return kv;
    }

    private static String need(Map<String, String> kv, String key, String symbol) {
        String v = kv.get(key);
        if (v == null) throw new IllegalArgumentException("security list entry of " + symbol + " lacks '" + key + "' in SecurityDesc");
        return v;
    }
}
