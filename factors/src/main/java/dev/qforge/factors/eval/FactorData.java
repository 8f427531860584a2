package dev.qforge.factors.eval;

import dev.qforge.data.Panel;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The fields an expression can read from a {@link Panel}: every panel field under its own name, plus
 * {@code vwap} when the data have none.
 *
 * <p>Derived vwap: daily bar files rarely carry a volume-weighted average price, and Qlib's own US data
 * have none either; {@code $vwap} is then the typical price {@code (high + low + close) / 3}, the usual
 * stand-in. {@link #vwapDerived()} says when this happened so that commands can say so.
 *
 * <p>Each instrument's span is the rows from its first to its last bar with a close; rows outside it are
 * not part of its history (Qlib stores an instrument's series from its listing on), so rolling windows
 * start at the listing and results outside the span are NaN.
 */
public final class FactorData {

    static final String VWAP = "vwap";

    private final Panel panel;
    private final double[] vwap;
    private final int[] first;
    private final int[] last;

    public FactorData(Panel panel) {
        this.panel = panel;
        boolean derive = !panel.hasField(VWAP) && panel.hasField("high") && panel.hasField("low") && panel.hasField("close");
        if (derive) {
            double[] h = panel.matrix("high"), l = panel.matrix("low"), c = panel.matrix("close");
            vwap = new double[c.length];
            for (int i = 0; i < c.length; i++) vwap[i] = (h[i] + l[i] + c[i]) / 3;
        } else {
            vwap = null;
        }
        int rows = panel.timeCount(), cols = panel.instrumentCount();
        first = new int[cols];
        last = new int[cols];
        Arrays.fill(first, -1);
        Arrays.fill(last, -1);
        String spanField = panel.hasField("close") ? "close" : panel.fieldNames().iterator().next();
        double[] c = panel.matrix(spanField);
        for (int r = 0; r < rows; r++) {
            for (int j = 0; j < cols; j++) {
                if (!Double.isNaN(c[r * cols + j])) {
                    if (first[j] < 0) first[j] = r;
                    last[j] = r;
                }
            }
        }
    }

    public Panel panel() {
        return panel;
    }

    public boolean vwapDerived() {
        return vwap != null;
    }

    public Set<String> fieldNames() {
        Set<String> s = new LinkedHashSet<>(panel.fieldNames());
        if (vwap != null) s.add(VWAP);
        return s;
    }

    /** Row-major matrix of a field (shared). */
    public double[] matrix(String field) {
        if (vwap != null && field.equals(VWAP)) return vwap;
        return panel.matrix(field);
    }

    /** First row of instrument {@code col}'s span, or -1 when it has no bar at all. */
    public int first(int col) {
        return first[col];
    }

    public int last(int col) {
        return last[col];
    }

    public int rows() {
        return panel.timeCount();
    }

    public int cols() {
        return panel.instrumentCount();
    }
}
