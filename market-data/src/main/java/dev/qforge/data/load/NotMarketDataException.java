package dev.qforge.data.load;

/**
 * The source is not market data at all (an error message saved as a file, an empty or header-only
 * file, a binary or truncated file, a layout no loader knows). The message names the source and says
 * what was found instead; it replaces the parser's own stack trace.
 */
public final class NotMarketDataException extends RuntimeException {

    private final String source;

    public NotMarketDataException(String source, String found) {
        super(source + ": not market data: " + found);
        this.source = source;
    }

    public NotMarketDataException(String source, String found, Throwable cause) {
        super(source + ": not market data: " + found, cause);
        this.source = source;
    }

    public String source() {
        return source;
    }
}
