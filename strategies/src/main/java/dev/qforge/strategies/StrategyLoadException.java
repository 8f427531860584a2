package dev.qforge.strategies;

/** A user strategy could not be loaded from its jar; the message says which jar, which class and why. */
public final class StrategyLoadException extends RuntimeException {

    public StrategyLoadException(String message) {
        super(message);
    }

    public StrategyLoadException(String message, Throwable cause) {
        super(message, cause);
    }
}
