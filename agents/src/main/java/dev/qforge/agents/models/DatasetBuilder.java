package dev.qforge.agents.models;

import dev.qforge.factors.alpha.Alpha158;
import dev.qforge.factors.eval.FactorEngine;
import dev.qforge.factors.eval.FactorMatrix;
import dev.qforge.factors.expr.Expression;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a {@link Dataset} from factor expressions: each feature is evaluated by the factors module's
 * engine on the whole panel, and the label {@code Ref($close,-2)/Ref($close,-1)-1} (buy at the next
 * close, sell at the one after, as Qlib's Alpha158 handler) is cross-sectionally rank-normalised per
 * date the way Qlib's {@code CSRankNorm} does: {@code (rank/n - 0.5) * 3.46}, ties averaged, NaN kept.
 */
public final class DatasetBuilder {

    /** Days between a label's date and the last close it reads: the purge gap between periods. */
    public static final int LABEL_HORIZON = 2;

    private DatasetBuilder() {
    }

    /** Features named by the map's keys, in its order, plus the normalised label; all rows of the panel. */
    public static Dataset build(FactorEngine engine, Map<String, Expression> features) {
        requireNoFuture(features);
        List<FactorMatrix> fs = new ArrayList<>(features.size());
        for (Map.Entry<String, Expression> e : features.entrySet()) fs.add(engine.evaluate(e.getKey(), e.getValue()));
        FactorMatrix raw = engine.evaluate(Alpha158.LABEL_NAME, Alpha158.label());
        FactorMatrix label = csRankNorm(raw);
        return new Dataset(fs, label, 0, label.rows());
    }

    /**
     * A dataset from features computed elsewhere (for example read from the factor cache), renamed to the map's keys,
     * and the raw label, normalised here.
     */
    public static Dataset of(Map<String, FactorMatrix> features, FactorMatrix rawLabel) {
        List<FactorMatrix> fs = new ArrayList<>(features.size());
        for (Map.Entry<String, FactorMatrix> e : features.entrySet()) {
            FactorMatrix m = e.getValue();
            fs.add(m.name().equals(e.getKey()) ? m : new FactorMatrix(e.getKey(), m.times(), m.symbols(), m.values()));
        }
        FactorMatrix label = csRankNorm(rawLabel);
        return new Dataset(fs, label, 0, label.rows());
    }

    /**
     * Throws naming the first feature whose expression reads bars after its own date (a negative {@code Ref}
     * offset): such a feature is part of the label, and a model fitted on it scores a fictitious IC.
     */
    public static void requireNoFuture(Map<String, Expression> features) {
        for (Map.Entry<String, Expression> e : features.entrySet()) {
            int ahead = e.getValue().extent()[1];
            if (ahead > 0) {
                throw new IllegalArgumentException("feature " + e.getKey() + " = " + e.getValue().text() + " reads " + ahead
                        + " future bar(s) (Ref with a negative offset): features may only read the past");
            }
        }
    }

    /** The 158 Alpha158 features by their Qlib names. */
    public static Map<String, Expression> alpha158() {
        Map<String, Expression> m = new LinkedHashMap<>();
        for (Alpha158.Feature f : Alpha158.features()) m.put(f.name(), f.expression());
        return m;
    }

    /** Qlib's CSRankNorm: per date, percentile rank (average rank of ties / count) minus 0.5, times 3.46. */
    public static FactorMatrix csRankNorm(FactorMatrix m) {
        int rows = m.rows(), cols = m.cols();
        double[] out = new double[m.values().length];
        Arrays.fill(out, Double.NaN);
        Integer[] idx = new Integer[cols];
        for (int r = 0; r < rows; r++) {
            final int base = r * cols;
            int n = 0;
            for (int c = 0; c < cols; c++) if (Double.isFinite(m.values()[base + c])) idx[n++] = c;
            Arrays.sort(idx, 0, n, (a, b) -> Double.compare(m.values()[base + a], m.values()[base + b]));
            for (int i = 0; i < n; ) {
                int j = i;
                double v = m.values()[base + idx[i]];
                while (j + 1 < n && m.values()[base + idx[j + 1]] == v) j++;
                double avgRank = (i + j) / 2.0 + 1.0;
                for (int k = i; k <= j; k++) out[base + idx[k]] = (avgRank / n - 0.5) * 3.46;
                i = j + 1;
            }
        }
        return new FactorMatrix(m.name(), m.times(), m.symbols(), out);
    }
}
