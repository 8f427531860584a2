package dev.qforge.data.store;

/** A database operation of the qforge store failed; wraps the {@link java.sql.SQLException} and says what was being done. */
public class StoreException extends RuntimeException {

    public StoreException(String message, Throwable cause) {
        super(message + (cause == null || cause.getMessage() == null ? "" : ": " + cause.getMessage()), cause);
    }

    public StoreException(String message) {
        super(message);
    }
}
