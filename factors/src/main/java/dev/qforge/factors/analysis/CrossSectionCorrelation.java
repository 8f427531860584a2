package dev.qforge.factors.analysis;

import dev.qforge.factors.eval.FactorMatrix;

/** Mean over days of the cross-sectional Pearson correlation of two factors on the same panel. */
public final class CrossSectionCorrelation {

    private CrossSectionCorrelation() {
    }

    /** NaN when no day has {@code minPairs} instruments with both values finite. */
    public static double meanDaily(FactorMatrix a, FactorMatrix b, int minPairs) {
        if (a.rows() != b.rows() || !a.symbols().equals(b.symbols())) {
            throw new IllegalArgumentException("factors " + a.name() + " and " + b.name() + " are not on the same panel");
        }
        int rows = a.rows(), cols = a.cols();
        double[] x = new double[cols], y = new double[cols], va = a.values(), vb = b.values();
        double sum = 0;
        int days = 0;
        for (int r = 0; r < rows; r++) {
            int n = 0;
            for (int c = 0; c < cols; c++) {
                double p = va[r * cols + c], q = vb[r * cols + c];
                if (Double.isFinite(p) && Double.isFinite(q)) {
                    x[n] = p;
                    y[n++] = q;
                }
            }
            if (n < minPairs) continue;
            double rho = CrossSectionStats.pearson(x, y, n);
            if (Double.isNaN(rho)) continue;
            sum += rho;
            days++;
        }
        return days == 0 ? Double.NaN : sum / days;
    }
}
