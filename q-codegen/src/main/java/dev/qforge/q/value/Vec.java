package dev.qforge.q.value;

/** A list (typed vector or general list). {@link #sorted} is the {@code `s#} attribute set by {@code asc}. */
public abstract class Vec extends QObj {
    public boolean sorted;
    @Override public abstract int count();
    @Override public abstract QObj at(int i);
    /** New list of this list's type holding the items at {@code idx} (already range-checked). */
    public abstract Vec pick(int[] idx);
}
