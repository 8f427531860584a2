package dev.qforge.factors.analysis;

import java.util.Arrays;

/**
 * Quantile portfolios of a factor (Alphalens' {@code quantize_factor} by rank, equal weights, rebalanced
 * every row, no costs): each row the instruments with a finite factor value and forward return are split by
 * their average factor rank into {@code q} groups of (nearly) equal size, 0 = lowest factor; a group's return
 * that row is the mean forward return of its members. Rows with fewer than {@code q} instruments are skipped.
 *
 * <p>Turnover of the top (bottom) group: the share of today's members that were not members on the previous
 * row that had groups (Alphalens' {@code quantile_turnover}).
 */
public final class QuantileReturns {

    /**
     * @param daily     {@code daily[k][r]}: mean forward return of group k on row r (NaN when skipped)
     * @param mean      mean over rows of {@code daily[k]}
     * @param spread    top minus bottom per row
     * @param topTurnover    per row, NaN when undefined
     * @param bottomTurnover per row
     */
    public record Result(int groups, double[][] daily, double[] mean, double[] spread, double[] topTurnover, double[] bottomTurnover) {

        public double meanSpread() {
            return meanOf(spread);
        }

        public double meanTopTurnover() {
            return meanOf(topTurnover);
        }

        public double meanBottomTurnover() {
            return meanOf(bottomTurnover);
        }

        /** Compounded growth of 1 in each group, {@code [k][r]}, from per-row returns (meaningful for a 1-row horizon). */
        public double[][] cumulative() {
            double[][] out = new double[groups][];
            for (int k = 0; k < groups; k++) {
                out[k] = new double[daily[k].length];
                double g = 1;
                for (int r = 0; r < daily[k].length; r++) {
                    if (!Double.isNaN(daily[k][r])) g *= 1 + daily[k][r];
                    out[k][r] = g;
                }
            }
            return out;
        }
    }

    private QuantileReturns() {
    }

    static double meanOf(double[] v) {
        double s = 0;
        int n = 0;
        for (double a : v) {
            if (!Double.isNaN(a)) {
                s += a;
                n++;
            }
        }
        return n == 0 ? Double.NaN : s / n;
    }

    public static Result compute(double[] factor, double[] ret, int rows, int cols, int rowFrom, int rowTo, int q) {
        if (q < 2) throw new IllegalArgumentException("need at least 2 quantiles, got " + q);
        double[][] daily = new double[q][rows];
        for (double[] d : daily) Arrays.fill(d, Double.NaN);
        double[] spread = new double[rows], top = new double[rows], bottom = new double[rows];
        Arrays.fill(spread, Double.NaN);
        Arrays.fill(top, Double.NaN);
        Arrays.fill(bottom, Double.NaN);
        // groups per row are independent: assign them in parallel, then walk the rows for turnover
        byte[] group = new byte[rows * cols];
        java.util.Arrays.fill(group, (byte) -1);
        boolean[] has = new boolean[rows];
        CrossSectionStats.parallelRows(Math.max(0, rowFrom), Math.min(rows, rowTo), (from, to) -> {
            double[] x = new double[cols], rk = new double[cols], scratch = new double[cols], sum = new double[q];
            int[] idx = new int[cols], cnt = new int[q];
            for (int r = from; r < to; r++) {
                int n = 0, base = r * cols;
                for (int c = 0; c < cols; c++) {
                    if (Double.isFinite(factor[base + c]) && Double.isFinite(ret[base + c])) {
                        x[n] = factor[base + c];
                        idx[n++] = c;
                    }
                }
                if (n < q) continue;
                has[r] = true;
                CrossSectionStats.ranks(x, n, rk, scratch);
                Arrays.fill(sum, 0);
                Arrays.fill(cnt, 0);
                for (int i = 0; i < n; i++) {
                    int g = Math.min(q - 1, (int) Math.floor((rk[i] - 1) * q / n));
                    sum[g] += ret[base + idx[i]];
                    cnt[g]++;
                    group[base + idx[i]] = (byte) g;
                }
                for (int k = 0; k < q; k++) daily[k][r] = cnt[k] == 0 ? Double.NaN : sum[k] / cnt[k];
                spread[r] = daily[q - 1][r] - daily[0][r];
            }
        });
        int prev = -1;
        for (int r = 0; r < rows; r++) {
            if (!has[r]) continue;
            if (prev >= 0) {
                top[r] = turnover(group, r, prev, cols, q - 1);
                bottom[r] = turnover(group, r, prev, cols, 0);
            }
            prev = r;
        }
        double[] mean = new double[q];
        for (int k = 0; k < q; k++) mean[k] = meanOf(daily[k]);
        return new Result(q, daily, mean, spread, top, bottom);
    }

    private static double turnover(byte[] group, int r, int prev, int cols, int g) {
        int members = 0, fresh = 0;
        for (int c = 0; c < cols; c++) {
            if (group[r * cols + c] != g) continue;
            members++;
            if (group[prev * cols + c] != g) fresh++;
        }
        return members == 0 ? Double.NaN : (double) fresh / members;
    }
}
