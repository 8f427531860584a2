package dev.qforge.factors.analysis;

import java.util.Arrays;

/**
 * Forward returns for factor evaluation: {@code r[t] = close[t+h] / close[t] - 1}, the return of buying at
 * the close at which the factor value is known and selling {@code h} rows later (Alphalens' convention).
 * NaN when either close is missing or not positive, and for the last {@code h} rows. Row-major like
 * {@link dev.qforge.factors.eval.FactorMatrix}.
 */
public final class ForwardReturns {

    private ForwardReturns() {
    }

    public static double[] of(double[] close, int rows, int cols, int h) {
        if (h < 1) throw new IllegalArgumentException("horizon must be at least 1 row, got " + h);
        double[] out = new double[rows * cols];
        Arrays.fill(out, Double.NaN);
        for (int r = 0; r + h < rows; r++) {
            int a = r * cols, b = (r + h) * cols;
            for (int c = 0; c < cols; c++) {
                double p0 = close[a + c], p1 = close[b + c];
                if (p0 > 0 && p1 > 0) out[a + c] = p1 / p0 - 1;
            }
        }
        return out;
    }
}
