package dev.qforge.agents.models;

import dev.qforge.factors.eval.FactorMatrix;

import java.util.List;

/**
 * Features and label on one date x instrument grid, restricted to the rows {@code [rowFrom, rowTo)}.
 *
 * <p>All matrices share the same times and symbols (the whole panel), so that a model fitted on the
 * train rows can score the valid and test rows of the same grid; a split is just another row range.
 * Features may hold NaN (warm-up, missing bars). The label, when present, is already cross-sectionally
 * normalised (see {@link DatasetBuilder}); it is {@code null} for a prediction-only dataset. Rows whose
 * label is NaN are not training samples.
 */
public record Dataset(List<FactorMatrix> features, FactorMatrix label, int rowFrom, int rowTo) {

    public Dataset {
        features = List.copyOf(features);
        if (features.isEmpty()) throw new IllegalArgumentException("dataset has no features");
        FactorMatrix first = features.get(0);
        for (FactorMatrix f : features) checkGrid(first, f);
        if (label != null) checkGrid(first, label);
        if (rowFrom < 0 || rowTo > first.rows() || rowFrom > rowTo) {
            throw new IllegalArgumentException("rows [" + rowFrom + ", " + rowTo + ") outside 0.." + first.rows());
        }
    }

    private static void checkGrid(FactorMatrix a, FactorMatrix b) {
        if (a.rows() != b.rows() || !a.symbols().equals(b.symbols()) || !java.util.Arrays.equals(a.times(), b.times())) {
            throw new IllegalArgumentException("feature " + b.name() + " is on another date x instrument grid than " + a.name());
        }
    }

    public int featureCount() {
        return features.size();
    }

    public long[] times() {
        return features.get(0).times();
    }

    public List<String> symbols() {
        return features.get(0).symbols();
    }

    /** The same grid and features on other rows (for example the valid period). */
    public Dataset rows(int from, int to) {
        return new Dataset(features, label, from, to);
    }
}
