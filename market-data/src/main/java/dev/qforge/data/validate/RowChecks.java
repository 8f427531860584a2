package dev.qforge.data.validate;

import dev.qforge.data.load.RawBars;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/** The ERROR checks of single rows and of their order; see {@link Validator} for what each policy does. */
final class RowChecks {

    private static final String[] PRICES = {"open", "high", "low", "close"};

    private RowChecks() {
    }

    /** Scales O/H/L/C by adjusted_close / close and volume inversely, row by row. */
    static void adjust(Work w, RawBars raw) {
        double lastFactor = Double.NaN;
        for (int i = 0; i < w.n; i++) {
            if (raw.isUnparsable(i)) continue;
            double adj = raw.adjClose(i), close = w.c[i];
            double f = adj / close;
            if (!Double.isFinite(adj) || !(adj > 0)) {
                ProblemKind kind = Double.isFinite(adj) ? ProblemKind.NON_POSITIVE_PRICE : ProblemKind.NOT_FINITE;
                String what = "adjusted close is " + adj;
                if (w.policy == Policy.REPAIR && Double.isFinite(lastFactor)) {
                    w.report(kind, i, "adjusted_close", what + "; repaired: the previous row's adjustment factor " + lastFactor + " is used");
                    w.repaired.set(i);
                    f = lastFactor;
                } else {
                    w.report(kind, i, "adjusted_close", what + w.drop(i));
                    continue;
                }
            }
            if (!Double.isFinite(f) || !(f > 0)) continue; // the close itself is bad: reported by the value checks
            w.o[i] *= f; w.h[i] *= f; w.l[i] *= f; w.c[i] = close * f; w.v[i] /= f;
            lastFactor = f;
        }
    }

    /**
     * Reports rows whose time is not after every earlier row's (duplicate or earlier) and returns the order in
     * which to keep rows: file order, except under REPAIR where rows are sorted by time and of equal times the
     * last one is kept.
     */
    static int[] order(Work w) {
        int n = w.n;
        boolean increasing = true;
        long max = Long.MIN_VALUE;
        for (int i = 0; i < n && increasing; i++) {
            if (w.dropped.get(i) || w.t[i] == Long.MIN_VALUE) continue;
            if (w.t[i] <= max) increasing = false;
            max = w.t[i];
        }
        int[] identity = new int[n];
        for (int i = 0; i < n; i++) identity[i] = i;
        if (increasing) return identity;
        Map<Long, Integer> firstRow = new HashMap<>();
        long runMax = Long.MIN_VALUE;
        int runMaxRow = -1, lastKept = -1;
        for (int i = 0; i < n; i++) {
            if (w.dropped.get(i) || w.t[i] == Long.MIN_VALUE) continue;
            Integer same = firstRow.putIfAbsent(w.t[i], i);
            boolean late = w.t[i] <= runMax;
            if (same != null) {
                String action = w.policy == Policy.REPAIR ? "; repaired: the last row with this time is kept"
                        : w.policy == Policy.DROP ? "; row dropped" : "";
                w.report(ProblemKind.DUPLICATE_TIME, i, "time", "time " + Work.at(w.t[i]) + " repeats line " + w.line[same] + action);
            } else if (late) {
                String action = w.policy == Policy.REPAIR ? "; repaired: rows sorted by time" : w.policy == Policy.DROP ? "; row dropped" : "";
                w.report(ProblemKind.NON_INCREASING_TIME, i, "time", "time " + Work.at(w.t[i]) + " is before " + Work.at(runMax)
                        + " of line " + w.line[runMaxRow] + action);
                if (w.policy == Policy.REPAIR) w.repaired.set(i);
            }
            if (w.policy == Policy.DROP && lastKept >= 0 && w.t[i] <= w.t[lastKept]) {
                w.dropped.set(i);
                continue;
            }
            lastKept = i;
            if (w.t[i] > runMax) {
                runMax = w.t[i];
                runMaxRow = i;
            }
        }
        if (w.policy != Policy.REPAIR) return identity;
        Integer[] idx = Arrays.stream(identity).boxed().toArray(Integer[]::new);
        Arrays.sort(idx, (x, y) -> Long.compare(w.t[x], w.t[y])); // stable: equal times stay in file order
        int[] sorted = Arrays.stream(idx).mapToInt(Integer::intValue).toArray();
        for (int k = 0; k + 1 < n; k++) {
            int a = sorted[k], b = sorted[k + 1];
            if (!w.dropped.get(a) && !w.dropped.get(b) && w.t[a] == w.t[b] && w.t[a] != Long.MIN_VALUE) w.dropped.set(a); // keep last
        }
        return sorted;
    }

    /** Checks values row by row in {@code order}, reporting and (per policy) dropping or repairing. */
    static void values(Work w, int[] order) {
        boolean repair = w.policy == Policy.REPAIR;
        double prevClose = Double.NaN;
        double[][] prices = {w.o, w.h, w.l, w.c}; // the columns of PRICES, looked up once
        for (int i : order) {
            if (w.dropped.get(i)) continue;
            boolean drop = false;
            for (int p = 0; p < 4; p++) {
                double[] a = prices[p];
                if (Double.isFinite(a[i])) continue;
                String col = PRICES[p];
                String what = col + " is " + a[i];
                if (repair && Double.isFinite(prevClose)) {
                    w.report(ProblemKind.NOT_FINITE, i, col, what + "; repaired: set to the previous close " + prevClose);
                    a[i] = prevClose;
                    w.repaired.set(i);
                } else {
                    w.report(ProblemKind.NOT_FINITE, i, col, what + (repair ? "; no previous close to fill from" : "") + w.drop(i));
                    drop = true;
                }
            }
            if (!Double.isFinite(w.v[i])) {
                if (repair) {
                    w.report(ProblemKind.NOT_FINITE, i, "volume", "volume is " + w.v[i] + "; repaired: set to 0");
                    w.v[i] = 0;
                    w.repaired.set(i);
                } else {
                    w.report(ProblemKind.NOT_FINITE, i, "volume", "volume is " + w.v[i] + w.drop(i));
                    drop = true;
                }
            }
            for (int p = 0; p < 4; p++) {
                double x = prices[p][i];
                if (Double.isFinite(x) && x <= 0) {
                    String col = PRICES[p];
                    w.report(ProblemKind.NON_POSITIVE_PRICE, i, col, col + " is " + x + (repair ? "; cannot be repaired" : "") + w.drop(i));
                    drop = true;
                }
            }
            if (!drop) drop = highLow(w, i, repair);
            if (w.v[i] < 0) {
                if (repair) {
                    w.report(ProblemKind.NEGATIVE_VOLUME, i, "volume", "volume is " + w.v[i] + "; repaired: set to 0");
                    w.v[i] = 0;
                    w.repaired.set(i);
                } else {
                    w.report(ProblemKind.NEGATIVE_VOLUME, i, "volume", "volume is " + w.v[i] + w.drop(i));
                }
            }
            if (!w.dropped.get(i) && Double.isFinite(w.c[i])) prevClose = w.c[i];
        }
    }

    private static boolean highLow(Work w, int i, boolean repair) {
        double top = Math.max(w.o[i], w.c[i]), bottom = Math.min(w.o[i], w.c[i]);
        boolean drop = false;
        if (w.h[i] < top) {
            String what = "high " + w.h[i] + " is below max(open " + w.o[i] + ", close " + w.c[i] + ")";
            if (repair) {
                w.report(ProblemKind.HIGH_BELOW_OPEN_CLOSE, i, "high", what + "; repaired: high set to " + top);
                w.h[i] = top;
                w.repaired.set(i);
            } else {
                w.report(ProblemKind.HIGH_BELOW_OPEN_CLOSE, i, "high", what + w.drop(i));
                drop = true;
            }
        }
        if (w.l[i] > bottom) {
            String what = "low " + w.l[i] + " is above min(open " + w.o[i] + ", close " + w.c[i] + ")";
            if (repair) {
                w.report(ProblemKind.LOW_ABOVE_OPEN_CLOSE, i, "low", what + "; repaired: low set to " + bottom);
                w.l[i] = bottom;
                w.repaired.set(i);
            } else {
                w.report(ProblemKind.LOW_ABOVE_OPEN_CLOSE, i, "low", what + w.drop(i));
                drop = true;
            }
        }
        return drop;
    }
}
