package dev.qforge.agents.rdloop;

import dev.qforge.factors.eval.FactorMatrix;

import java.util.Arrays;
import java.util.List;

/**
 * How a factor set becomes one score when no model has been accepted: each factor is z-scored across the
 * instruments of each day (mean 0, population standard deviation 1, over its finite values), and the score is the
 * equal-weight mean of the z-scores that are finite for that (day, instrument). Factors enter already oriented
 * (the loop negates a factor whose validation IC is negative), so averaging never cancels a signal by its sign.
 * A day on which a factor is constant across instruments contributes nothing from that factor.
 */
public final class ScoreCombiner {

    private ScoreCombiner() {
    }

    public static FactorMatrix equalWeightZ(String name, List<FactorMatrix> factors) {
        if (factors.isEmpty()) throw new IllegalArgumentException("no factors to combine");
        FactorMatrix first = factors.get(0);
        int rows = first.rows(), cols = first.cols();
        double[] sum = new double[rows * cols];
        int[] count = new int[rows * cols];
        for (FactorMatrix f : factors) {
            if (f.rows() != rows || !f.symbols().equals(first.symbols())) {
                throw new IllegalArgumentException("factor " + f.name() + " is not on the grid of " + first.name());
            }
            double[] v = f.values();
            for (int r = 0; r < rows; r++) {
                double s = 0, ss = 0;
                int n = 0;
                for (int c = 0; c < cols; c++) {
                    double x = v[r * cols + c];
                    if (Double.isFinite(x)) {
                        s += x;
                        n++;
                    }
                }
                if (n < 2) continue;
                double mean = s / n;
                for (int c = 0; c < cols; c++) {
                    double x = v[r * cols + c];
                    if (Double.isFinite(x)) ss += (x - mean) * (x - mean);
                }
                double sd = Math.sqrt(ss / n);
                if (!(sd > 0)) continue;
                for (int c = 0; c < cols; c++) {
                    double x = v[r * cols + c];
                    if (Double.isFinite(x)) {
                        sum[r * cols + c] += (x - mean) / sd;
                        count[r * cols + c]++;
                    }
                }
            }
        }
        double[] out = new double[rows * cols];
        Arrays.fill(out, Double.NaN);
        for (int i = 0; i < out.length; i++) if (count[i] > 0) out[i] = sum[i] / count[i];
        return new FactorMatrix(name, first.times(), first.symbols(), out);
    }
}
