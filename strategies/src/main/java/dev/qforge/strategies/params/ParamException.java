package dev.qforge.strategies.params;

/**
 * A parameter (or a strategy name) the user gave cannot be used. The message is meant for the user as it
 * stands: it names the parameter, the value and what would have been accepted.
 */
public class ParamException extends IllegalArgumentException {

    public ParamException(String message) {
        super(message);
    }
}
