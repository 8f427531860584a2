package dev.qforge.backtest.metrics;

import dev.qforge.backtest.order.Fill;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.ToDoubleFunction;

/**
 * Computes {@link PerformanceMetrics} from an equity curve, the fills and, optionally, a benchmark.
 *
 * <p>Assumptions: return statistics are on simple returns between the curve's daily points in the config's
 * zone (the last bar of each local date; with intraday bars the first day's return runs from the first
 * bar), with sample standard deviations and annualisation by {@link MetricsConfig#periodsPerYear()}; the
 * per-period risk-free rate is the annual rate over {@code periodsPerYear}. Drawdowns, exposure and the CAGR's
 * calendar time use every bar. Round trips are matched FIFO per symbol ({@link RoundTrips}). A curve of one
 * point gives a zero return and NaN for everything that needs a return.
 */
public final class MetricsCalculator {

    /** A year of 365.25 days in millis, the unit of the CAGR's and the annual turnover's elapsed time. */
    static final double YEAR_MILLIS = 365.25 * 86_400_000.0;

    private MetricsCalculator() {
    }

    /**
     * @param curve      equity at every bar
     * @param fills      every fill of the run, in any order (sorted by time here)
     * @param multiplier contract multiplier per symbol, for round-trip P&amp;L and traded notional
     * @param benchmark  benchmark to compare with, or null for none (benchmark fields are then NaN)
     * @param config     annualisation, risk-free rate, zone and the Qlib switch
     * @throws IllegalArgumentException when the curve is empty or has equity that is not finite and positive
     *                                  (naming the point's time), when a fill or multiplier is invalid, or
     *                                  when the benchmark has no close at or before the curve's last point
     */
    public static PerformanceMetrics compute(EquityCurve curve, List<Fill> fills, ToDoubleFunction<String> multiplier,
                                             Benchmark benchmark, MetricsConfig config) {
        Objects.requireNonNull(curve, "curve");
        Objects.requireNonNull(fills, "fills");
        Objects.requireNonNull(multiplier, "multiplier");
        Objects.requireNonNull(config, "config");
        curve.requireUsable();

        long[] time = curve.time();
        double[] equity = curve.equity();
        int n = curve.size();
        double initial = equity[0];
        double last = equity[n - 1];
        double years = (time[n - 1] - time[0]) / YEAR_MILLIS;
        double cagr = years > 0 ? Math.pow(last / initial, 1 / years) - 1 : Double.NaN;

        DailyReturns daily = DailyReturns.of(curve, config.zone());
        double[] r = daily.values();
        double rf = config.periodRiskFreeRate();
        double sqrtPeriods = Math.sqrt(config.periodsPerYear());
        double mean = Stats.mean(r);
        double sd = Stats.sampleStdev(r);
        double sharpe = Stats.ratio(mean - rf, sd) * sqrtPeriods;
        double sortino = Stats.ratio(mean - rf, Stats.downsideDeviation(r, rf)) * sqrtPeriods;

        DrawdownAnalysis dd = DrawdownAnalysis.of(time, equity);

        RoundTrips.Result trips = RoundTrips.fromFills(fills, multiplier);
        TradeStats ts = TradeStats.of(trips.closed());
        double notional = 0;
        double fees = 0;
        for (Fill fill : fills) {
            notional += fill.quantity() * Math.abs(fill.price()) * RoundTrips.multiplierOf(multiplier, fill.symbol());
            fees += fill.commission();
        }
        double turnover = notional / Stats.mean(daily.daily().equity());

        double[] gross = curve.grossExposure();
        int exposed = 0;
        double grossRatio = 0;
        for (int i = 0; i < n; i++) {
            if (gross[i] != 0) {
                exposed++;
            }
            grossRatio += gross[i] / equity[i];
        }

        BenchmarkComparison bc = benchmark == null ? null : BenchmarkComparison.of(benchmark, daily, config);
        QlibRiskAnalysis qlib = config.qlibConventions() ? QlibRiskAnalysis.of(bc == null ? r : bc.excess()) : null;

        return new PerformanceMetrics(
                Instant.ofEpochMilli(time[0]), Instant.ofEpochMilli(time[n - 1]), daily.daily().size(),
                initial, last, last - initial, last / initial - 1, cagr,
                sd * sqrtPeriods, sharpe, sortino,
                dd.maxDrawdown(), instant(time, dd.peakIndex()), instant(time, dd.troughIndex()),
                instant(time, dd.recoveryIndex()), Duration.ofMillis(dd.longestMillis()),
                Stats.ratio(cagr, dd.maxDrawdown()),
                turnover, years > 0 ? turnover / years : Double.NaN, (double) exposed / n, grossRatio / n,
                ts.trades(), ts.winRate(), ts.profitFactor(), ts.averageWin(), ts.averageLoss(),
                ts.largestWin(), ts.largestLoss(), fees,
                bc == null ? null : bc.name(), bc == null ? Double.NaN : bc.totalReturn(),
                bc == null ? Double.NaN : bc.beta(), bc == null ? Double.NaN : bc.alpha(),
                bc == null ? Double.NaN : bc.informationRatio(), bc == null ? Double.NaN : bc.trackingError(),
                qlib);
    }

    /** As {@link #compute(EquityCurve, List, ToDoubleFunction, Benchmark, MetricsConfig)} with multiplier 1. */
    public static PerformanceMetrics compute(EquityCurve curve, List<Fill> fills, Benchmark benchmark,
                                             MetricsConfig config) {
        return compute(curve, fills, symbol -> 1.0, benchmark, config);
    }

    private static Instant instant(long[] time, int index) {
        return index < 0 ? null : Instant.ofEpochMilli(time[index]);
    }
}
