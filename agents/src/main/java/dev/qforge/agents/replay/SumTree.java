package dev.qforge.agents.replay;

/**
 * A binary sum tree over {@code capacity} non-negative priorities: O(log n) update and prefix-sum search, the
 * standard structure behind proportional prioritised replay (Schaul et al., 2016).
 */
final class SumTree {

    private final int capacity;
    private final double[] tree;

    SumTree(int capacity) {
        if (capacity < 1) throw new IllegalArgumentException("sum tree capacity must be >= 1, got " + capacity);
        this.capacity = capacity;
        this.tree = new double[2 * capacity];
    }

    void set(int i, double priority) {
        if (!(priority >= 0) || Double.isInfinite(priority)) throw new IllegalArgumentException("priority must be finite and >= 0, got " + priority);
        int k = i + capacity;
        tree[k] = priority;
        for (k >>= 1; k >= 1; k >>= 1) tree[k] = tree[2 * k] + tree[2 * k + 1];
    }

    double get(int i) {
        return tree[i + capacity];
    }

    double total() {
        return tree[1];
    }

    /**
     * Sets every leaf at once and recomputes the inner sums bottom-up. Each inner node is the sum of its two children
     * however the leaves were set, so the result is bit-identical to setting the leaves one by one.
     */
    void setAll(double[] leaves) {
        if (leaves.length > capacity) throw new IllegalArgumentException(leaves.length + " priorities for a tree of " + capacity);
        java.util.Arrays.fill(tree, 0);
        for (int i = 0; i < leaves.length; i++) {
            if (!(leaves[i] >= 0) || Double.isInfinite(leaves[i])) throw new IllegalArgumentException("priority must be finite and >= 0, got " + leaves[i]);
            tree[i + capacity] = leaves[i];
        }
        for (int k = capacity - 1; k >= 1; k--) tree[k] = tree[2 * k] + tree[2 * k + 1];
    }

    /** The leaf whose cumulative range holds {@code mass} (0 <= mass < total). */
    int find(double mass) {
        int k = 1;
        while (k < capacity) {
            int left = 2 * k;
            if (mass < tree[left] || tree[left + 1] == 0) {
                k = left;
            } else {
                mass -= tree[left];
                k = left + 1;
            }
        }
        return k - capacity;
    }
}
