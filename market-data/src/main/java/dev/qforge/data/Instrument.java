package dev.qforge.data;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Objects;

/**
 * A tradable instrument.
 *
 * <p>{@code tickSize} is the minimum price increment and {@code lotSize} the minimum quantity
 * increment; {@code multiplier} converts price x quantity into currency (1 for cash equities and
 * spot crypto, the contract multiplier for futures). The exchange time zone is where session
 * times and date-only bar stamps are interpreted.
 */
public record Instrument(String symbol, AssetClass assetClass, String currency, ZoneId exchangeZone,
                         double tickSize, double lotSize, double multiplier) {

    public static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    public Instrument {
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(assetClass, "assetClass");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(exchangeZone, "exchangeZone");
        if (symbol.isBlank()) throw new IllegalArgumentException("instrument symbol is blank");
        if (!(tickSize > 0) || !(lotSize > 0) || !(multiplier > 0)) {
            throw new IllegalArgumentException("instrument " + symbol
                    + ": tick size, lot size and multiplier must be positive, got " + tickSize + ", " + lotSize + ", " + multiplier);
        }
    }

    /** A US-listed equity: USD, New York time, one-cent ticks, whole shares. */
    public static Instrument usEquity(String symbol) {
        return new Instrument(symbol, AssetClass.EQUITY, "USD", NEW_YORK, 0.01, 1, 1);
    }

    /** A crypto pair traded around the clock in UTC, with fractional quantities. */
    public static Instrument crypto(String symbol, String quoteCurrency) {
        return new Instrument(symbol, AssetClass.CRYPTO, quoteCurrency, ZoneOffset.UTC, 0.01, 1e-8, 1);
    }

    /**
     * Guesses an instrument from a bare symbol: pairs such as BTCUSDT, ETH-USD or BTC/USD are crypto
     * (quote currency from the suffix), everything else a US equity. Loaders and the CLI use it when
     * the user gives no instrument details.
     */
    public static Instrument guess(String symbol) {
        String s = symbol.toUpperCase(Locale.ROOT);
        String bare = s.replace("-", "").replace("/", "");
        for (String base : new String[] {"BTC", "ETH", "SOL", "XRP", "LTC", "DOGE", "ADA", "BNB"}) {
            if (bare.startsWith(base) && bare.length() > base.length()) {
                return crypto(symbol, bare.substring(base.length()));
            }
        }
        return usEquity(symbol);
    }

    /** Default trading session of this instrument's asset class. */
    public TradingSession session() {
        return TradingSession.forInstrument(this);
    }
}
