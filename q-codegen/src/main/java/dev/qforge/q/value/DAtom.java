package dev.qforge.q.value;

/** Real or float atom. Null is NaN, infinities are Java infinities. */
public final class DAtom extends QObj {
    public final int t;
    public final double v;
    public DAtom(int t, double v) { this.t = t < 0 ? t : -t; this.v = v; }
    public static DAtom f(double v) { return new DAtom(-T.FLOAT, v); }
    @Override public int type() { return t; }
    @Override public boolean equals(Object o) { return o instanceof DAtom a && a.t == t && (a.v == v || Double.isNaN(a.v) && Double.isNaN(v)); }
    @Override public int hashCode() { return Double.hashCode(v) * 31 + t; }
}
