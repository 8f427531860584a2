package dev.qforge.data;

/** Broad asset class of an {@link Instrument}; it decides the default trading session. */
public enum AssetClass {
    EQUITY, ETF, INDEX, FUTURE, FX, CRYPTO, OTHER;

    /** Parses a name case-insensitively ("equity", "Crypto"); unknown names are an error naming the value. */
    public static AssetClass parse(String name) {
        try {
            return valueOf(name.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown asset class '" + name + "'; expected one of "
                    + java.util.Arrays.toString(values()).toLowerCase(java.util.Locale.ROOT));
        }
    }
}
