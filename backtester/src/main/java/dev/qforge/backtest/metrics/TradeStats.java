package dev.qforge.backtest.metrics;

import java.util.List;

/**
 * Statistics of closed round trips by net P&amp;L. A trade with a net P&amp;L above zero is a win, below zero a
 * loss; a trade of exactly zero is neither but counts in the win rate's denominator. Averages and extremes
 * of an empty group are NaN; the average and largest loss are negative numbers.
 */
record TradeStats(int trades, double winRate, double profitFactor, double averageWin, double averageLoss,
                  double largestWin, double largestLoss) {

    static TradeStats of(List<RoundTrip> trips) {
        int wins = 0;
        int losses = 0;
        double sumWin = 0;
        double sumLoss = 0;
        double largestWin = Double.NaN;
        double largestLoss = Double.NaN;
        for (RoundTrip trip : trips) {
            double net = trip.netPnl();
            if (net > 0) {
                wins++;
                sumWin += net;
                largestWin = wins == 1 ? net : Math.max(largestWin, net);
            } else if (net < 0) {
                losses++;
                sumLoss += net;
                largestLoss = losses == 1 ? net : Math.min(largestLoss, net);
            }
        }
        int n = trips.size();
        double profitFactor = losses > 0 ? sumWin / -sumLoss : wins > 0 ? Double.POSITIVE_INFINITY : Double.NaN;
        return new TradeStats(n, n == 0 ? Double.NaN : (double) wins / n, profitFactor,
                wins == 0 ? Double.NaN : sumWin / wins, losses == 0 ? Double.NaN : sumLoss / losses,
                largestWin, largestLoss);
    }
}
