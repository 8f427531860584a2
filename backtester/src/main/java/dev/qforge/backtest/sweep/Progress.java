package dev.qforge.backtest.sweep;

/**
 * Told as the points of a sweep complete. Calls are serialised (never two at once) and {@code done}
 * rises by one each call, from 1 to {@code total}, whichever worker thread makes the call; keep the
 * callback short, since workers wait for it.
 */
@FunctionalInterface
public interface Progress {

    /** A progress listener that ignores every step. */
    Progress NONE = (done, total) -> { };

    void step(int done, int total);
}
