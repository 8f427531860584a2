package dev.qforge.factors.analysis;

import java.util.Arrays;

/**
 * Daily cross-sectional information coefficients of a factor against forward returns, row by row:
 * Pearson (IC) and Spearman (Rank IC) over the instruments that have both a finite factor value and a
 * finite forward return that day; NaN on days with fewer than {@code minPairs} such instruments.
 *
 * <p>Sector-neutral variants ({@code sectors[c]} = sector index of column c, -1 unknown, left out): the
 * factor and the return (for Rank IC: their cross-sectional ranks) are demeaned within each sector that day
 * before the correlation, so a factor that only picks sectors scores zero.
 */
public final class DailyIc {

    /** {@code ic[r]} and {@code rankIc[r]} per row. */
    public record Series(double[] ic, double[] rankIc) {
    }

    private DailyIc() {
    }

    public static Series compute(double[] factor, double[] ret, int rows, int cols, int rowFrom, int rowTo, int minPairs, int[] sectors) {
        double[] ic = new double[rows], rank = new double[rows];
        Arrays.fill(ic, Double.NaN);
        Arrays.fill(rank, Double.NaN);
        int nSectors = 0;
        if (sectors != null) for (int s : sectors) nSectors = Math.max(nSectors, s + 1);
        int groups = Math.max(1, nSectors);
        CrossSectionStats.parallelRows(Math.max(0, rowFrom), Math.min(rows, rowTo), (from, to) -> {
            double[] x = new double[cols], y = new double[cols], rx = new double[cols], ry = new double[cols], scratch = new double[cols];
            int[] sec = new int[cols];
            double[] sum = new double[groups];
            int[] cnt = new int[groups];
            for (int r = from; r < to; r++) {
                int n = 0, base = r * cols;
                for (int c = 0; c < cols; c++) {
                    double f = factor[base + c], v = ret[base + c];
                    if (!Double.isFinite(f) || !Double.isFinite(v)) continue;
                    if (sectors != null && sectors[c] < 0) continue;
                    x[n] = f;
                    y[n] = v;
                    if (sectors != null) sec[n] = sectors[c];
                    n++;
                }
                if (n < minPairs) continue;
                CrossSectionStats.ranks(x, n, rx, scratch);
                CrossSectionStats.ranks(y, n, ry, scratch);
                if (sectors != null) {
                    demean(x, sec, n, sum, cnt);
                    demean(y, sec, n, sum, cnt);
                    demean(rx, sec, n, sum, cnt);
                    demean(ry, sec, n, sum, cnt);
                }
                ic[r] = CrossSectionStats.pearson(x, y, n);
                rank[r] = CrossSectionStats.pearson(rx, ry, n);
            }
        });
        return new Series(ic, rank);
    }

    private static void demean(double[] v, int[] sec, int n, double[] sum, int[] cnt) {
        Arrays.fill(sum, 0);
        Arrays.fill(cnt, 0);
        for (int i = 0; i < n; i++) {
            sum[sec[i]] += v[i];
            cnt[sec[i]]++;
        }
        for (int i = 0; i < n; i++) v[i] -= sum[sec[i]] / cnt[sec[i]];
    }
}
