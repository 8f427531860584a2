package dev.qforge.report.chart;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.title.TextTitle;

/**
 * A parameter sweep as a heat map: one column per value of the x parameter, one row per value of the
 * y parameter (first value at the bottom), each cell coloured by the metric of that run on a viridis
 * scale from the worst to the best finite value (yellow is best) with a colour legend, and labelled
 * with the metric. NaN means not run or invalid and is shown grey, labelled "n/a". The best cell (the
 * largest metric, or the smallest with {@link #lowerIsBetter(boolean)}; on a tie the first in row
 * order, lowest y index, then lowest x index) is outlined in black. Cells are equally sized whatever
 * the spacing of the parameter values.
 */
public final class SweepHeatMap implements ReportChart {

    /** A cell of the sweep: indices into the x and y parameter values, and its metric. */
    public record Cell(int xIndex, int yIndex, double value) {
    }

    private final String xName;
    private final List<String> xLabels;
    private final String yName;
    private final List<String> yLabels;
    private final String metricName;
    /** metric[yIndex][xIndex]. */
    private final double[][] metric;
    private boolean lowerIsBetter;
    private boolean cellLabels = true;
    private String labelPattern = "#,##0.##";
    private String title;

    private SweepHeatMap(String xName, List<String> xLabels, String yName, List<String> yLabels, String metricName, double[][] metric) {
        this.xName = xName;
        this.xLabels = xLabels;
        this.yName = yName;
        this.yLabels = yLabels;
        this.metricName = metricName;
        this.metric = metric;
        this.title = metricName + " by " + xName + " and " + yName;
    }

    /** Numeric parameter values; {@code metric[yi][xi]} is the metric of the run with x = xValues[xi], y = yValues[yi]. */
    public static SweepHeatMap of(String xName, double[] xValues, String yName, double[] yValues, String metricName, double[][] metric) {
        if (xValues == null || yValues == null) throw new IllegalArgumentException("sweep: parameter values must not be null");
        return of(xName, labels(xValues), yName, labels(yValues), metricName, metric);
    }

    /** Parameter values given as labels (e.g. categorical parameters); otherwise as {@link #of(String, double[], String, double[], String, double[][])}. */
    public static SweepHeatMap of(String xName, List<String> xValues, String yName, List<String> yValues, String metricName,
            double[][] metric) {
        if (xValues == null || yValues == null || xValues.isEmpty() || yValues.isEmpty()) {
            throw new IllegalArgumentException("sweep: no " + (xValues == null || xValues.isEmpty() ? xName : yName)
                    + " values: nothing to plot");
        }
        if (metric == null || metric.length != yValues.size()) {
            throw new IllegalArgumentException("sweep: " + metricName + " has " + (metric == null ? 0 : metric.length)
                    + " rows but there are " + yValues.size() + " " + yName + " values (rows are " + yName + ")");
        }
        double[][] copy = new double[metric.length][];
        for (int i = 0; i < metric.length; i++) {
            if (metric[i] == null || metric[i].length != xValues.size()) {
                throw new IllegalArgumentException("sweep: row " + i + " (" + yName + " = " + yValues.get(i) + ") has "
                        + (metric[i] == null ? 0 : metric[i].length) + " values but there are " + xValues.size() + " " + xName + " values");
            }
            copy[i] = metric[i].clone();
            for (int j = 0; j < copy[i].length; j++) if (!Double.isFinite(copy[i][j])) copy[i][j] = Double.NaN;
        }
        return new SweepHeatMap(xName, List.copyOf(xValues), yName, List.copyOf(yValues), metricName, copy);
    }

    /** Whether smaller metric values are better (e.g. drawdown, error); default false. */
    public SweepHeatMap lowerIsBetter(boolean lower) {
        this.lowerIsBetter = lower;
        return this;
    }

    /** Whether to print the metric in each cell (default true; turn off for large grids). */
    public SweepHeatMap cellLabels(boolean on) {
        this.cellLabels = on;
        return this;
    }

    /** The {@link java.text.DecimalFormat} pattern of cell labels (default {@code "#,##0.##"}). */
    public SweepHeatMap labelPattern(String pattern) {
        ChartStyle.format(pattern);
        this.labelPattern = pattern;
        return this;
    }

    public SweepHeatMap title(String title) {
        this.title = title;
        return this;
    }

    /** The best finite cell, empty when every cell is NaN. */
    public Optional<Cell> best() {
        Cell best = null;
        for (int y = 0; y < metric.length; y++) {
            for (int x = 0; x < metric[y].length; x++) {
                double v = metric[y][x];
                if (Double.isNaN(v)) continue;
                if (best == null || (lowerIsBetter ? v < best.value() : v > best.value())) best = new Cell(x, y, v);
            }
        }
        return Optional.ofNullable(best);
    }

    /** The colour scale: worst finite value dark purple, best yellow, NaN grey. */
    public ColorScale colorScale() {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double[] row : metric) {
            for (double v : row) {
                if (Double.isNaN(v)) continue;
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
        }
        if (min > max) {
            min = 0;
            max = 1;
        } else if (min == max) {
            double pad = min == 0 ? 1 : Math.abs(min) * 0.01;
            min -= pad;
            max += pad;
        }
        return ColorScale.sequential(min, max, lowerIsBetter).withNanPaint(ColorScale.NAN_GREY);
    }

    @Override
    public JFreeChart chart() {
        HeatMapGrid grid = new HeatMapGrid(xLabels, yLabels, metric, colorScale());
        grid.xLabel = xName;
        grid.yLabel = yName;
        grid.drawNaN = true;
        if (cellLabels) {
            NumberFormat f = ChartStyle.format(labelPattern);
            grid.cellLabel = v -> Double.isNaN(v) ? "n/a" : f.format(v);
        }
        grid.legendLabel = metricName;
        Optional<Cell> best = best();
        best.ifPresent(c -> grid.outlined = new int[] {c.yIndex(), c.xIndex()});
        JFreeChart chart = grid.chart(title);
        String sub = best.map(c -> "best " + metricName + " " + ChartStyle.format(labelPattern).format(c.value()) + " at " + xName + " = "
                + xLabels.get(c.xIndex()) + ", " + yName + " = " + yLabels.get(c.yIndex())).orElse("no valid run");
        chart.addSubtitle(new TextTitle(sub));
        return chart;
    }

    private static List<String> labels(double[] values) {
        NumberFormat f = ChartStyle.format("#,##0.####");
        List<String> out = new ArrayList<>(values.length);
        for (double v : values) out.add(f.format(v));
        return out;
    }
}
