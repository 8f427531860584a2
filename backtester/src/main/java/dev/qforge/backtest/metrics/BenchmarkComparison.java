package dev.qforge.backtest.metrics;

import java.time.Instant;
import java.util.Arrays;

/**
 * The strategy's daily returns against a benchmark's over the same periods.
 *
 * <p>The benchmark's return over a period is its close at or before the period's end over its close at or
 * before the period's start, minus one. Leading periods that start before the benchmark's first close are
 * left out of every statistic here. With fewer than two periods compared the statistics are NaN.
 *
 * @param totalReturn      the benchmark's compounded return over the periods compared
 * @param beta             {@code cov(r, rb) / var(rb)}
 * @param alpha            {@code (mean(r - rf) - beta * mean(rb - rf)) * periodsPerYear}, rf per period
 * @param informationRatio {@code mean(r - rb) / stdev(r - rb) * sqrt(periodsPerYear)}
 * @param trackingError    {@code stdev(r - rb) * sqrt(periodsPerYear)}
 * @param excess           {@code r - rb} for each period compared
 */
record BenchmarkComparison(String name, double totalReturn, double beta, double alpha, double informationRatio,
                           double trackingError, double[] excess) {

    static BenchmarkComparison of(Benchmark benchmark, DailyReturns returns, MetricsConfig config) {
        long[] dailyTime = returns.daily().time();
        long last = dailyTime[dailyTime.length - 1];
        if (Double.isNaN(benchmark.closeAtOrBefore(last))) {
            throw new IllegalArgumentException(String.format(
                    "benchmark '%s' has no close at or before the curve's last daily point %s: its first close is at %s",
                    benchmark.name(), Instant.ofEpochMilli(last), Instant.ofEpochMilli(benchmark.time()[0])));
        }
        double[] r = returns.values();
        long[] start = returns.startTimes();
        long[] end = returns.endTimes();
        double[] strategy = new double[r.length];
        double[] bench = new double[r.length];
        int m = 0;
        for (int k = 0; k < r.length; k++) {
            double from = benchmark.closeAtOrBefore(start[k]);
            if (Double.isNaN(from)) {
                continue;
            }
            strategy[m] = r[k];
            bench[m] = benchmark.closeAtOrBefore(end[k]) / from - 1;
            m++;
        }
        strategy = Arrays.copyOf(strategy, m);
        bench = Arrays.copyOf(bench, m);
        double[] excess = new double[m];
        double growth = 1;
        for (int k = 0; k < m; k++) {
            excess[k] = strategy[k] - bench[k];
            growth *= 1 + bench[k];
        }
        double ppy = config.periodsPerYear();
        double rf = config.periodRiskFreeRate();
        double beta = Stats.ratio(Stats.sampleCovariance(strategy, bench), Stats.sampleCovariance(bench, bench));
        double alpha = (Stats.mean(strategy) - rf - beta * (Stats.mean(bench) - rf)) * ppy;
        double te = Stats.sampleStdev(excess);
        return new BenchmarkComparison(benchmark.name(), m == 0 ? Double.NaN : growth - 1, beta, alpha,
                Stats.ratio(Stats.mean(excess), te) * Math.sqrt(ppy), te * Math.sqrt(ppy), excess);
    }
}
