package dev.qforge.strategies.xs;

import dev.qforge.data.Panel;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Scores read from one field of a {@link Panel}: at time {@code now} the row with the latest time not after now
 * (a score stamped at a bar's close is usable at that close), NaN cells left out. Times before the first row give
 * no scores. The panel is read, never copied or changed.
 */
final class PanelScores implements ScoreSource {

    private final Panel panel;
    private final String field;
    private final long[] times;
    private final double[] matrix;
    private final int columns;

    PanelScores(Panel panel, String field) {
        this.panel = panel;
        this.field = field;
        this.matrix = panel.matrix(field);
        this.times = panel.times();
        this.columns = panel.instrumentCount();
    }

    @Override
    public Map<String, Double> scoresAt(long now) {
        int k = Arrays.binarySearch(times, now);
        int row = k >= 0 ? k : -k - 2;
        Map<String, Double> out = new HashMap<>();
        if (row < 0) return out;
        for (int c = 0; c < columns; c++) {
            double v = matrix[row * columns + c];
            if (!Double.isNaN(v)) out.put(panel.symbol(c), v);
        }
        return out;
    }

    @Override
    public String toString() {
        return "scores '" + field + "' of " + panel;
    }
}
