package dev.qforge.factors.eval;

import dev.qforge.data.Panel;

import java.util.List;
import java.util.Map;

/**
 * Values of one factor: a time x instrument matrix, row-major (a day's cross-section is contiguous),
 * NaN where the factor is undefined. Arrays are shared, not copied: treat them as read-only.
 */
public record FactorMatrix(String name, long[] times, List<String> symbols, double[] values) {

    public FactorMatrix {
        symbols = List.copyOf(symbols);
        if (values.length != times.length * symbols.size()) {
            throw new IllegalArgumentException("factor " + name + ": " + values.length + " values for " + times.length + " x " + symbols.size());
        }
    }

    public int rows() {
        return times.length;
    }

    public int cols() {
        return symbols.size();
    }

    public double get(int row, int col) {
        return values[row * symbols.size() + col];
    }

    /** Number of finite values. */
    public long coverage() {
        long c = 0;
        for (double v : values) if (Double.isFinite(v)) c++;
        return c;
    }

    /** As a one-field panel (field {@code name}). */
    public Panel toPanel() {
        return Panel.ofMatrices(times, symbols, Map.of(name, values));
    }
}
