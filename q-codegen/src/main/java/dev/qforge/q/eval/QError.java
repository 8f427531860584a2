package dev.qforge.q.eval;

/** A q signal such as {@code 'type}; {@link #getMessage()} is the text after the quote. */
public class QError extends RuntimeException {
    public QError(String msg) { super(msg, null, false, false); }
}
