package dev.qforge.backtest;

import dev.qforge.backtest.metrics.Benchmark;
import dev.qforge.backtest.metrics.EquityCurve;
import dev.qforge.backtest.metrics.MetricsCalculator;
import dev.qforge.backtest.metrics.MetricsConfig;
import dev.qforge.backtest.metrics.PerformanceMetrics;
import dev.qforge.backtest.order.Fill;
import dev.qforge.backtest.order.Order;
import dev.qforge.backtest.order.OrderEvent;
import dev.qforge.backtest.portfolio.Position;
import dev.qforge.data.Instrument;

import java.util.List;

/**
 * Everything a backtest produced: the equity curve (one point per time step, marked at the step's bar
 * closes after its fills), the fills, every order's final state, the order log and the final positions.
 */
public record BacktestResult(List<Instrument> instruments, BacktestConfig config, long[] time, double[] equity,
                             double[] cash, double[] grossExposure, List<Fill> fills, List<Order> orders,
                             List<OrderEvent> events, List<Position> positions, double fees, double borrowCost) {

    public int steps() {
        return time.length;
    }

    public double finalEquity() {
        return equity.length == 0 ? config.initialCash() : equity[equity.length - 1];
    }

    public double pnl() {
        return finalEquity() - config.initialCash();
    }

    /** The equity curve, one point per time step. */
    public EquityCurve curve() {
        return new EquityCurve(time, equity, grossExposure);
    }

    /**
     * Performance metrics of this result (see {@link MetricsCalculator}).
     *
     * @param benchmark null for none
     */
    public PerformanceMetrics metrics(Benchmark benchmark, MetricsConfig metricsConfig) {
        java.util.Map<String, Double> m = new java.util.HashMap<>();
        for (Instrument i : instruments) m.put(i.symbol(), i.multiplier());
        return MetricsCalculator.compute(curve(), fills, m::get, benchmark, metricsConfig);
    }

    /**
     * Metrics settings that suit the instruments: their first exchange zone for daily resampling, and 365
     * periods a year when every instrument trades around the clock (crypto), 252 otherwise.
     */
    public MetricsConfig defaultMetricsConfig() {
        boolean allDay = instruments.stream().allMatch(i -> i.session().allDays());
        return MetricsConfig.defaults().withZone(instruments.get(0).exchangeZone())
                .withPeriodsPerYear(allDay ? MetricsConfig.CALENDAR_DAYS_PER_YEAR : MetricsConfig.TRADING_DAYS_PER_YEAR);
    }

    public double multiplier(String symbol) {
        for (Instrument i : instruments) if (i.symbol().equals(symbol)) return i.multiplier();
        throw new IllegalArgumentException("unknown symbol " + symbol);
    }
}
