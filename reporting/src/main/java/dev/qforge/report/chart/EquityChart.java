package dev.qforge.report.chart;

import java.awt.BasicStroke;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Strategy equity over time, optionally against a benchmark. The benchmark is rebased to the
 * strategy's starting value: it is multiplied by {@code equity0 / benchmark0}, where {@code equity0}
 * is the first finite equity value and {@code benchmark0} the first finite benchmark value at or
 * after that time; benchmark points before it are left out. Both curves then start at the same
 * value and show growth of the same capital. NaN values are gaps in a line. Times are epoch millis
 * shown as UTC dates.
 *
 * <p>With {@link #logScale(boolean)} the value axis is logarithmic (equal distances are equal
 * percentage moves); every finite value, benchmark included, must then be positive.
 */
public final class EquityChart implements ReportChart {

    private final long[] times;
    private final double[] equity;
    private String title = "Equity";
    private String strategyName = "strategy";
    private String benchmarkName;
    private long[] benchmarkTimes;
    private double[] benchmark;
    private boolean logScale;

    private EquityChart(long[] times, double[] equity) {
        this.times = times.clone();
        this.equity = equity.clone();
    }

    /** Equity values (account currency) at {@code times} (epoch ms, not decreasing). */
    public static EquityChart of(long[] times, double[] equity) {
        ChartStyle.requireSeries("equity", times, equity);
        if (!ChartStyle.anyFinite(equity)) throw new IllegalArgumentException("equity has no finite value: nothing to plot");
        return new EquityChart(times, equity);
    }

    public EquityChart title(String title) {
        this.title = title;
        return this;
    }

    /** The legend name of the strategy line (default "strategy"). */
    public EquityChart strategyName(String name) {
        this.strategyName = name;
        return this;
    }

    /** A benchmark sampled at the same times as the equity. */
    public EquityChart benchmark(String name, double[] values) {
        return benchmark(name, times, values);
    }

    /** A benchmark with its own times (e.g. index closes); it is rebased, see the class comment. */
    public EquityChart benchmark(String name, long[] times, double[] values) {
        ChartStyle.requireSeries("benchmark " + name, times, values);
        this.benchmarkName = name;
        this.benchmarkTimes = times.clone();
        this.benchmark = values.clone();
        return this;
    }

    /** A logarithmic value axis instead of a linear one (default linear). */
    public EquityChart logScale(boolean on) {
        this.logScale = on;
        return this;
    }

    /**
     * The benchmark multiplied so it starts at the strategy's first value; NaN before the benchmark's
     * anchor point (see the class comment). Null when no benchmark was given.
     */
    double[] rebasedBenchmark() {
        if (benchmark == null) return null;
        int e0 = firstFinite(equity);
        double start = equity[e0];
        if (start <= 0) {
            throw new IllegalArgumentException("cannot rebase benchmark " + benchmarkName + " to a non-positive starting equity "
                    + start + " (" + ChartStyle.date(times[e0]) + ")");
        }
        int b0 = -1;
        for (int i = 0; i < benchmark.length && b0 < 0; i++) {
            if (benchmarkTimes[i] >= times[e0] && Double.isFinite(benchmark[i])) b0 = i;
        }
        if (b0 < 0) {
            throw new IllegalArgumentException("benchmark " + benchmarkName + " has no value at or after the equity start "
                    + ChartStyle.date(times[e0]));
        }
        if (benchmark[b0] <= 0) {
            throw new IllegalArgumentException("cannot rebase benchmark " + benchmarkName + ": it starts at " + benchmark[b0]
                    + " on " + ChartStyle.date(benchmarkTimes[b0]) + ", not a positive value");
        }
        double factor = start / benchmark[b0];
        double[] out = new double[benchmark.length];
        for (int i = 0; i < out.length; i++) out[i] = i < b0 ? Double.NaN : benchmark[i] * factor;
        return out;
    }

    @Override
    public JFreeChart chart() {
        double[] bench = rebasedBenchmark();
        if (logScale) {
            requirePositive("equity", times, equity);
            if (bench != null) requirePositive("benchmark " + benchmarkName + " (rebased)", benchmarkTimes, bench);
        }
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(ChartStyle.series(strategyName, times, equity, 1.0));
        if (bench != null) {
            XYSeries b = ChartStyle.series(benchmarkName, benchmarkTimes, bench, 1.0);
            if (b.getKey().equals(strategyName)) b.setKey(benchmarkName + " (benchmark)");
            data.addSeries(b);
        }
        ValueAxis valueAxis;
        if (logScale) {
            valueAxis = new NiceLogAxis("equity (log scale)", ChartStyle.format("#,##0.##"));
        } else {
            valueAxis = ChartStyle.valueAxis("equity");
        }
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        renderer.setSeriesPaint(0, ChartStyle.LINE);
        renderer.setSeriesStroke(0, new BasicStroke(1.5f));
        renderer.setSeriesPaint(1, ChartStyle.BENCHMARK);
        renderer.setSeriesStroke(1, ChartStyle.THIN);
        XYPlot plot = ChartStyle.plot(data, ChartStyle.dateAxis(), valueAxis, renderer);
        return ChartStyle.chart(title, plot, bench != null);
    }

    private static void requirePositive(String what, long[] times, double[] values) {
        for (int i = 0; i < values.length; i++) {
            if (!Double.isNaN(values[i]) && values[i] <= 0) {
                throw new IllegalArgumentException("log scale needs positive values, but " + what + " is " + values[i] + " on "
                        + ChartStyle.date(times[i]) + " (index " + i + "); use a linear scale");
            }
        }
    }

    private static int firstFinite(double[] values) {
        for (int i = 0; i < values.length; i++) if (Double.isFinite(values[i])) return i;
        throw new IllegalStateException("no finite value");
    }
}
