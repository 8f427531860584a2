package dev.qforge.report.chart;

import java.awt.Font;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jfree.chart.JFreeChart;

/**
 * Monthly returns as a calendar heat map: one row per year (earliest at the top, every year between
 * the first and the last), columns January to December. A cell is coloured on a diverging scale,
 * red for losses, white for zero and green for gains, saturating at the largest absolute monthly
 * return, and labelled with the return in percent. Missing months (NaN) are left blank. Returns are
 * fractions ({@code 0.012} is +1.2%).
 */
public final class MonthlyReturnsHeatMap implements ReportChart {

    static final List<String> MONTHS = List.of("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec");

    private final int firstYear;
    /** returns[yearIndex][month - 1], NaN where missing. */
    private final double[][] returns;
    private String title = "Monthly returns";

    private MonthlyReturnsHeatMap(int firstYear, double[][] returns) {
        this.firstYear = firstYear;
        this.returns = returns;
    }

    /**
     * A year x 12 matrix: {@code returns[i][m]} is the return of month {@code m + 1} of year
     * {@code firstYear + i}, NaN where missing.
     */
    public static MonthlyReturnsHeatMap ofMatrix(int firstYear, double[][] returns) {
        if (returns == null || returns.length == 0) throw new IllegalArgumentException("no monthly returns: nothing to plot");
        double[][] copy = new double[returns.length][];
        for (int i = 0; i < returns.length; i++) {
            if (returns[i] == null || returns[i].length != 12) {
                throw new IllegalArgumentException("monthly returns: the row of year " + (firstYear + i) + " has "
                        + (returns[i] == null ? 0 : returns[i].length) + " values, not 12");
            }
            copy[i] = returns[i].clone();
            for (int m = 0; m < 12; m++) if (!Double.isFinite(copy[i][m])) copy[i][m] = Double.NaN;
        }
        return new MonthlyReturnsHeatMap(firstYear, copy);
    }

    /** Returns by (year, month); each month at most once, in any order. */
    public static MonthlyReturnsHeatMap of(List<MonthlyReturn> returns) {
        if (returns == null || returns.isEmpty()) throw new IllegalArgumentException("no monthly returns: nothing to plot");
        int first = returns.stream().mapToInt(MonthlyReturn::year).min().orElseThrow();
        int last = returns.stream().mapToInt(MonthlyReturn::year).max().orElseThrow();
        double[][] m = new double[last - first + 1][12];
        for (double[] row : m) Arrays.fill(row, Double.NaN);
        boolean[][] seen = new boolean[m.length][12];
        for (MonthlyReturn r : returns) {
            int y = r.year() - first;
            if (seen[y][r.month() - 1]) {
                throw new IllegalArgumentException("monthly returns: " + r.year() + "-" + MONTHS.get(r.month() - 1) + " is given twice");
            }
            seen[y][r.month() - 1] = true;
            m[y][r.month() - 1] = Double.isFinite(r.value()) ? r.value() : Double.NaN;
        }
        return new MonthlyReturnsHeatMap(first, m);
    }

    public MonthlyReturnsHeatMap title(String title) {
        this.title = title;
        return this;
    }

    /** The colour scale, in percent: red at minus the largest absolute return, white at 0, green at plus it. */
    public ColorScale colorScale() {
        double limit = 0;
        for (double[] row : returns) for (double v : row) if (!Double.isNaN(v)) limit = Math.max(limit, Math.abs(v) * 100);
        return ColorScale.diverging(limit);
    }

    public int firstYear() {
        return firstYear;
    }

    public int years() {
        return returns.length;
    }

    @Override
    public JFreeChart chart() {
        double[][] pct = new double[returns.length][12];
        List<String> years = new ArrayList<>();
        for (int i = 0; i < returns.length; i++) {
            years.add(Integer.toString(firstYear + i));
            for (int m = 0; m < 12; m++) pct[i][m] = returns[i][m] * 100;
        }
        HeatMapGrid grid = new HeatMapGrid(MONTHS, years, pct, colorScale());
        grid.yLabel = "year";
        grid.rowsTopDown = true;
        grid.labelFont = new Font("SansSerif", Font.PLAIN, 11);
        grid.cellLabel = v -> Double.isNaN(v) ? null : ChartStyle.format("0.0'%'").format(v);
        grid.legendLabel = "monthly return (%)";
        grid.legendFormat = ChartStyle.format("0.#'%'");
        return grid.chart(title);
    }
}
