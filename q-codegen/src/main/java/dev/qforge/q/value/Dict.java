package dev.qforge.q.value;

import java.util.Objects;

/** Dictionary {@code k!v}; a keyed table is a Dict whose key and value are tables. */
public final class Dict extends QObj {
    public final QObj k, v;
    public Dict(QObj k, QObj v) { this.k = k; this.v = v; }
    @Override public int type() { return T.DICT; }
    @Override public int count() { return k.count(); }
    public boolean isKeyedTable() { return k instanceof Table && v instanceof Table; }
    @Override public boolean equals(Object o) { return o instanceof Dict d && d.k.equals(k) && d.v.equals(v); }
    @Override public int hashCode() { return Objects.hash(k, v); }
}
