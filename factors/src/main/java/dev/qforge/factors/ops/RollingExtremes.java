package dev.qforge.factors.ops;

/**
 * Rolling max, min and their positions with a monotonic deque: O(1) amortised per row.
 *
 * <p>NaN values are skipped; an all-NaN window gives NaN. {@code IdxMax}/{@code IdxMin} are Qlib's
 * {@code x.argmax() + 1} over the window: the 1-based position counted from the window's oldest row (so
 * {@code N} means "today"), the oldest of tied extremes. Unlike numpy's argmax, a NaN inside the window is
 * never the answer (numpy would return the first NaN's position).
 */
public final class RollingExtremes {

    /** What to emit. */
    public enum Kind { MAX, MIN, IDXMAX, IDXMIN }

    private RollingExtremes() {
    }

    public static void apply(double[] x, int off, int len, int w, Kind kind, double[] out) {
        boolean max = kind == Kind.MAX || kind == Kind.IDXMAX;
        boolean index = kind == Kind.IDXMAX || kind == Kind.IDXMIN;
        int[] dq = new int[Math.min(w, len) + 1];
        int cap = dq.length, head = 0, size = 0;
        for (int i = 0; i < len; i++) {
            double v = x[off + i];
            if (!Double.isNaN(v)) {
                // drop strictly worse values at the back: equal older values stay, so ties go to the oldest
                while (size > 0) {
                    double back = x[off + dq[(head + size - 1) % cap]];
                    if (max ? back < v : back > v) size--;
                    else break;
                }
                dq[(head + size) % cap] = i;
                size++;
            }
            int lo = i - w + 1;
            while (size > 0 && dq[head] < lo) {
                head = (head + 1) % cap;
                size--;
            }
            if (size == 0) {
                out[off + i] = Double.NaN;
            } else {
                int at = dq[head];
                out[off + i] = index ? at - Math.max(0, lo) + 1 : x[off + at];
            }
        }
    }
}
