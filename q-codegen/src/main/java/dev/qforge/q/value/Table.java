package dev.qforge.q.value;

import java.util.Arrays;

/** Simple table: a flipped dictionary of column name to equal-length column list. */
public final class Table extends QObj {
    public final String[] cols;
    public final QObj[] data;
    public Table(String[] cols, QObj[] data) { this.cols = cols; this.data = data; }
    @Override public int type() { return T.TABLE; }
    @Override public int count() { return data.length == 0 ? 0 : data[0].count(); }
    public int col(String name) {
        for (int i = 0; i < cols.length; i++) if (cols[i].equals(name)) return i;
        return -1;
    }
    @Override public boolean equals(Object o) { return o instanceof Table t && Arrays.equals(t.cols, cols) && Arrays.equals(t.data, data); }
    @Override public int hashCode() { return Arrays.hashCode(cols); }
}
