package dev.qforge.backtest.sweep;

import dev.qforge.backtest.BacktestResult;
import dev.qforge.backtest.metrics.MetricsConfig;
import dev.qforge.backtest.metrics.PerformanceMetrics;

import java.util.List;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/**
 * Scores a run by any numeric metric of {@link PerformanceMetrics} (for example {@code sharpe},
 * {@code calmar}, {@code totalReturn}, {@code maxDrawdown}), computed with the result's default metrics
 * settings and the given risk-free rate. Metrics where less is better (drawdown, volatility, fees,
 * turnover) are negated, so that a higher score is always better; {@link #value} undoes that for display.
 */
public record MetricObjective(String metric, double riskFreeRate) implements ToDoubleFunction<BacktestResult> {

    private static final Set<String> LOWER_IS_BETTER = Set.of("maxDrawdown", "annualVolatility", "fees", "turnover",
            "annualTurnover", "trackingError", "maxDrawdownDurationDays");

    public MetricObjective {
        if (!numericMetrics().contains(metric)) {
            throw new IllegalArgumentException("cannot optimise '" + metric + "': use one of " + numericMetrics());
        }
    }

    /** Accepts the metric names of {@link PerformanceMetrics#toMap()} and kebab-case forms such as {@code total-return}. */
    public static MetricObjective parse(String name, double riskFreeRate) {
        StringBuilder b = new StringBuilder();
        boolean up = false;
        for (char c : name.trim().toCharArray()) {
            if (c == '-' || c == '_') up = true;
            else {
                b.append(up ? Character.toUpperCase(c) : c);
                up = false;
            }
        }
        String key = b.toString();
        for (String m : numericMetrics()) if (m.equalsIgnoreCase(key)) return new MetricObjective(m, riskFreeRate);
        return new MetricObjective(key, riskFreeRate);
    }

    public boolean lowerIsBetter() {
        return LOWER_IS_BETTER.contains(metric);
    }

    @Override
    public double applyAsDouble(BacktestResult r) {
        MetricsConfig mc = r.defaultMetricsConfig().withRiskFreeRate(riskFreeRate);
        Object v = r.metrics(null, mc).toMap().get(metric);
        double d = v instanceof Number n ? n.doubleValue() : Double.NaN;
        return lowerIsBetter() ? -d : d;
    }

    /** The metric's own value for a score this objective gave. */
    public double value(double score) {
        return lowerIsBetter() ? -score : score;
    }

    public static List<String> numericMetrics() {
        return List.of("totalReturn", "cagr", "sharpe", "sortino", "calmar", "finalEquity", "pnl", "maxDrawdown",
                "annualVolatility", "winRate", "profitFactor", "trades", "averageWin", "fees", "turnover", "annualTurnover",
                "exposure", "maxDrawdownDurationDays");
    }
}
