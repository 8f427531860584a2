package dev.qforge.factors.store;

import dev.qforge.factors.analysis.CrossSectionCorrelation;
import dev.qforge.factors.eval.FactorMatrix;
import dev.qforge.factors.expr.Expression;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Duplicate detection: a candidate factor is a duplicate of a stored one when their daily cross-sectional
 * Pearson correlation, averaged over the days both have at least 10 values, is at least the threshold
 * (0.99 by default). Stored factors are recomputed on the candidate's data through {@code evaluate}
 * (which may serve them from the Arrow cache).
 */
public final class Duplicates {

    public static final double DEFAULT_THRESHOLD = 0.99;

    /** A stored factor and its mean daily correlation with the candidate. */
    public record Match(String name, String expression, double meanCorrelation, boolean duplicate) {
    }

    private Duplicates() {
    }

    /** Every stored factor's correlation with the candidate, highest first. */
    public static List<Match> check(FactorMatrix candidate, List<FactorStore.StoredFactor> stored,
                                    Function<Expression, FactorMatrix> evaluate, double threshold) {
        List<Match> out = new ArrayList<>();
        for (FactorStore.StoredFactor s : stored) {
            FactorMatrix other = evaluate.apply(Expression.parse(s.expression()));
            double c = CrossSectionCorrelation.meanDaily(candidate, other, 10);
            out.add(new Match(s.name(), s.expression(), c, c >= threshold));
        }
        out.sort(Comparator.comparingDouble((Match m) -> Double.isNaN(m.meanCorrelation()) ? -2 : m.meanCorrelation()).reversed());
        return out;
    }
}
