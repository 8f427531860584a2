package dev.qforge.bench;

import dev.qforge.backtest.model.Lots;

/**
 * The bare-loop peer of {@code topk-dropout} with daily rebalancing: over row-major {@code days x instruments}
 * matrices of closes and scores, each day it makes the same TopK-Dropout choice as
 * {@link dev.qforge.strategies.xs.TopkDropoutSelection} (holdings ranked; the best {@code nDrop + topk - |held|}
 * names not held; the held names among the {@code nDrop} worst of both sold; the sold and empty slots filled from the
 * top) and trades as Qlib does: the sold names go in full, each bought name gets {@code cash * riskDegree / |buy|}
 * (cash counting the sales at the close) in whole shares rounded down, kept names are not traded; sells before buys,
 * each trade filled at the close rounded to the instrument's tick, no costs.
 *
 * <p>Ranking as qforge's: score descending, a name without a score (NaN) last, ties by column (the symbols
 * {@code SYN0000, SYN0001, ...} sort like their columns). What it leaves out, next to the engine: orders and their
 * validation and buying-power checks, the order, fill and event logs, the simulated clock and the history views, the
 * score map the strategy builds each day, the per-step equity, cash and exposure curve; it works on primitive arrays,
 * not lists and maps. Single use: one instance per run.
 */
public final class TopkDropoutLoop {

    /** Days stepped, fills booked (one per instrument whose holding changed on a day) and final equity at the last closes. */
    public record Outcome(int steps, int fills, double finalEquity) {
    }

    private TopkDropoutLoop() {
    }

    public static Outcome run(double[] close, double[] score, int instruments, int topk, int nDrop, double riskDegree,
                              double initialCash, double tick) {
        int n = instruments;
        int days = close.length / n;
        double[] qty = new double[n];
        double[] last = new double[n];
        java.util.Arrays.fill(last, Double.NaN);
        int[] held = new int[n], today = new int[n], comb = new int[2 * n];
        boolean[] sell = new boolean[n];
        double cash = initialCash;
        int fills = 0;
        for (int d = 0; d < days; d++) {
            int row = d * n;
            boolean scored = false;
            for (int i = 0; i < n; i++) {
                if (!Double.isNaN(close[row + i])) last[i] = close[row + i];
                scored |= !Double.isNaN(score[row + i]);
            }
            if (!scored) continue; // no scores known: nothing trades
            // holdings, ranked
            int nHeld = 0;
            for (int i = 0; i < n; i++) if (qty[i] > 0) nHeld = insert(held, nHeld, i, n, score, row);
            // the best names not held that have a price, at most nDrop + topk - |held| of them
            int want = Math.max(0, nDrop + topk - nHeld);
            int nToday = 0;
            for (int i = 0; i < n && want > 0; i++) {
                if (qty[i] > 0 || Double.isNaN(score[row + i]) || Double.isNaN(last[i])) continue;
                if (nToday < want) nToday = insert(today, nToday, i, want, score, row);
                else if (before(score, row, i, today[want - 1])) nToday = insert(today, nToday, i, want, score, row);
            }
            // comb = held + today, ranked; the held names among its nDrop lowest are sold
            int nComb = 0;
            for (int k = 0; k < nHeld; k++) nComb = insert(comb, nComb, held[k], comb.length, score, row);
            for (int k = 0; k < nToday; k++) nComb = insert(comb, nComb, today[k], comb.length, score, row);
            java.util.Arrays.fill(sell, false);
            int nSell = 0;
            for (int k = Math.max(0, nComb - nDrop); k < nComb; k++) {
                if (qty[comb[k]] > 0) {
                    sell[comb[k]] = true;
                    nSell++;
                }
            }
            int nBuy = Math.max(0, Math.min(nToday, nSell + topk - nHeld));
            // sells in full at the close (in rank order, as the strategy sends them), then cash x riskDegree / |buy|
            // into each new name
            double available = cash;
            for (int k = 0; k < nHeld; k++) {
                int i = held[k];
                if (!sell[i]) continue;
                available += qty[i] * last[i];
                cash += qty[i] * Lots.toTick(last[i], tick);
                qty[i] = 0;
                fills++;
            }
            if (nBuy > 0 && available > 0) {
                double value = available * riskDegree / nBuy;
                for (int k = 0; k < nBuy; k++) {
                    int i = today[k];
                    double q = Lots.roundDown(value / last[i], 1);
                    if (q <= 0) continue;
                    qty[i] = q;
                    cash -= q * Lots.toTick(last[i], tick);
                    fills++;
                }
            }
        }
        double equity = cash;
        for (int i = 0; i < n; i++) if (qty[i] != 0) equity += qty[i] * last[i];
        return new Outcome(days, fills, equity);
    }

    /** True when column {@code a} ranks before column {@code b}: higher score, then scored before NaN, then lower column. */
    static boolean before(double[] score, int row, int a, int b) {
        double x = score[row + a], y = score[row + b];
        boolean nx = Double.isNaN(x), ny = Double.isNaN(y);
        if (nx != ny) return ny;
        if (!nx) {
            int c = Double.compare(y, x);
            if (c != 0) return c < 0;
        }
        return a < b;
    }

    /** Inserts {@code i} into the ranked prefix {@code list[0..size)}, keeping at most {@code cap}; returns the new size. */
    private static int insert(int[] list, int size, int i, int cap, double[] score, int row) {
        int k = Math.min(size, cap - 1);
        if (size >= cap && !before(score, row, i, list[cap - 1])) return size;
        while (k > 0 && before(score, row, i, list[k - 1])) {
            list[k] = list[k - 1];
            k--;
        }
        list[k] = i;
        return Math.min(size + 1, cap);
    }
}
