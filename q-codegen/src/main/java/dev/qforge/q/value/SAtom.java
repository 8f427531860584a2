package dev.qforge.q.value;

/** Symbol atom (interned Java string; null symbol is the empty string). */
public final class SAtom extends QObj {
    public final String v;
    public SAtom(String v) { this.v = v; }
    @Override public int type() { return -T.SYM; }
    @Override public boolean equals(Object o) { return o instanceof SAtom a && a.v.equals(v); }
    @Override public int hashCode() { return v.hashCode(); }
}
