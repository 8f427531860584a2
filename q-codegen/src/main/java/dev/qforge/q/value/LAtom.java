package dev.qforge.q.value;

/** Atom of an integral type (boolean, byte, short, int, long, char, temporal) held in a long. */
public final class LAtom extends QObj {
    public final int t;
    public final long v;
    private static final LAtom[] SMALL = new LAtom[256];
    static { for (int i = 0; i < 256; i++) SMALL[i] = new LAtom(-T.LONG, i - 128); }
    public static final LAtom TRUE = new LAtom(-T.BOOL, 1), FALSE = new LAtom(-T.BOOL, 0);

    public LAtom(int t, long v) { this.t = t < 0 ? t : -t; this.v = v; }
    public static LAtom j(long v) { return v >= -128 && v < 128 ? SMALL[(int) v + 128] : new LAtom(-T.LONG, v); }
    public static LAtom b(boolean v) { return v ? TRUE : FALSE; }
    public static LAtom c(char c) { return new LAtom(-T.CHAR, c); }
    @Override public int type() { return t; }
    @Override public boolean equals(Object o) { return o instanceof LAtom a && a.t == t && a.v == v; }
    @Override public int hashCode() { return Long.hashCode(v) * 31 + t; }
    @Override public String toString() { return "LAtom(" + t + "," + v + ")"; }
}
