package dev.qforge.agents.qtnet;

import java.util.List;

/**
 * One row of the ablation table: a strategy's test-period metrics over the seeds (buy-and-hold and Dual Thrust are
 * deterministic: one run), as mean and sample standard deviation (0 with one run). Returns, volatility and drawdown
 * are fractions; Sharpe is annualised from daily points as the backtester computes it.
 */
public record AblationRow(String strategy, int runs, double meanReturn, double sdReturn, double meanSharpe, double sdSharpe,
                          double meanVolatility, double sdVolatility, double meanMaxDrawdown, double sdMaxDrawdown,
                          double meanTrades, double sdTrades) {

    /** Metrics of one run: total return, Sharpe, annual volatility, max drawdown, closed trades. */
    public record Run(double totalReturn, double sharpe, double volatility, double maxDrawdown, int trades) {
    }

    public static AblationRow of(String strategy, List<Run> runs) {
        if (runs.isEmpty()) throw new IllegalArgumentException("no runs for " + strategy);
        double[][] c = new double[5][runs.size()];
        for (int i = 0; i < runs.size(); i++) {
            Run r = runs.get(i);
            c[0][i] = r.totalReturn();
            c[1][i] = r.sharpe();
            c[2][i] = r.volatility();
            c[3][i] = r.maxDrawdown();
            c[4][i] = r.trades();
        }
        return new AblationRow(strategy, runs.size(), mean(c[0]), sd(c[0]), mean(c[1]), sd(c[1]), mean(c[2]), sd(c[2]),
                mean(c[3]), sd(c[3]), mean(c[4]), sd(c[4]));
    }

    static double mean(double[] v) {
        double s = 0;
        for (double x : v) s += x;
        return s / v.length;
    }

    /** Sample standard deviation (divisor n − 1); 0 for a single value. */
    static double sd(double[] v) {
        if (v.length < 2) return 0;
        double m = mean(v), s = 0;
        for (double x : v) s += (x - m) * (x - m);
        return Math.sqrt(s / (v.length - 1));
    }
}
