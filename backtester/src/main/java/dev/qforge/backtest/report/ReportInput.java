package dev.qforge.backtest.report;

import dev.qforge.backtest.metrics.Benchmark;
import dev.qforge.backtest.metrics.MetricsConfig;
import dev.qforge.backtest.order.Fill;
import dev.qforge.backtest.order.OrderEvent;
import dev.qforge.data.BarSeries;

import java.util.List;
import java.util.Map;

/**
 * What a backtest report shows. It is built either from a fresh result or from a run read back from the
 * database, so it holds plain values only.
 *
 * @param equityTime  equity point times (every step, or one per day for a stored run)
 * @param benchmark   null for none
 * @param prices      the traded series for the price-and-trades chart (may be empty when the data is gone)
 * @param metrics     as {@code PerformanceMetrics.toMap()}
 * @param details     spec lines shown under the title (strategy, data, models)
 */
public record ReportInput(String title, Map<String, String> details, Map<String, Object> metrics, long[] equityTime,
                          double[] equity, Benchmark benchmark, List<BarSeries> prices, List<Fill> fills,
                          List<OrderEvent> events, MetricsConfig metricsConfig, boolean logScale) {
}
