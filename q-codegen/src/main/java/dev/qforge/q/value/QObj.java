package dev.qforge.q.value;

/**
 * Base of every q value. {@link #type()} follows q's type numbers: negative for atoms, positive for
 * simple vectors, 0 for general lists, 98 table, 99 dictionary, 100+ functions, 101 generic null.
 */
public abstract class QObj {
    /** q type number (as {@code type x} would answer). */
    public abstract int type();

    /** Item count (1 for atoms and functions). */
    public int count() { return 1; }

    public final boolean isAtom() { return type() < 0; }

    /** True for functions (lambdas, primitives, projections, compositions, derived functions). */
    public boolean isFn() { return false; }

    /** Item i of a list (atoms return themselves). */
    public QObj at(int i) { return this; }
}
