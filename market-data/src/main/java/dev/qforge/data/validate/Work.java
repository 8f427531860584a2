package dev.qforge.data.validate;

import dev.qforge.data.load.RawBars;
import java.time.Instant;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/** Mutable working copy of the rows while the validator checks, drops and repairs them. */
final class Work {
    final String source;
    final Policy policy;
    final List<Problem> problems = new ArrayList<>();
    long[] t, line;
    double[] o, h, l, c, v;
    int n;
    final BitSet dropped = new BitSet();
    final BitSet repaired = new BitSet();
    int inserted;
    int repairedSplits;

    Work(RawBars raw, Policy policy) {
        this.source = raw.source();
        this.policy = policy;
        n = raw.size();
        t = raw.times();
        line = new long[n];
        o = new double[n]; h = new double[n]; l = new double[n]; c = new double[n]; v = new double[n];
        for (int i = 0; i < n; i++) {
            line[i] = raw.line(i);
            o[i] = raw.open(i); h[i] = raw.high(i); l[i] = raw.low(i); c[i] = raw.close(i); v[i] = raw.volume(i);
        }
        problems.addAll(raw.problems());
    }

    void report(ProblemKind kind, int row, String column, String message) {
        problems.add(new Problem(kind, source, line[row], column, message));
    }

    /** Under DROP and REPAIR, removes row {@code i}; returns the suffix to put in the message. */
    String drop(int i) {
        if (policy == Policy.REJECT) return "";
        dropped.set(i);
        return "; row dropped";
    }

    double[] column(String name) {
        return switch (name) {
            case "open" -> o;
            case "high" -> h;
            case "low" -> l;
            case "close" -> c;
            default -> v;
        };
    }

    /** Keeps only the rows in {@code order} (indices into the current arrays) that are not dropped. */
    void compact(int[] order) {
        int m = 0;
        for (int i : order) if (!dropped.get(i)) m++;
        long[] t2 = new long[m], l2 = new long[m];
        double[] o2 = new double[m], h2 = new double[m], lo2 = new double[m], c2 = new double[m], v2 = new double[m];
        int k = 0;
        for (int i : order) {
            if (dropped.get(i)) continue;
            t2[k] = t[i]; l2[k] = line[i]; o2[k] = o[i]; h2[k] = h[i]; lo2[k] = l[i]; c2[k] = c[i]; v2[k] = v[i];
            k++;
        }
        t = t2; line = l2; o = o2; h = h2; l = lo2; c = c2; v = v2; n = m;
    }

    static String at(long millis) {
        return Instant.ofEpochMilli(millis).toString();
    }
}
