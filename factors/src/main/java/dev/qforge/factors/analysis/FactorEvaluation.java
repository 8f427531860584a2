package dev.qforge.factors.analysis;

import dev.qforge.factors.eval.FactorMatrix;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Alphalens-style evaluation of one factor against forward close-to-close returns.
 *
 * <p>For each horizon h (default 1, 5, 10, 20 rows): the daily IC and Rank IC ({@link DailyIc}) and their
 * summaries ({@link IcStats}), sector-neutral versions when sectors are given, and quantile mean returns and
 * top-minus-bottom spread ({@link QuantileReturns}). IC decay is the mean IC and Rank IC by horizon. Turnover
 * and cumulative quantile returns come from the first horizon. Factor rank autocorrelation is the mean
 * Spearman correlation of the factor with itself one row earlier. Coverage is the share of cells where the
 * instrument has a close that carry a finite factor value. Only rows in {@code [rowFrom, rowTo)} are scored
 * (forward returns may use closes after {@code rowTo}).
 */
public final class FactorEvaluation {

    /** Settings. */
    public record Options(int[] horizons, int quantiles, int minPairs) {
        public static Options defaults() {
            return new Options(new int[]{1, 5, 10, 20}, 5, 10);
        }
    }

    /** Results of one horizon. */
    public record Horizon(int h, DailyIc.Series daily, IcStats ic, IcStats rankIc, IcStats neutralIc, IcStats neutralRankIc,
                          QuantileReturns.Result quantiles) {
    }

    /** All results; {@code horizons[0]} carries the daily series plotted in tear sheets. */
    public record Result(String factor, long[] times, int rowFrom, int rowTo, Horizon[] horizons, double rankAutocorrelation,
                         double[] dailyRankAutocorrelation, double coverage) {

        /** A JSON-friendly summary (no daily series). */
        public Map<String, Object> summary() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("factor", factor);
            m.put("coverage", coverage);
            m.put("rank_autocorrelation", rankAutocorrelation);
            for (Horizon h : horizons) {
                Map<String, Object> x = new LinkedHashMap<>();
                x.put("ic", stats(h.ic()));
                x.put("rank_ic", stats(h.rankIc()));
                if (h.neutralIc() != null) {
                    x.put("sector_neutral_ic", stats(h.neutralIc()));
                    x.put("sector_neutral_rank_ic", stats(h.neutralRankIc()));
                }
                x.put("quantile_mean_return", h.quantiles().mean());
                x.put("top_minus_bottom", h.quantiles().meanSpread());
                x.put("top_turnover", h.quantiles().meanTopTurnover());
                x.put("bottom_turnover", h.quantiles().meanBottomTurnover());
                m.put("h" + h.h(), x);
            }
            return m;
        }

        private static Map<String, Object> stats(IcStats s) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("days", s.days());
            m.put("mean", s.mean());
            m.put("std", s.std());
            m.put("ir", s.icir());
            m.put("t", s.tStat());
            m.put("t_non_overlapping", s.tStatNonOverlapping());
            m.put("hit_rate", s.hitRate());
            return m;
        }
    }

    private FactorEvaluation() {
    }

    public static Result evaluate(FactorMatrix f, double[] close, int rowFrom, int rowTo, int[] sectors, Options o) {
        int rows = f.rows(), cols = f.cols();
        double[] v = f.values();
        Horizon[] hs = new Horizon[o.horizons().length];
        for (int k = 0; k < hs.length; k++) {
            int h = o.horizons()[k];
            double[] ret = ForwardReturns.of(close, rows, cols, h);
            DailyIc.Series d = DailyIc.compute(v, ret, rows, cols, rowFrom, rowTo, o.minPairs(), null);
            IcStats nIc = null, nRank = null;
            if (sectors != null) {
                DailyIc.Series n = DailyIc.compute(v, ret, rows, cols, rowFrom, rowTo, o.minPairs(), sectors);
                nIc = IcStats.of(n.ic(), h);
                nRank = IcStats.of(n.rankIc(), h);
            }
            QuantileReturns.Result q = QuantileReturns.compute(v, ret, rows, cols, rowFrom, rowTo, o.quantiles());
            hs[k] = new Horizon(h, d, IcStats.of(d.ic(), h), IcStats.of(d.rankIc(), h), nIc, nRank, q);
        }
        double[] auto = autocorrelation(v, rows, cols, rowFrom, rowTo, o.minPairs());
        return new Result(f.name(), f.times(), rowFrom, rowTo, hs, QuantileReturns.meanOf(auto), auto, coverage(v, close, rowFrom, rowTo, cols));
    }

    static double[] autocorrelation(double[] v, int rows, int cols, int rowFrom, int rowTo, int minPairs) {
        double[] out = new double[rows];
        Arrays.fill(out, Double.NaN);
        CrossSectionStats.parallelRows(Math.max(1, rowFrom), Math.min(rows, rowTo), (from, to) -> {
            double[] x = new double[cols], y = new double[cols], rx = new double[cols], ry = new double[cols], scratch = new double[cols];
            for (int r = from; r < to; r++) {
                int n = 0;
                for (int c = 0; c < cols; c++) {
                    double a = v[r * cols + c], b = v[(r - 1) * cols + c];
                    if (Double.isFinite(a) && Double.isFinite(b)) {
                        x[n] = a;
                        y[n++] = b;
                    }
                }
                if (n < minPairs) continue;
                CrossSectionStats.ranks(x, n, rx, scratch);
                CrossSectionStats.ranks(y, n, ry, scratch);
                out[r] = CrossSectionStats.pearson(rx, ry, n);
            }
        });
        return out;
    }

    static double coverage(double[] v, double[] close, int rowFrom, int rowTo, int cols) {
        long listed = 0, have = 0;
        for (int i = Math.max(0, rowFrom) * cols; i < Math.min(v.length, (long) rowTo * cols); i++) {
            if (Double.isNaN(close[i])) continue;
            listed++;
            if (Double.isFinite(v[i])) have++;
        }
        return listed == 0 ? Double.NaN : (double) have / listed;
    }
}
