package dev.qforge.llm;

/** A chat request that failed: an HTTP error, a timeout, or an answer that cannot be understood. */
public class LlmException extends RuntimeException {

    private final int status;

    public LlmException(String message, int status, Throwable cause) {
        super(message, cause);
        this.status = status;
    }

    public LlmException(String message) {
        this(message, -1, null);
    }

    /** The HTTP status of the failed call, or -1 when none was received. */
    public int status() {
        return status;
    }
}
