package dev.qforge.backtest;

/** A strategy's own code failed; the message names the strategy and the simulated time. */
public final class StrategyException extends RuntimeException {

    public StrategyException(String message, Throwable cause) {
        super(message, cause);
    }
}
