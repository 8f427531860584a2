package dev.qforge.data.store;

/** What an import did with one series or file. */
public enum ImportStatus {
    /** A new series was stored. */
    IMPORTED,
    /** The store already held exactly this content (same fingerprint); nothing was written. */
    UNCHANGED,
    /** The store held other content for the same symbol and timeframe; it was replaced atomically. */
    REPLACED,
    /** Reading, validating or storing failed; nothing of this file was stored. */
    FAILED
}
