package dev.qforge.q.value;

import dev.qforge.q.eval.Interp;

/**
 * A q function. {@link #rank()} is the maximum valence; {@link #minArgs()} the fewest arguments a bracket
 * call may supply before q builds a projection instead of calling.
 */
public abstract class QFn extends QObj {
    @Override public boolean isFn() { return true; }
    public abstract int rank();
    public int minArgs() { return rank(); }
    /** Calls with {@code minArgs() <= args.length <= rank()} arguments, none elided. */
    public abstract QObj call(Interp in, QObj[] args);
}
