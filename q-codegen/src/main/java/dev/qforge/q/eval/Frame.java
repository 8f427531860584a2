package dev.qforge.q.eval;

import dev.qforge.q.value.QObj;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * The locals of one lambda call: a few names, so parallel arrays searched linearly (comparing the names'
 * cached hash codes first) beat a HashMap, whose table a call would allocate and fill. Null keys and values
 * are not supported.
 */
final class Frame extends AbstractMap<String, QObj> {
    private String[] k = new String[4];
    private QObj[] v = new QObj[4];
    private int[] h = new int[4];
    private int n;

    private int find(Object name) {
        int hc = name.hashCode();
        for (int i = 0; i < n; i++) if (h[i] == hc && (k[i] == name || k[i].equals(name))) return i;
        return -1;
    }

    @Override public QObj get(Object name) { int i = find(name); return i < 0 ? null : v[i]; }
    @Override public boolean containsKey(Object name) { return find(name) >= 0; }
    @Override public int size() { return n; }

    @Override public QObj put(String name, QObj value) {
        int i = find(name);
        if (i >= 0) { QObj old = v[i]; v[i] = value; return old; }
        if (n == k.length) {
            k = java.util.Arrays.copyOf(k, n * 2); v = java.util.Arrays.copyOf(v, n * 2); h = java.util.Arrays.copyOf(h, n * 2);
        }
        h[n] = name.hashCode(); k[n] = name; v[n++] = value;
        return null;
    }

    @Override public Set<Map.Entry<String, QObj>> entrySet() {
        return new AbstractSet<>() {
            @Override public int size() { return n; }
            @Override public Iterator<Map.Entry<String, QObj>> iterator() {
                return new Iterator<>() {
                    int i;
                    @Override public boolean hasNext() { return i < n; }
                    @Override public Map.Entry<String, QObj> next() {
                        if (i >= n) throw new NoSuchElementException();
                        int j = i++;
                        return new SimpleImmutableEntry<>(k[j], v[j]);
                    }
                };
            }
        };
    }
}
